import { shapeKey, type Line } from '../document.js';
import { hashOfKey } from '../line-scan.js';
import { canonicalKey } from '../vi/key.js';
import type { Category } from '../report.js';
import { VI_PHRASES, VI_SECTIONS, type PhrasePack } from './vi.js';

export { shapeKey };

/** A phrase's lookup key; '#' in a phrase stands for any number, so it goes through the key as a digit. */
function phraseKey(phrase: string): string {
  return shapeKey(canonicalKey(phrase.replaceAll('#', '0')));
}

/** Phrase packs compiled into lookups: the built-in packs once per process, shared read-only by every cleaner and document. */
export interface PhraseTables {
  /** Whole-line phrases removed anywhere. */
  readonly lines: ReadonlyMap<string, Category>;
  /** Whole-line phrases removed only outside the article body. */
  readonly outside: ReadonlyMap<string, Category>;
  /** Section names (menu items) removed only outside the article body. */
  readonly sections: ReadonlySet<string>;
  /** Block headers. */
  readonly headers: ReadonlyMap<string, Category>;
  /** Line-start phrases, indexed by their first word. */
  readonly starts: ReadonlyMap<string, readonly (readonly [string, Category])[]>;
  /**
   * Hashes of every whole-line phrase and section key, and of every first word of a line-start phrase: a line
   * whose hash is not here cannot match, so its shape string is never built (see {@link phraseOf}).
   */
  readonly filter: PhraseFilter;
}

export interface PhraseFilter {
  readonly shapes: ReadonlySet<number>;
  readonly sections: ReadonlySet<number>;
  readonly heads: ReadonlySet<number>;
}

/**
 * Compiles the built-in packs plus a user's extra whole-line phrases per category. The built-in packs are compiled
 * once per process and shared (no cleaner changes them), so `clean(text, options)` and `createCleaner(options)`
 * cost microseconds, not the millisecond of compiling every pack again; extra phrases are added to copies of the
 * two lookups they touch.
 *
 * @example
 * const tables = compilePhrases({ ad: ['Liên hệ đặt quảng cáo'] });
 * tables.lines.get('liên hệ đặt quảng cáo') // 'ad'
 */
export function compilePhrases(extra: Partial<Record<Category, readonly string[]>> = {}): PhraseTables {
  const builtIn = (builtInTables ??= compileBuiltIn());
  const extraKeys = (Object.entries(extra) as [Category, readonly string[]][])
    .flatMap(([category, phrases]) => phrases.map((p) => [phraseKey(p), category] as const))
    .filter(([key]) => key !== '');
  if (extraKeys.length === 0) return builtIn;
  const lines = new Map(builtIn.lines);
  for (const [key, category] of extraKeys) lines.set(key, category);
  const shapes = new Set(builtIn.filter.shapes);
  for (const [key] of extraKeys) shapes.add(hashOfKey(key).shapeHash);
  return { ...builtIn, lines, filter: { ...builtIn.filter, shapes } };
}

// The built-in packs compiled: immutable once built, so sharing them keeps every cleaner pure.
let builtInTables: PhraseTables | undefined;

function compileBuiltIn(): PhraseTables {
  const lines = new Map<string, Category>();
  const outside = new Map<string, Category>();
  const headers = new Map<string, Category>();
  const starts = new Map<string, [string, Category][]>();
  const add = (into: Map<string, Category>, phrase: string, category: Category): void => {
    const key = phraseKey(phrase);
    if (key && !into.has(key)) into.set(key, category);
  };
  for (const [category, pack] of Object.entries(VI_PHRASES) as [Category, PhrasePack][]) {
    for (const p of pack.lines) add(lines, p, category);
    for (const p of pack.outside) add(outside, p, category);
    for (const p of pack.headers) add(headers, p, category);
    for (const p of pack.starts) {
      // Keep a trailing space: 'ms ' must not match "msn".
      const key = phraseKey(p) + (p.endsWith(' ') ? ' ' : '');
      const first = key.split(' ')[0] ?? key;
      const list = starts.get(first) ?? [];
      list.push([key, category]);
      starts.set(first, list);
    }
  }
  const sections = new Set(VI_SECTIONS.map((s) => canonicalKey(s)));
  const filter: PhraseFilter = {
    shapes: new Set([...lines.keys(), ...outside.keys(), ...headers.keys()].map((k) => hashOfKey(k).shapeHash)),
    sections: new Set([...sections].map((k) => hashOfKey(k).keyHash)),
    heads: new Set([...starts.keys()].map((k) => hashOfKey(k).headHash)),
  };
  return { lines, outside, sections, headers, starts, filter };
}

/**
 * The category `table` gives the line's shape, if any. The hash filter answers most lines without a string.
 *
 * @example
 * phraseOf(tables.lines, tables, line) // 'comments' for "12 Bình luận"
 */
export function phraseOf(table: ReadonlyMap<string, Category>, tables: PhraseTables, line: Line): Category | undefined {
  return tables.filter.shapes.has(line.shapeHash) ? table.get(line.shape) : undefined;
}

/** The line's key is a section name. */
export function isSection(tables: PhraseTables, line: Line): boolean {
  return tables.filter.sections.has(line.keyHash) && tables.sections.has(line.key);
}

/** {@link matchStart} on the line's shape, skipped when no phrase starts with the line's first word. */
export function startOf(tables: PhraseTables, line: Line): Category | undefined {
  return tables.filter.heads.has(line.headHash) ? matchStart(tables, line.shape) : undefined;
}

/** The category of the first line-start phrase that `shape` begins with, if any. */
export function matchStart(tables: PhraseTables, shape: string): Category | undefined {
  const space = shape.indexOf(' ');
  const first = space === -1 ? shape : shape.slice(0, space);
  for (const [prefix, category] of tables.starts.get(first) ?? []) {
    if (shape === prefix.trimEnd() || shape.startsWith(prefix.endsWith(' ') ? prefix : prefix + ' ')) return category;
  }
  return undefined;
}
