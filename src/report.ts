/**
 * What a clean reports: removals, edits and counters. Everything here is plain data, so results can be
 * serialised as JSON, sent between workers and added up.
 */

/** The drop labels of the corpus guide. Every removal carries exactly one. */
export const CATEGORIES = [
  'duplicate',
  'template',
  'related',
  'comments',
  'share',
  'weather',
  'nav',
  'footer',
  'ad',
  'ui',
  'meta',
] as const;

/** Why a span of page text is not article text. */
export type Category = (typeof CATEGORIES)[number];

/**
 * One removed span of the input.
 *
 * @example
 * { rule: 'duplicate-lines', category: 'duplicate', start: 120, end: 171,
 *   text: 'Hà Tĩnh tập trung …\n', reason: 'repeats line 3 (exact)' }
 */
export interface Removal {
  /** Stable rule id (kebab-case); also a counter name and a CLI flag. */
  readonly rule: string;
  readonly category: Category;
  /** Offset into the input, in UTF-16 code units, inclusive. */
  readonly start: number;
  /** Offset into the input, exclusive. A removed line's span includes its line break. */
  readonly end: number;
  /** The removed text, exactly `input.slice(start, end)`. */
  readonly text: string;
  /** A short human-readable explanation. */
  readonly reason: string;
}

/**
 * One in-place change to kept text (normalisation), with offsets into the input.
 *
 * @example
 * { rule: 'tone-placement', start: 310, end: 313, before: 'uỷ', after: 'ủy', reason: 'old-style tone placement' }
 */
export interface Edit {
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
  readonly reason: string;
}

/**
 * Counters for one or many documents. Add them up with {@link mergeStats}.
 *
 * @example
 * const total = mergeStats(a.stats, b.stats);
 * total.removedByRule['duplicate-lines']; // lines removed by that rule in both documents
 */
export interface Stats {
  documents: number;
  /** Documents that could not be cleaned (only stream and CLI paths produce these). */
  errors: number;
  charsIn: number;
  charsOut: number;
  linesIn: number;
  linesRemoved: number;
  /** Removed spans per rule id. */
  removedByRule: Record<string, number>;
  /** Removed spans per category. */
  removedByCategory: Record<string, number>;
  /** Normalisation edits per rule id. */
  editsByRule: Record<string, number>;
  /** Lines a rule would have removed but deliberately kept, per reason id (e.g. a profile line that is this article's lead). */
  keptByReason: Record<string, number>;
}

/**
 * A zero counter set.
 *
 * @example
 * let total = emptyStats(); for (const r of results) total = mergeStats(total, r.stats);
 */
export function emptyStats(): Stats {
  return {
    documents: 0,
    errors: 0,
    charsIn: 0,
    charsOut: 0,
    linesIn: 0,
    linesRemoved: 0,
    removedByRule: {},
    removedByCategory: {},
    editsByRule: {},
    keptByReason: {},
  };
}

function addCounts(into: Record<string, number>, from: Readonly<Record<string, number>>): void {
  for (const key of Object.keys(from)) into[key] = (into[key] ?? 0) + (from[key] ?? 0);
}

/**
 * Adds counter sets; pure (inputs are not changed), associative and commutative, so shards and workers
 * can be merged in any order.
 *
 * @example
 * const total = mergeStats(...results.map((r) => r.stats));
 */
export function mergeStats(...all: readonly Stats[]): Stats {
  const total = emptyStats();
  for (const s of all) {
    total.documents += s.documents;
    total.errors += s.errors;
    total.charsIn += s.charsIn;
    total.charsOut += s.charsOut;
    total.linesIn += s.linesIn;
    total.linesRemoved += s.linesRemoved;
    addCounts(total.removedByRule, s.removedByRule);
    addCounts(total.removedByCategory, s.removedByCategory);
    addCounts(total.editsByRule, s.editsByRule);
    addCounts(total.keptByReason, s.keptByReason);
  }
  return total;
}
