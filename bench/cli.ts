/**
 * The command-line tool end to end, as a user runs it: a child process `node dist/cli.js …` over the dev pages
 * as files, and over the large document on stdin. CPU time and peak RSS are the child's own (child-usage.cjs);
 * Node's start-up is included, as users pay it. The output is checked against clean() first.
 * Run alone: `npm run build && tsx bench/cli.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runChild } from './child.js';
import { CORPUS_DIR, megabytes, requireCorpus, workloads } from './corpus.js';
import { check, median } from './harness.js';
import { cleanDefault } from './library.js';
import { round } from './clean.js';

export interface CliRow {
  readonly workload: string;
  readonly how: string;
  readonly documents: number;
  readonly megabytes: number;
  /** Median child CPU ms over the runs (start-up included). */
  readonly cpuMs: number;
  readonly mbPerSecond: number;
  readonly docsPerSecond: number;
  readonly peakRssMb: number;
}

export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const RUNS = 3;

const asPrinted = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`);

async function measure(workload: string, how: string, docs: readonly string[], args: string[], stdin?: string): Promise<CliRow> {
  // Correct before timed: the tool prints what clean() with its defaults gives.
  const expected = docs.map((d) => asPrinted(cleanDefault(d).text)).join('');
  const first = await runChild([CLI, ...args], { stdin, keepStdout: true });
  check(first.exitCode === 0, `CLI on ${workload} exited ${first.exitCode}: ${first.stderr}`);
  check(first.stdout === expected, `CLI output on ${workload} differs from clean()`);
  const runs = [first];
  for (let i = 1; i < RUNS; i++) runs.push(await runChild([CLI, ...args], { stdin }));
  const cpuMs = median(runs.map((r) => r.cpuMs));
  const mb = megabytes(docs);
  return {
    workload, how, documents: docs.length, megabytes: round(mb, 3), cpuMs: round(cpuMs, 1),
    mbPerSecond: round(mb / (cpuMs / 1000), 2), docsPerSecond: round(docs.length / (cpuMs / 1000), 1),
    peakRssMb: round(Math.max(...runs.map((r) => r.maxRssMb)), 1),
  };
}

export async function runCli(): Promise<CliRow[]> {
  requireCorpus();
  const dir = join(CORPUS_DIR, 'dev/docs');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  const pages = files.map((f) => readFileSync(f, 'utf8'));
  const large = workloads().find((w) => w.name === 'large')!.docs;
  return [
    await measure('dev pages', `vnclean FILE… (${files.length} files, one process)`, pages, files),
    await measure('large', 'vnclean < large (stdin)', large, [], large[0]),
  ];
}

export function formatCli(rows: readonly CliRow[]): string {
  return rows.map((r) => `${r.workload.padEnd(9)} ${r.how.padEnd(44)} ${r.mbPerSecond.toFixed(1).padStart(7)} MB/s ${r.docsPerSecond.toFixed(0).padStart(6)} docs/s  peak RSS ${r.peakRssMb} MB`).join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatCli(await runCli()));
}
