import type { Line } from './document.js';

/**
 * For each line, the nearest kept line with text above and below it, as they will stand in the output: given
 * only when no blank line comes between (removed lines vanish, blank lines stay). Linear time; two Int32Arrays of
 * line numbers (-1 for none), not arrays of objects, so a document of 100,000 lines costs the collector nothing.
 */
export interface KeptNeighbours {
  prev(index: number): Line | undefined;
  next(index: number): Line | undefined;
}

export function keptNeighbours(lines: readonly Line[], isDropped: (index: number) => boolean): KeptNeighbours {
  const prev = new Int32Array(lines.length).fill(-1);
  const next = new Int32Array(lines.length).fill(-1);
  let last = -1;
  for (const line of lines) {
    if (line.blank) {
      last = -1;
      continue;
    }
    if (isDropped(line.index)) continue;
    prev[line.index] = last;
    last = line.index;
  }
  last = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]!.blank) {
      last = -1;
      continue;
    }
    if (isDropped(i)) continue;
    next[i] = last;
    last = i;
  }
  return {
    prev: (index) => (prev[index]! === -1 ? undefined : lines[prev[index]!]),
    next: (index) => (next[index]! === -1 ? undefined : lines[next[index]!]),
  };
}
