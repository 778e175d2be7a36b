import type { Line } from './document.js';

/**
 * For each line, the nearest kept line with text above and below it, as they will stand in the output: given
 * only when no blank line comes between (removed lines vanish, blank lines stay). Linear time.
 */
export interface KeptNeighbours {
  readonly prev: readonly (Line | undefined)[];
  readonly next: readonly (Line | undefined)[];
}

export function keptNeighbours(lines: readonly Line[], isDropped: (index: number) => boolean): KeptNeighbours {
  const prev = new Array<Line | undefined>(lines.length);
  const next = new Array<Line | undefined>(lines.length);
  let last: Line | undefined;
  for (const line of lines) {
    if (line.blank) {
      last = undefined;
      continue;
    }
    if (isDropped(line.index)) continue;
    prev[line.index] = last;
    last = line;
  }
  last = undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.blank) {
      last = undefined;
      continue;
    }
    if (isDropped(i)) continue;
    next[i] = last;
    last = line;
  }
  return { prev, next };
}
