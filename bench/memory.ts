/**
 * Peak memory, each in a child process of its own (peak RSS from child-usage.cjs):
 *  - clean() on a 100 MB document (real text repeated), beside a process that only reads the same file, so the
 *    cost of holding the input is visible;
 *  - a 1 GB stream through the CLI: JSONL records when the CLI has `--jsonl`, else plain text on stdin, fed by
 *    the parent without holding it.
 * Run alone: `npm run build && tsx bench/memory.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runChild } from './child.js';
import { CLI } from './cli.js';
import { requireCorpus } from './corpus.js';
import { round } from './clean.js';
import { realText } from './scaling.js';

export interface MemoryRow {
  readonly what: string;
  readonly inputMb: number;
  readonly peakRssMb: number;
  readonly cpuMs: number;
  readonly exitCode: number | null;
  readonly note: string;
}

const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url));

async function document100(dir: string): Promise<MemoryRow[]> {
  const file = join(dir, 'doc-100mb.txt');
  const text = realText(100e6);
  writeFileSync(file, text);
  const mb = Buffer.byteLength(text) / 1e6;
  const readOnly = await runChild(['-e', `require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8').length`]);
  const script = `import(${JSON.stringify(pathToFileURL(DIST).href)}).then(({ clean }) => {
    const text = require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8');
    const r = clean(text);
    process.stdout.write(String(r.text.length));
  })`;
  const cleaned = await runChild(['-e', script], { keepStdout: true });
  return [
    { what: 'read a 100 MB document (no cleaning)', inputMb: round(mb, 1), peakRssMb: round(readOnly.maxRssMb, 1), cpuMs: round(readOnly.cpuMs, 0), exitCode: readOnly.exitCode, note: '' },
    { what: 'clean() a 100 MB document', inputMb: round(mb, 1), peakRssMb: round(cleaned.maxRssMb, 1), cpuMs: round(cleaned.cpuMs, 0), exitCode: cleaned.exitCode,
      note: cleaned.exitCode === 0 ? `output ${cleaned.stdout} characters` : cleaned.stderr.split('\n').find((l) => l.includes('Error')) ?? cleaned.stderr.slice(0, 200) },
  ];
}

async function stream1G(): Promise<MemoryRow> {
  const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout;
  const jsonl = help.includes('--jsonl');
  const source = realText(4e6);
  const records = jsonl ? source.split('\n\n').filter((t) => t.trim() !== '').map((t, i) => `${JSON.stringify({ id: i, text: t })}\n`) : [source];
  const total = 1e9;
  let sent = 0;
  const feed = async (sink: NodeJS.WritableStream): Promise<void> => {
    while (sent < total) {
      for (const r of records) {
        sent += Buffer.byteLength(r);
        if (!sink.write(r)) await new Promise((resolve) => sink.once('drain', resolve));
        if (sent >= total) break;
      }
    }
  };
  const run = await runChild(jsonl ? [CLI, '--jsonl'] : [CLI], { stdin: feed });
  return {
    what: `1 GB through the CLI (${jsonl ? 'JSONL records, --jsonl' : 'plain text on stdin: one document'})`,
    inputMb: round(sent / 1e6, 0), peakRssMb: round(run.maxRssMb, 1), cpuMs: round(run.cpuMs, 0), exitCode: run.exitCode,
    note: run.exitCode === 0 ? `${round(run.stdoutBytes / 1e6, 0)} MB out` : `failed: ${run.stderr.trim().split('\n')[0] ?? ''}`,
  };
}

export async function runMemory(): Promise<MemoryRow[]> {
  requireCorpus();
  const dir = mkdtempSync(join(tmpdir(), 'vnclean-memory-'));
  try {
    return [...(await document100(dir)), await stream1G()];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatMemory(rows: readonly MemoryRow[]): string {
  return rows.map((r) => `${r.what.padEnd(58)} input ${String(r.inputMb).padStart(6)} MB  peak RSS ${String(r.peakRssMb).padStart(7)} MB  exit ${r.exitCode}  ${r.note}`).join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatMemory(await runMemory()));
}
