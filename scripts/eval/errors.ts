import type { WrongLine } from './evaluate.js';
import type { SystemResult } from './run.js';

const MAX_TEXT = 120;

function shown(text: string): string {
  const flat = text.trim();
  return [...flat].length > MAX_TEXT ? `${[...flat].slice(0, MAX_TEXT - 1).join('')}…` : flat;
}

function rule(w: WrongLine, rulesByCategory: Readonly<Record<string, readonly string[]>>): string {
  if (w.verdict === 'lost') return `removed by ${w.rules.join('+') || '?'}`;
  const candidates = rulesByCategory[w.label] ?? [];
  const partial = w.rules.length > 0 ? `; partly removed by ${w.rules.join('+')}` : '';
  return `should: ${candidates.length > 0 ? candidates.join('|') : `a ${w.label} rule`}${partial}`;
}

/**
 * Every wrong line of the system under test, grouped by document: "lost" lines (kept labels, or clean-article
 * lines, that were dropped) with the rule that fired, and "missed" boilerplate with the rules that remove that
 * category elsewhere in the set (the rule that should have fired).
 */
export function formatErrors(r: SystemResult): string {
  const all = [...r.labelled.wrong, ...r.clean.wrong];
  const out: string[] = [
    `${r.name}: ${all.length} wrong lines (` +
      `${all.filter((w) => w.verdict === 'lost').length} lost, ${all.filter((w) => w.verdict === 'missed').length} missed)`,
  ];
  let doc = '';
  for (const w of all) {
    if (w.doc !== doc) {
      doc = w.doc;
      out.push('', `${w.doc} (${w.site})`);
    }
    out.push(`  ${String(w.n).padStart(4)} ${w.verdict.padEnd(6)} ${w.label.padEnd(9)} ${rule(w, r.labelled.rulesByCategory)}`);
    out.push(`       | ${shown(w.text)}`);
  }
  return out.join('\n');
}
