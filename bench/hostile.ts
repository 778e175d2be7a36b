/**
 * Hostile inputs, through clean() with its defaults: each must clean within 3× the per-MB CPU time of real text (design principle 5, linear time
 * with no regex that backtracks). Real text here is the articles workload. Run alone:
 * `npm run build && tsx bench/hostile.ts`.
 */
import { pathToFileURL } from 'node:url';
import { checkResult } from './checks.js';
import { cleanArticles, devDocs, megabytes, requireCorpus } from './corpus.js';
import { timeTasks } from './harness.js';
import { cleanDefault } from './library.js';
import { round } from './clean.js';
import { realText } from './scaling.js';

export interface HostileRow {
  readonly input: string;
  readonly megabytes: number;
  readonly msPerMb: number;
  /** msPerMb divided by that of real text: at most MAX_RATIO. */
  readonly ratio: number;
}

export interface Hostile {
  readonly realTextMsPerMb: number;
  readonly maxRatio: number;
  readonly rows: readonly HostileRow[];
}

export const MAX_RATIO = 3;

export function hostileInputs(): Record<string, string> {
  const tenMbLine = realText(10e6).replaceAll('\n', ' ');
  return {
    '1 MB of "{{{{" (one line)': '{'.repeat(1_000_000),
    '1 MB of "<<<<" (one line)': '<'.repeat(1_000_000),
    '1 MB of spaces (one line)': ' '.repeat(1_000_000),
    '1 MB of "{{{{" lines (80 wide)': `${'{'.repeat(79)}\n`.repeat(12_500),
    'one 10 MB line of real text': tenMbLine,
    'a line of 50,000 bullets': '•'.repeat(50_000),
    // Not in the list: one "word" the syllable code would walk letter by letter.
    'one 1 MB word of toned vowels': 'à'.repeat(500_000),
    'one 1 MB word of decomposed letters': 'a\u0300'.repeat(333_333),
  };
}

export async function runHostile(): Promise<Hostile> {
  requireCorpus();
  const real = [...devDocs(), ...cleanArticles()];
  const inputs = hostileInputs();
  for (const [name, text] of Object.entries(inputs)) checkResult(text, cleanDefault(text), name);
  const tasks: Record<string, () => unknown> = { 'real text': () => { for (const d of real) cleanDefault(d); } };
  for (const [name, text] of Object.entries(inputs)) tasks[name] = () => cleanDefault(text);
  const timings = new Map((await timeTasks(tasks, { timeMs: 1500, iterations: 5 })).map((t) => [t.name, t.medianMs]));
  const realMsPerMb = timings.get('real text')! / megabytes(real);
  const rows = Object.entries(inputs).map(([input, text]) => {
    const mb = megabytes([text]);
    const msPerMb = timings.get(input)! / mb;
    return { input, megabytes: round(mb, 3), msPerMb: round(msPerMb, 2), ratio: round(msPerMb / realMsPerMb, 3) };
  });
  return { realTextMsPerMb: round(realMsPerMb, 2), maxRatio: MAX_RATIO, rows };
}

export function formatHostile(h: Hostile): string {
  return [`real text: ${h.realTextMsPerMb} ms/MB`, ...h.rows.map((r) =>
    `  ${r.input.padEnd(32)} ${r.msPerMb.toFixed(2).padStart(9)} ms/MB  ${r.ratio.toFixed(2).padStart(5)}× real text ${r.ratio <= h.maxRatio ? 'ok' : 'OVER'}`)].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatHostile(await runHostile()));
}
