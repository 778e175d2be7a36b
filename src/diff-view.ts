import type { Removal } from './report.js';

const MAX_LINE = 100;

function clip(text: string): string {
  return text.length > MAX_LINE ? `${text.slice(0, MAX_LINE - 1)}…` : text;
}

/**
 * The input line by line, as a diff of what the clean did: `-` a removed line, `~` a kept line with spans
 * removed (shown as `[-…-]`), a space for a kept line; each change is followed by the rule and category.
 * Long lines are clipped. Blank lines that the output collapses are shown as they were.
 *
 * @example
 * diffView('Trang chủ\nBài viết.', clean('Trang chủ\nBài viết.').removed)
 * // -    1 | Trang chủ   ← outside-article [nav]
 * //      2 | Bài viết.
 */
export function diffView(input: string, removed: readonly Removal[]): string {
  const sorted = [...removed].sort((a, b) => a.start - b.start);
  const out: string[] = [];
  const width = String(input.split('\n').length).length;
  let at = 0;
  let next = 0;
  input.split('\n').forEach((line, i) => {
    const start = at;
    const end = start + line.length;
    at = end + 1;
    while (next < sorted.length && sorted[next]!.end <= start) next++;
    const onLine: Removal[] = [];
    for (let k = next; k < sorted.length && sorted[k]!.start < Math.max(end, start + 1); k++) onLine.push(sorted[k]!);
    const n = String(i + 1).padStart(width);
    const because = [...new Set(onLine.map((r) => `${r.rule} [${r.category}]`))].join(', ');
    if (onLine.length === 0 || line.trim() === '') {
      out.push(`  ${n} | ${clip(line)}`);
    } else if (onLine.some((r) => r.start <= start && r.end >= end)) {
      out.push(`- ${n} | ${clip(line)}   ← ${because}`);
    } else {
      let marked = '';
      let from = start;
      for (const r of onLine) {
        const s = Math.max(r.start, from);
        const e = Math.min(r.end, end);
        marked += `${input.slice(from, s)}[-${input.slice(s, e)}-]`;
        from = e;
      }
      out.push(`~ ${n} | ${marked}${input.slice(from, end)}   ← ${because}`);
    }
  });
  return out.join('\n');
}
