import type { EvalDoc } from './corpus.js';
import type { ScoredSpan, System } from './systems.js';

/** Each line of a text with its offsets (the span includes the line break, as vnclean reports removed lines). */
export function linesWithOffsets(text: string): { text: string; start: number; next: number }[] {
  const out: { text: string; start: number; next: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const next = Math.min(text.length, start + line.length + 1);
    out.push({ text: line, start, next });
    start = next;
  }
  return out;
}

/** Removes nothing: the floor every figure is measured against. */
export const removeNothing: System = {
  name: 'nothing',
  description: 'remove nothing',
  prepare: () => () => [],
};

/**
 * Exact duplicate-line removal, CCNet-style: the whole set is one shard, read in document order; a line is
 * removed when the same line (surrounding whitespace trimmed) was seen before, in this document or an earlier
 * one. The first occurrence stays (cc_net's single-pass `deduplicate`). Unlike cc_net this does not fold case,
 * digits or accents: the baseline is exact repetition.
 */
export const exactDuplicateLines: System = {
  name: 'dup-lines',
  description: 'exact duplicate-line removal across the set (CCNet-style, first occurrence kept)',
  prepare(docs: readonly EvalDoc[]) {
    const seen = new Set<string>();
    const removedByDoc = new Map<string, ScoredSpan[]>();
    for (const doc of docs) {
      const removed: ScoredSpan[] = [];
      for (const line of linesWithOffsets(doc.text)) {
        const key = line.text.trim();
        if (key === '') continue;
        if (seen.has(key)) removed.push({ start: line.start, end: line.next, rule: 'dup-lines' });
        else seen.add(key);
      }
      removedByDoc.set(doc.id, removed);
    }
    return (doc) => removedByDoc.get(doc.id) ?? [];
  },
};

/** Lines shorter than this many characters (code points, surrounding whitespace trimmed) are dropped. */
export const SHORT_LINE_CHARS = 40;

/** Drops every line under 40 characters: the classic length heuristic. */
export const shortLines: System = {
  name: 'short<40',
  description: `drop every line under ${SHORT_LINE_CHARS} characters`,
  prepare: () => (doc) =>
    linesWithOffsets(doc.text)
      .filter((line) => {
        const length = [...line.text.trim()].length;
        return length > 0 && length < SHORT_LINE_CHARS;
      })
      .map((line) => ({ start: line.start, end: line.next, rule: 'short<40' })),
};

export const BASELINES: readonly System[] = [removeNothing, exactDuplicateLines, shortLines];
