import type { CleanResult } from './clean.js';
import { diffView } from './diff-view.js';

const MAX_SHOWN = 100;

function oneLine(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN - 1)}…` : flat;
}

/**
 * A human-readable account of a clean: every removed span with its rule, category and reason, every
 * normalisation edit, then totals. Given the input too, it ends with a diff view: the input line by line,
 * removed lines marked `-` and lines with removed spans `~`, each with the rule that removed it.
 *
 * @example
 * console.log(explain(clean(page), page));
 * // removed 3 spans
 * //   279-317 [duplicate] duplicate-lines: "Làng gốm …" (repeats line 7)
 * // …
 * // -  9 | Làng gốm ven sông đón mùa du lịch mới   ← duplicate-lines [duplicate]
 */
export function explain(result: CleanResult, input?: string): string {
  const out: string[] = [`removed ${result.removed.length} span${result.removed.length === 1 ? '' : 's'}`];
  for (const r of result.removed) {
    out.push(`  ${r.start}-${r.end} [${r.category}] ${r.rule}: "${oneLine(r.text)}" (${r.reason})`);
  }
  if (result.edits.length > 0) {
    out.push(`edited ${result.edits.length} span${result.edits.length === 1 ? '' : 's'}`);
    for (const e of result.edits) out.push(`  ${e.start}-${e.end} ${e.rule}: "${oneLine(e.before)}" → "${oneLine(e.after)}" (${e.reason})`);
  }
  const byCategory = Object.entries(result.stats.removedByCategory).sort((a, b) => b[1] - a[1]);
  if (byCategory.length > 0) out.push(`by category: ${byCategory.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  const { meta } = result;
  if (meta.title !== undefined) out.push(`title: ${oneLine(meta.title)}`);
  if (meta.bylines.length > 0) out.push(`bylines: ${meta.bylines.join('; ')}`);
  if (meta.dates.length > 0) out.push(`dates: ${meta.dates.join('; ')}`);
  if (input !== undefined) out.push('', 'diff (- removed line, ~ removed spans [-…-]):', diffView(input, result.removed));
  return out.join('\n');
}
