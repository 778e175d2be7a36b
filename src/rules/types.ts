import type { ArticleBounds } from '../layout.js';
import type { Decisions } from '../decisions.js';
import type { Document } from '../document.js';
import type { PhraseTables } from '../phrases/compile.js';

/** What a rule may read while it decides. Everything but `decisions` is read-only. */
export interface RuleContext {
  readonly doc: Document;
  readonly decisions: Decisions;
  readonly phrases: PhraseTables;
  /** A title known from page metadata, if the caller gave one. */
  readonly knownTitle: string | undefined;
  /**
   * Where the article sits in the page. Computed on first use from the lines still kept at that moment, so
   * rules that shape it (template tokens, header blocks) run before any rule that reads it.
   */
  readonly article: ArticleBounds;
}

/** A boilerplate rule: reads the document and records removal decisions. One rule per file in src/rules/. */
export interface Rule {
  /** Stable kebab-case id: the name in reports, the stats counter and the CLI flag (`--no-<id>`). */
  readonly id: string;
  /** One line for `--help` and the README. */
  readonly summary: string;
  apply(ctx: RuleContext): void;
}
