/**
 * Peak memory of `vnclean --jsonl` while streaming 1 GB of real articles through stdin to stdout. The input
 * is generated on the fly (the corpus articles repeated, each with a unique id), so nothing of that size
 * touches the disk; the output is counted, checked (one record per input line, no error record) and
 * dropped. RSS is sampled from /proc (Linux) every 250 ms; the process's own high-water mark (VmHWM) is the
 * peak. Flat memory means the RSS at 10 % of the input is about the RSS at 100 %.
 *
 *   npm run bench:memory                       # builds, then 1024 MB with --threads 2
 *   npx tsx bench/cli-memory.ts [MB] [THREADS]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corpusArticles } from './corpus-records.js';

const MEGABYTES = Number(process.argv[2] ?? 1024);
const THREADS = Number(process.argv[3] ?? 2);
const totalBytes = MEGABYTES * 1024 * 1024;
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

// Each record is `{"id":"<doc>#<n>",` + the article's `"text":…}` (precomputed once).
const bodies = corpusArticles().map((a) => ({ id: a.id, tail: `${JSON.stringify({ text: a.text }).slice(1)}\n` }));

const child = spawn(process.execPath, [cli, '--jsonl', '--threads', String(THREADS)], { stdio: ['pipe', 'pipe', 'inherit'] });
const status = (): Record<string, number> => {
  const fields: Record<string, number> = {};
  try {
    for (const line of readFileSync(`/proc/${child.pid}/status`, 'utf8').split('\n')) {
      const m = /^(VmRSS|VmHWM):\s+(\d+) kB/u.exec(line);
      if (m !== null) fields[m[1]!] = Number(m[2]) / 1024;
    }
  } catch {
    // The process has just exited.
  }
  return fields;
};

let written = 0;
let recordsIn = 0;
let recordsOut = 0;
let errorRecords = 0;
let outputBytes = 0;
let peakMB = 0;
const samples: { inputShare: number; rssMB: number }[] = [];
const timer = setInterval(() => {
  const s = status();
  if (s.VmHWM !== undefined) peakMB = Math.max(peakMB, s.VmHWM);
  if (s.VmRSS !== undefined) samples.push({ inputShare: written / totalBytes, rssMB: s.VmRSS });
}, 250);

let partial = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk: string) => {
  outputBytes += Buffer.byteLength(chunk);
  const lines = (partial + chunk).split('\n');
  partial = lines.pop() ?? '';
  recordsOut += lines.length;
  for (const line of lines) if (line.startsWith('{"error"')) errorRecords++;
});

const started = performance.now();
async function feed(): Promise<void> {
  for (let i = 0; written < totalBytes; i++) {
    const body = bodies[i % bodies.length]!;
    const line = `{"id":${JSON.stringify(`${body.id}#${Math.floor(i / bodies.length)}`)},${body.tail}`;
    written += Buffer.byteLength(line);
    recordsIn++;
    if (!child.stdin.write(line)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
}

await feed();
const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
clearInterval(timer);
const seconds = (performance.now() - started) / 1000;
if (code !== 0) throw new Error(`vnclean exited ${code}`);
if (recordsOut !== recordsIn) throw new Error(`records in ${recordsIn} != records out ${recordsOut}`);
if (errorRecords > 0) throw new Error(`${errorRecords} error records`);

const at = (share: number): string => {
  const sample = samples.find((s) => s.inputShare >= share) ?? samples[samples.length - 1];
  return sample === undefined ? '?' : sample.rssMB.toFixed(0);
};
console.log(`vnclean --jsonl --threads ${THREADS}: ${(written / 1e6).toFixed(0)} MB (${recordsIn} records) in, ${recordsOut} records (${(outputBytes / 1e6).toFixed(0)} MB) out, ${seconds.toFixed(0)} s, ${(recordsIn / seconds).toFixed(0)} docs/s`);
console.log(`RSS (MB) by share of input written: ${[0.1, 0.25, 0.5, 0.75, 1].map((s) => `${s * 100}% ${at(s)}`).join(', ')}`);
console.log(`peak RSS (VmHWM): ${peakMB.toFixed(0)} MB`);
