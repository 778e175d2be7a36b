import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import type { CliRow } from './cli.js';
import type { ThroughputRow } from './clean.js';
import type { Hostile } from './hostile.js';
import type { MemoryRow } from './memory.js';
import type { Scaling } from './scaling.js';

/** One benchmark run: what was measured, on what, how. Written to bench/records/<date>-<machine>-node<v>.json. */
export interface BenchRecord {
  readonly date: string;
  readonly machine: { readonly id: string; readonly cpu: string; readonly cores: number; readonly memoryGb: number; readonly os: string };
  readonly node: string;
  readonly commit: string;
  readonly method: string;
  readonly throughput?: readonly ThroughputRow[];
  readonly cli?: readonly CliRow[];
  readonly scaling?: Scaling;
  readonly hostile?: Hostile;
  readonly memory?: readonly MemoryRow[];
  readonly targets?: readonly Target[];
}

export interface Target {
  readonly name: string;
  readonly goal: string;
  readonly measured: string;
  /** null when it could not be measured (not available in this build). */
  readonly holds: boolean | null;
}

export const METHOD = 'Process CPU time (user + system, all threads; process.cpuUsage). Throughput: interleaved rounds '
  + '(each round times every task once, in rotating order, so that a task and the NFC yardstick see the same load), '
  + 'median of at least 15 rounds after 2 warm-up rounds; other parts: tinybench with that clock, median of at least 5 '
  + 'runs after 2 warm-up runs. Child processes (CLI, memory) report their own CPU time and peak RSS via '
  + 'process.resourceUsage(). MB = 10^6 bytes of UTF-8 input. The machine may be shared: CPU time is far steadier '
  + 'than wall time there, but not immune to contention.';

const RECORDS = new URL('./records/', import.meta.url);

export function machine(): BenchRecord['machine'] {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown cpu';
  const cores = cpus().length;
  const slug = (cpu.split('@')[0] ?? cpu).toLowerCase().replace(/\(r\)|\(tm\)|cpu|processor/gu, '').trim().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
  return { id: `${slug}-${cores}c`, cpu, cores, memoryGb: Math.round(totalmem() / 2 ** 30), os: `${osType()} ${release()}` };
}

function commit(): string {
  try {
    const head = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
}

export function newRecord(parts: Omit<BenchRecord, 'date' | 'machine' | 'node' | 'commit' | 'method'>): BenchRecord {
  return { date: new Date().toISOString(), machine: machine(), node: process.version, commit: commit(), method: METHOD, ...parts };
}

/** Writes the record; returns its path. */
export function writeRecord(record: BenchRecord): string {
  mkdirSync(RECORDS, { recursive: true });
  const name = `${record.date.slice(0, 10)}-${record.machine.id}-node${record.node.replace(/^v/u, '')}.json`;
  const url = new URL(name, RECORDS);
  writeFileSync(url, `${JSON.stringify(record, null, 2)}\n`);
  return url.pathname;
}

/** The most recent record (by date inside it). */
export function latestRecord(): BenchRecord | undefined {
  const files = readdirSync(RECORDS).filter((f) => f.endsWith('.json'));
  const records = files.map((f) => JSON.parse(readFileSync(new URL(f, RECORDS), 'utf8')) as BenchRecord);
  return records.sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}
