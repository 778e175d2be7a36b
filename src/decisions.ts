import type { Document } from './document.js';
import type { Category } from './report.js';

/** Why a rule removes something. */
export interface Verdict {
  readonly rule: string;
  readonly category: Category;
  readonly reason: string;
}

/** A removal inside a kept line (a template token in prose, a repeated lead at the start of a paragraph). */
export interface SpanDecision extends Verdict {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The removal decisions for one document, filled in by the rules in order. The first rule to claim a line
 * wins, so a line is explained once, by the most specific rule.
 */
export class Decisions {
  readonly #lines: (Verdict | undefined)[];
  readonly #spans: SpanDecision[] = [];
  // Made on the first keep(): most documents keep nothing on purpose, and a Map for each would be a cost of its own.
  #kept: Map<string, number> | undefined;

  constructor(readonly doc: Document) {
    this.#lines = new Array<Verdict | undefined>(doc.lines.length);
  }

  /** Removes a whole line (with its line break). Returns false when another rule already removed it. */
  dropLine(line: number, verdict: Verdict): boolean {
    if (this.#lines[line] !== undefined || this.doc.lines[line]?.blank !== false) return false;
    this.#lines[line] = verdict;
    return true;
  }

  /** Removes part of a line; ignored when the line is already removed. */
  dropSpan(span: SpanDecision): void {
    if (this.#lines[span.line] === undefined && span.end > span.start) this.#spans.push(span);
  }

  /** Records that a rule deliberately kept something it would otherwise remove (reported in stats). */
  keep(reason: string): void {
    this.#kept ??= new Map();
    this.#kept.set(reason, (this.#kept.get(reason) ?? 0) + 1);
  }

  isDropped(line: number): boolean {
    return this.#lines[line] !== undefined;
  }

  verdict(line: number): Verdict | undefined {
    return this.#lines[line];
  }

  /** Span decisions on lines that are still kept, in input order, overlaps merged into the first. */
  spans(): SpanDecision[] {
    const live = this.#spans.filter((s) => this.#lines[s.line] === undefined).sort((a, b) => a.start - b.start);
    const merged: SpanDecision[] = [];
    for (const s of live) {
      const last = merged.at(-1);
      if (last && s.start < last.end) {
        if (s.end > last.end) merged[merged.length - 1] = { ...last, end: s.end };
      } else merged.push(s);
    }
    return merged;
  }

  /** How often each reason kept something; undefined when nothing was. */
  kept(): ReadonlyMap<string, number> | undefined {
    return this.#kept;
  }
}
