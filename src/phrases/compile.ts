import { shapeKey } from '../document.js';
import { canonicalKey } from '../vi/key.js';
import type { Category } from '../report.js';
import { VI_PHRASES, VI_SECTIONS, type PhrasePack } from './vi.js';

export { shapeKey };

/** A phrase's lookup key; '#' in a phrase stands for any number, so it goes through the key as a digit. */
function phraseKey(phrase: string): string {
  return shapeKey(canonicalKey(phrase.replaceAll('#', '0')));
}

/** Phrase packs compiled into lookups. Built once per cleaner, then shared read-only by every document. */
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
}

/**
 * Compiles the built-in packs plus a user's extra whole-line phrases per category.
 *
 * @example
 * const tables = compilePhrases({ ad: ['Liên hệ đặt quảng cáo'] });
 * tables.lines.get('liên hệ đặt quảng cáo') // 'ad'
 */
export function compilePhrases(extra: Partial<Record<Category, readonly string[]>> = {}): PhraseTables {
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
  for (const [category, phrases] of Object.entries(extra) as [Category, readonly string[]][]) {
    for (const p of phrases) {
      const key = phraseKey(p);
      if (key) lines.set(key, category);
    }
  }
  const sections = new Set(VI_SECTIONS.map((s) => canonicalKey(s)));
  return { lines, outside, sections, headers, starts };
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
