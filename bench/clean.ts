/**
 * Throughput on real text: clean() without and with normalisation, normalizeVietnamese() alone, and the
 * platform's own yardstick, `String.prototype.normalize('NFC')` over the same strings, measured in the same run
 * so the ratio holds whatever the machine. Run alone: `npm run build && tsx bench/clean.ts`.
 */
import { pathToFileURL } from 'node:url';
import { checkCleaner } from './checks.js';
import { megabytes, requireCorpus, workloads, type Workload } from './corpus.js';
import { check, timeInterleaved } from './harness.js';
import { cleanBoilerplate, cleanNormalizing, normalizeVietnamese } from './library.js';
import { onePass } from './one-pass.js';

export interface ThroughputRow {
  readonly workload: string;
  readonly task: string;
  readonly documents: number;
  readonly megabytes: number;
  /** Median CPU ms for one pass over the workload; null when the task is not available in this build. */
  readonly medianMs: number | null;
  readonly mbPerSecond: number | null;
  readonly docsPerSecond: number | null;
  /** MB/s divided by the NFC yardstick's MB/s on the same workload in the same run. */
  readonly ratioToNfc: number | null;
}

export const NFC_TASK = "String.prototype.normalize('NFC')";
export const FLOOR_TASK = 'one JS pass: lookup + word hash (floor)';
export const TASKS = ['clean() without normalisation', 'clean() with normalisation', 'normalizeVietnamese()', FLOOR_TASK, NFC_TASK] as const;

function tasksFor(w: Workload): Record<string, (() => unknown) | undefined> {
  const { docs } = w;
  const normalizing = cleanNormalizing;
  const normalizer = normalizeVietnamese;
  return {
    [TASKS[0]]: () => { for (const d of docs) cleanBoilerplate(d); },
    [TASKS[1]]: normalizing && (() => { for (const d of docs) normalizing(d); }),
    [TASKS[2]]: normalizer && (() => { for (const d of docs) normalizer(d); }),
    [TASKS[3]]: () => { let sink = 0; for (const d of docs) sink += onePass(d); return sink; },
    [TASKS[4]]: () => { for (const d of docs) d.normalize('NFC'); },
  };
}

function checkWorkload(w: Workload): void {
  checkCleaner(cleanBoilerplate, w.docs, `clean() on ${w.name}`);
  if (cleanNormalizing) checkCleaner(cleanNormalizing, w.docs, `clean({ normalize: true }) on ${w.name}`, true);
  if (normalizeVietnamese) {
    for (const d of w.docs) {
      const out = normalizeVietnamese(d).text;
      check(normalizeVietnamese(out).text === out, `normalizeVietnamese() on ${w.name} is not idempotent`);
    }
  }
  for (const d of w.docs) check(d.normalize('NFC').normalize('NFC') === d.normalize('NFC'), 'NFC is not stable');
}

export async function runThroughput(options: { rounds?: number; timeMs?: number } = {}, only?: readonly Workload[]): Promise<ThroughputRow[]> {
  requireCorpus();
  const rows: ThroughputRow[] = [];
  for (const w of only ?? workloads()) {
    checkWorkload(w);
    const tasks = tasksFor(w);
    const available = Object.fromEntries(Object.entries(tasks).filter((e): e is [string, () => unknown] => e[1] !== undefined));
    // Interleaved rounds: the NFC yardstick and each task see the same machine load.
    const timings = new Map(timeInterleaved(available, { rounds: 15, timeMs: 8000, ...options }).map((t) => [t.name, t.medianMs]));
    const mb = megabytes(w.docs);
    const nfcMbps = mb / (timings.get(NFC_TASK)! / 1000);
    for (const task of TASKS) {
      const ms = timings.get(task) ?? null;
      const mbps = ms === null ? null : mb / (ms / 1000);
      rows.push({
        workload: w.name, task, documents: w.docs.length, megabytes: round(mb, 3), medianMs: ms === null ? null : round(ms, 3),
        mbPerSecond: mbps === null ? null : round(mbps, 2),
        docsPerSecond: ms === null ? null : round(w.docs.length / (ms / 1000), 1),
        ratioToNfc: mbps === null ? null : round(mbps / nfcMbps, 4),
      });
    }
  }
  return rows;
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function formatThroughput(rows: readonly ThroughputRow[]): string {
  return rows.map((r) => `${r.workload.padEnd(9)} ${r.task.padEnd(36)} ${r.mbPerSecond === null ? 'not available'.padStart(10)
    : `${r.mbPerSecond.toFixed(1).padStart(7)} MB/s ${r.docsPerSecond!.toFixed(0).padStart(7)} docs/s  ${r.ratioToNfc!.toFixed(3)}× NFC`}`).join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatThroughput(await runThroughput()));
}
