/**
 * Renders the latest benchmark record as the README's "Performance" tables (between the bench markers).
 * `tsx bench/readme.ts` rewrites README.md from bench/records/; `npm run bench` does it after a run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { latestRecord, type BenchRecord } from './record.js';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const README = new URL('../README.md', import.meta.url);

const na = 'not available';
const fmt = (x: number | null | undefined, digits = 1): string => (x === null || x === undefined ? na : x.toFixed(digits));

export function renderTables(r: BenchRecord): string {
  const out: string[] = [];
  out.push(`Measured ${r.date.slice(0, 10)} on ${r.machine.cpu} (${r.machine.cores} cores, ${r.machine.memoryGb} GB), Node ${r.node}, commit ${r.commit}: `
    + `\`bench/records/\` holds the full record. ${r.method}`);
  if (r.throughput) {
    out.push('', '| workload | task | MB/s | docs/s | × NFC |', '|---|---|--:|--:|--:|');
    for (const t of r.throughput) {
      out.push(`| ${t.workload} (${t.documents} doc${t.documents === 1 ? '' : 's'}, ${t.megabytes.toFixed(2)} MB) | ${t.task} | ${fmt(t.mbPerSecond)} | ${fmt(t.docsPerSecond, t.docsPerSecond !== null && t.docsPerSecond < 10 ? 2 : 0)} | ${fmt(t.ratioToNfc, 3)} |`);
    }
  }
  if (r.cli) {
    out.push('', '| CLI end to end | MB/s | docs/s | peak RSS |', '|---|--:|--:|--:|');
    for (const c of r.cli) out.push(`| ${c.workload}: \`${c.how}\` | ${fmt(c.mbPerSecond)} | ${fmt(c.docsPerSecond, c.docsPerSecond < 10 ? 2 : 0)} | ${c.peakRssMb} MB |`);
    out.push('', 'The CLI figures include starting Node and compiling the code cold, as a user pays them once per process.');
  }
  if (r.scaling) {
    out.push('', `Scaling: time ∝ size^${r.scaling.bySize.exponent} over ${r.scaling.bySize.points.length} sizes from 1 KB to 10 MB; `
      + `time ∝ lines^${r.scaling.byLines.exponent} over 100 to 100,000 one-character lines (least squares on log–log; 1 is linear).`);
  }
  if (r.hostile) {
    out.push('', `| hostile input | ms/MB | × real text (${r.hostile.realTextMsPerMb} ms/MB) |`, '|---|--:|--:|');
    for (const h of r.hostile.rows) out.push(`| ${h.input} | ${h.msPerMb.toFixed(1)} | ${h.ratio.toFixed(2)} |`);
  }
  if (r.memory) {
    out.push('', '| memory | input | peak RSS | result |', '|---|--:|--:|---|');
    for (const m of r.memory) out.push(`| ${m.what} | ${m.inputMb} MB | ${m.peakRssMb} MB | ${m.exitCode === 0 ? 'ok' : `exit ${m.exitCode}`}${m.note ? `: ${m.note}` : ''} |`);
  }
  if (r.targets) {
    out.push('', '| target | goal | measured | holds |', '|---|---|---|---|');
    for (const t of r.targets) out.push(`| ${t.name} | ${t.goal} | ${t.measured} | ${t.holds === null ? na : t.holds ? 'yes' : 'no'} |`);
  }
  return out.join('\n');
}

export function updateReadme(record: BenchRecord): void {
  const readme = readFileSync(README, 'utf8');
  const at = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (at === -1 || end === -1) throw new Error('README.md has no bench markers');
  writeFileSync(README, `${readme.slice(0, at + START.length)}\n${renderTables(record)}\n${readme.slice(end)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const record = latestRecord();
  if (!record) throw new Error('no benchmark record in bench/records/: run npm run bench first');
  updateReadme(record);
}
