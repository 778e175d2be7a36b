/**
 * Runs normalizeVietnamese over ../shared/corpus/vi-text (real news and forum text) and reports edits per rule,
 * then lists every edit that is not a tone-style move or a Unicode-form fix, with context, so each can be
 * justified or fixed (issue 3, "no collateral damage").
 *
 * Usage: npx tsx scripts/eval/normalize-corpus.ts [--tone old|new|preserve] [--all]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { normalizeVietnamese } from '../../src/vi/normalize.js';
import type { ToneStyle } from '../../src/vi/syllable.js';
import { CORPUS_DIR } from '../../tests/corpus.js';

const args = process.argv.slice(2);
const tone = (args[args.indexOf('--tone') + 1] ?? 'old') as ToneStyle;
const FORM_OR_STYLE = new Set(['tone-placement', 'unicode-compose', 'mark-order', 'invisible-char', 'nbsp']);
const dir = `${CORPUS_DIR}/vi-text`;
const byRule: Record<string, number> = {};
const listed: string[] = [];
let chars = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  chars += text.length;
  const { edits } = normalizeVietnamese(text, { tone: args.includes('--tone') ? tone : 'old' });
  for (const e of edits) {
    byRule[e.rule] = (byRule[e.rule] ?? 0) + 1;
    if (!FORM_OR_STYLE.has(e.rule) || args.includes('--all')) {
      const ctx = JSON.stringify(text.slice(Math.max(0, e.start - 20), e.end + 20));
      listed.push(`${file}:${e.start} ${e.rule} ${JSON.stringify(e.before)} → ${JSON.stringify(e.after)} (${e.reason}) in ${ctx}`);
    }
  }
}
console.log(`vi-text: ${chars} UTF-16 units; edits per rule (tone: ${tone}):`);
for (const [rule, n] of Object.entries(byRule).sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(18)} ${n}`);
console.log(`\n${listed.length} edits that are not a tone-style move or a Unicode-form fix:`);
for (const line of listed) console.log(`  ${line}`);
