import { Bench } from 'tinybench';

/**
 * Timing on a shared machine: wall-clock time swings with other people's load, CPU time of this process much
 * less. Every figure here is process CPU time (user + system, all threads: GC helpers included) from
 * `process.cpuUsage()`, fed to tinybench as its clock; each task reports the median over its runs.
 */
export function cpuNowMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export interface Timing {
  readonly name: string;
  /** Median CPU milliseconds per run. */
  readonly medianMs: number;
  /** Median absolute deviation of the runs, ms. */
  readonly madMs: number;
  readonly runs: number;
}

export interface TimeOptions {
  /** CPU time budget per task, ms (tinybench keeps going until both this and `iterations` are met). */
  readonly timeMs?: number;
  readonly iterations?: number;
  readonly warmupIterations?: number;
}

/** Times each task (sequentially, in one tinybench run) and returns its median CPU time per call. */
export async function timeTasks(tasks: Record<string, () => unknown>, options: TimeOptions = {}): Promise<Timing[]> {
  const bench = new Bench({
    now: cpuNowMs,
    time: options.timeMs ?? 2000,
    iterations: options.iterations ?? 5,
    warmupIterations: options.warmupIterations ?? 2,
    warmupTime: 0,
    throws: true,
  });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  return bench.tasks.map((task) => {
    const r = task.result;
    if (r.state !== 'completed') throw new Error(`benchmark ${task.name} did not complete (${r.state})`);
    return { name: task.name, medianMs: r.latency.p50, madMs: r.latency.mad, runs: r.latency.samplesCount };
  });
}

/** Runs `fn` once and returns its CPU time in ms: for single long runs (large documents, child processes). */
export function cpuTimeOnce(fn: () => void): number {
  const t0 = cpuNowMs();
  fn();
  return cpuNowMs() - t0;
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Throws with a message when a benchmark's output is wrong: figures of a broken function mean nothing. */
export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`benchmark correctness check failed: ${message}`);
}

/**
 * Times tasks in interleaved rounds — every round runs each task once, in a rotating order — so that a ratio of
 * two tasks compares them under the same load: on a shared machine, timing one task for two seconds and then the
 * next lets the load of those seconds decide the ratio. Runs at least `rounds` rounds after 2 warm-up rounds,
 * and keeps going until `timeMs` of CPU time has been spent; reports the median per task.
 */
export function timeInterleaved(tasks: Record<string, () => unknown>, options: { rounds?: number; timeMs?: number } = {}): Timing[] {
  const names = Object.keys(tasks);
  const samples = new Map(names.map((n) => [n, [] as number[]]));
  const started = cpuNowMs();
  for (let round = 0; ; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]!;
      const ms = cpuTimeOnce(tasks[name]!);
      if (round >= 2) samples.get(name)!.push(ms);
    }
    if (round >= 2 + (options.rounds ?? 15) && cpuNowMs() - started >= (options.timeMs ?? 0)) break;
  }
  return names.map((name) => {
    const xs = samples.get(name)!;
    const m = median(xs);
    return { name, medianMs: m, madMs: median(xs.map((x) => Math.abs(x - m))), runs: xs.length };
  });
}
