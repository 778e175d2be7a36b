import type { Document } from './document.js';
import type { Rendered } from './render.js';
import type { ResolvedNormalizeOptions } from './vi/rules.js';

/**
 * Which parts of clean()'s output the normaliser must read. The line scan (src/line-scan.ts) has already asked of
 * every line what the normaliser's own scan would ask, so a line it found quiet and that was copied whole needs no
 * second look: the normaliser reads only the other lines, on real pages a small share of the text. Ranges are whole
 * output lines ([start, end) pairs: each starts at the text's start or after a line break and ends after one or at
 * the text's end), ascending, merged where they touch. A line copied in part (a span removed from it, or its break)
 * is read with the output line it ended up in.
 *
 * The line scan answers for the default setting only, the old tone style without the nbsp rule (fewer rules on
 * only means fewer edits); any other setting gets undefined: read everything.
 *
 * @example
 * normalizeWith(rendered.text, options, true, undefined, rangesToNormalize(doc, rendered, options))
 */
export function rangesToNormalize(doc: Document, rendered: Rendered, options: ResolvedNormalizeOptions): number[] | undefined {
  if (options.style !== 'old' || options.enabled.has('nbsp')) return undefined;
  const { text, lineOut } = rendered;
  const ranges: number[] = [];
  for (const line of doc.lines) {
    const from = lineOut[line.index * 2]!;
    const to = lineOut[line.index * 2 + 1]!;
    if (from < 0 || (line.normaliserQuiet && to - from === line.next - line.start)) continue;
    const start = from === 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
    const lineBreak = text.indexOf('\n', Math.max(to - 1, start));
    const end = lineBreak === -1 ? text.length : lineBreak + 1;
    const lastEnd = ranges.length === 0 ? -1 : ranges[ranges.length - 1]!;
    if (start <= lastEnd) ranges[ranges.length - 1] = Math.max(lastEnd, end);
    else ranges.push(start, end);
  }
  return ranges;
}
