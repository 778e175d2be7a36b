import { Decisions } from './decisions.js';
import { parseDocument, type Document } from './document.js';
import { VncleanError } from './errors.js';
import { findArticle, type ArticleBounds } from './layout.js';
import { bylineLines, extractMeta, isCaption, type ArticleMeta } from './meta.js';
import {
  resolveDocumentOptions,
  resolveOptions,
  type CleanerOptions,
  type DocumentOptions,
  type ResolvedOptions,
} from './options.js';
import { compilePhrases, type PhraseTables } from './phrases/compile.js';
import { rangesToNormalize } from './normalize-ranges.js';
import { render, toInputOffset } from './render.js';
import { emptyStats, type Edit, type Removal, type Stats } from './report.js';
import { RULES } from './rules/index.js';
import type { Rule, RuleContext } from './rules/types.js';
import { normalizeWith } from './vi/normalize.js';
import type { ProfileContext } from './profile/lookup.js';

/**
 * The result of cleaning one document. A value, never an exception: any string gets one.
 *
 * @example
 * const { text, removed } = clean(page);
 * for (const r of removed) console.log(r.rule, r.category, JSON.stringify(r.text));
 */
export interface CleanResult {
  /** The article alone. */
  readonly text: string;
  /** Every removed span, in input order, with offsets into the input. */
  readonly removed: readonly Removal[];
  /** Every normalisation edit, in input order, with offsets into the input (`before` is the text it replaced). */
  readonly edits: readonly Edit[];
  readonly meta: ArticleMeta;
  /** Counters for this document; add many with `mergeStats`. */
  readonly stats: Stats;
}

/**
 * A configured cleaner: options validated and tables compiled once, then used for any number of documents.
 *
 * @example
 * const cleaner = createCleaner({ bylines: 'drop' });
 * const results = pages.map((p) => cleaner.clean(p));
 */
export interface Cleaner {
  clean(text: string, options?: DocumentOptions): CleanResult;
}

interface Compiled {
  readonly options: ResolvedOptions;
  readonly phrases: PhraseTables;
  readonly rules: readonly Rule[];
}

/**
 * Creates a cleaner. Throws a `VncleanError` (a `TypeError` with a stable `code`) on bad options.
 *
 * @example
 * const cleaner = createCleaner({ rules: { 'duplicate-lines': false } });
 * cleaner.clean(page).text;
 */
export function createCleaner(options?: CleanerOptions): Cleaner {
  const resolved = resolveOptions(options);
  const compiled: Compiled = {
    options: resolved,
    phrases: compilePhrases(resolved.phrases),
    rules: RULES.filter((r) => resolved.enabled.has(r.id as never)),
  };
  return {
    clean: (text, documentOptions) => cleanDocument(compiled, text, resolveDocumentOptions(documentOptions)),
  };
}

/**
 * Cleans one document. For many documents, create a cleaner once with {@link createCleaner}.
 *
 * @example
 * import { clean } from 'vnclean';
 * const { text, removed, meta } = clean(scrapedPage);
 */
export function clean(text: string, options?: CleanerOptions & DocumentOptions): CleanResult {
  // The usual call: no options to take apart (a rest copy and its keys, per document).
  if (options === undefined || options === null) return defaultCleaner().clean(text);
  // Anything but an object is a mistake: resolveOptions says so with ERR_VNCLEAN_OPTION, as createCleaner does.
  if (typeof options !== 'object' || Array.isArray(options)) resolveOptions(options);
  const { title, site, ...cleanerOptions } = options;
  const cleaner = Object.keys(cleanerOptions).length === 0 ? defaultCleaner() : createCleaner(cleanerOptions);
  return cleaner.clean(text, title === undefined && site === undefined ? undefined : { title, site });
}

// Memoised default cleaner: immutable once built, so sharing it keeps clean() pure.
let memoDefault: Cleaner | undefined;
function defaultCleaner(): Cleaner {
  return (memoDefault ??= createCleaner());
}

/**
 * What the rules read for one document. A class, not an object literal: a literal with a getter is built by the
 * runtime's slow path, a cost of its own on every short page.
 */
class DocumentContext implements RuleContext, ProfileContext {
  #bounds: ArticleBounds | undefined;

  constructor(
    readonly doc: Document,
    readonly decisions: Decisions,
    readonly phrases: PhraseTables,
    readonly knownTitle: string | undefined,
    readonly siteProfile: ProfileContext['siteProfile'],
  ) {}

  get article(): ArticleBounds {
    return (this.#bounds ??= findArticle(this.doc, this.decisions, this.phrases, this.knownTitle));
  }
}

function cleanDocument(compiled: Compiled, text: unknown, documentOptions: DocumentOptions): CleanResult {
  if (typeof text !== 'string') {
    throw new VncleanError('ERR_VNCLEAN_INPUT', `text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  const doc = parseDocument(text);
  const decisions = new Decisions(doc);
  const knownTitle = documentOptions.title;
  const ctx = new DocumentContext(doc, decisions, compiled.phrases, knownTitle,
    compiled.options.profile?.forSite(documentOptions.site ?? undefined));
  for (const rule of compiled.rules) rule.apply(ctx);

  const { options } = compiled;
  const bylines = bylineLines(doc, decisions, ctx.article);
  const meta = extractMeta(doc, decisions, ctx.article, knownTitle, bylines);
  if (options.bylines === 'drop') {
    for (const i of bylines) {
      decisions.dropLine(i, { rule: 'drop-bylines', category: 'meta', reason: 'byline (option bylines: "drop")' });
    }
  }
  if (options.captions === 'drop') {
    for (const line of doc.lines) {
      if (isCaption(line)) {
        decisions.dropLine(line.index, { rule: 'drop-captions', category: 'meta', reason: 'caption (option captions: "drop")' });
      }
    }
  }

  const out = render(doc, decisions);
  const stats = emptyStats();
  let cleaned = out.text;
  let edits: Edit[] = [];
  if (options.normalize !== undefined) {
    // Only the lines the line scan could not vouch for are read (normalize-ranges.ts).
    const normalized = normalizeWith(out.text, options.normalize, true, undefined, rangesToNormalize(doc, out, options.normalize));
    cleaned = normalized.text;
    edits = normalized.edits.map((e) => ({
      ...e,
      start: toInputOffset(out.segments, e.start),
      end: e.end > e.start ? toInputOffset(out.segments, e.end - 1) + 1 : toInputOffset(out.segments, e.start),
    }));
    for (const e of edits) stats.editsByRule[e.rule] = (stats.editsByRule[e.rule] ?? 0) + 1;
  }
  stats.documents = 1;
  stats.charsIn = text.length;
  stats.charsOut = cleaned.length;
  stats.linesIn = doc.lines.length;
  stats.linesRemoved = out.linesRemoved;
  for (const r of out.removed) {
    stats.removedByRule[r.rule] = (stats.removedByRule[r.rule] ?? 0) + 1;
    stats.removedByCategory[r.category] = (stats.removedByCategory[r.category] ?? 0) + 1;
  }
  for (const [reason, n] of decisions.kept() ?? []) stats.keptByReason[reason] = n;
  return { text: cleaned, removed: out.removed, edits, meta, stats };
}
