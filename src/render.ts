import type { Decisions } from './decisions.js';
import type { Document, Line } from './document.js';
import type { Removal } from './report.js';

/** A run of output copied unchanged from the input: output[outStart, outStart+length) = input[inStart, …). */
export interface Segment {
  readonly outStart: number;
  readonly inStart: number;
  readonly length: number;
}

export interface Rendered {
  readonly text: string;
  readonly removed: Removal[];
  /** How output offsets map back to input offsets (for edits made after removal). */
  readonly segments: readonly Segment[];
  /**
   * Where each input line went: output [lineOut[2i], lineOut[2i + 1]) holds what was copied of line i with its break
   * (both -1 when the line was removed or was a blank line dropped; an empty range when spans took all of it). A line
   * copied whole spans line.next - line.start there.
   */
  readonly lineOut: Int32Array;
  readonly linesRemoved: number;
}

/**
 * Builds the output: the input minus removed lines (each with its line break) and removed spans. Blank lines
 * next to a removal collapse to one, or to none at the start and end of the document; blank lines nowhere near a
 * removal stay as they were, so clean input comes back byte-identical.
 */
export function render(doc: Document, decisions: Decisions): Rendered {
  const { text, lines } = doc;
  const removed: Removal[] = [];
  const segments: Segment[] = [];
  // The output is runs of the input: a run grows while what is copied is contiguous in the input, and is cut
  // into a part (a slice, no copy) when it is not. Clean input is one run: the input itself.
  const parts: string[] = [];
  let outLength = 0;
  let runStart = -1;
  let runEnd = -1;
  const flush = (): void => {
    if (runStart < 0) return;
    segments.push({ outStart: outLength, inStart: runStart, length: runEnd - runStart });
    parts.push(text.slice(runStart, runEnd));
    outLength += runEnd - runStart;
  };
  const lineOut = new Int32Array(lines.length * 2).fill(-1);
  const outNow = (): number => outLength + (runStart < 0 ? 0 : runEnd - runStart);
  // A blank line is copied whole, with its break.
  const copyBlank = (line: Line): void => {
    lineOut[line.index * 2] = outNow();
    copy(line.start, line.next);
    lineOut[line.index * 2 + 1] = outNow();
  };
  const copy = (from: number, to: number): void => {
    if (to <= from) return;
    if (from === runEnd) {
      runEnd = to;
      return;
    }
    flush();
    runStart = from;
    runEnd = to;
  };

  const spans = decisions.spans();
  let spanAt = 0;
  let linesRemoved = 0;
  const pendingBlanks: Line[] = [];
  let droppedSinceKept = false;
  let keptAny = false;
  let lastKept: Line | undefined;

  for (const line of lines) {
    const verdict = decisions.verdict(line.index);
    if (verdict) {
      removed.push({ rule: verdict.rule, category: verdict.category, reason: verdict.reason, start: line.start,
        end: line.next, text: text.slice(line.start, line.next) });
      linesRemoved++;
      droppedSinceKept = true;
      continue;
    }
    if (line.blank) {
      pendingBlanks.push(line);
      continue;
    }
    // A kept line with content: first settle the blank lines before it.
    const blanks = !droppedSinceKept ? pendingBlanks.length : keptAny ? Math.min(1, pendingBlanks.length) : 0;
    for (let b = 0; b < blanks; b++) copyBlank(pendingBlanks[b]!);
    pendingBlanks.length = 0;
    droppedSinceKept = false;
    keptAny = true;
    lastKept = line;

    let from = line.start;
    lineOut[line.index * 2] = outNow();
    while (spanAt < spans.length && (spans[spanAt]?.start ?? Infinity) < line.next) {
      const span = spans[spanAt++]!;
      copy(from, span.start);
      removed.push({ rule: span.rule, category: span.category, reason: span.reason, start: span.start, end: span.end,
        text: text.slice(span.start, span.end) });
      from = span.end;
    }
    copy(from, line.next);
    lineOut[line.index * 2 + 1] = outNow();
  }

  if (!droppedSinceKept) {
    for (const b of pendingBlanks) copyBlank(b);
  }
  flush();
  let out = parts.length === 1 ? parts[0]! : parts.join('');
  if (droppedSinceKept && lastKept && !doc.finalBreak && out.endsWith('\n')) {
    // The input had no final line break, so the output gets none either.
    const cut = out.endsWith('\r\n') ? 2 : 1;
    out = out.slice(0, -cut);
    const last = segments.at(-1)!;
    segments[segments.length - 1] = { ...last, length: last.length - cut };
    lineOut[lastKept.index * 2 + 1] = lineOut[lastKept.index * 2 + 1]! - cut;
  }

  removed.sort((a, b) => a.start - b.start);
  return { text: out, removed, segments, lineOut, linesRemoved };
}

/**
 * Maps an output offset back to the input. Offsets inside a copied run map exactly; an offset at a seam maps to
 * the start of the following run.
 */
export function toInputOffset(segments: readonly Segment[], outOffset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (outOffset < s.outStart) hi = mid - 1;
    else if (outOffset >= s.outStart + s.length) lo = mid + 1;
    else return s.inStart + (outOffset - s.outStart);
  }
  const after = segments[lo];
  if (after) return after.inStart;
  const last = segments.at(-1);
  return last ? last.inStart + last.length : 0;
}
