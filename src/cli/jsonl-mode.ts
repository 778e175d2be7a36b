import { batchLines, DEFAULT_BATCH_LIMITS } from './batches.js';
import type { RunContext } from './context.js';
import { createBatchCleaner, type BatchResult, type JsonlSettings } from './jsonl-batch.js';
import { WorkerPool } from './pool.js';

interface InFlight {
  readonly result: Promise<BatchResult>;
  readonly file: string | undefined;
}

/** Byte length of the first `records` lines of a batch's output. */
function prefixOfRecords(output: Uint8Array, records: number): Uint8Array {
  let end = 0;
  for (let i = 0; i < records; i++) end = output.indexOf(0x0a, end) + 1;
  return output.subarray(0, end);
}

/**
 * `--jsonl`: reads lines in batches, cleans them in-process or on a worker pool, and writes one record per
 * input line in input order. At most two batches per thread are in flight, so memory stays bounded.
 * Returns the exit code.
 */
export async function runJsonl(ctx: RunContext): Promise<number> {
  const { settings, output, report, progress } = ctx;
  const jsonl: JsonlSettings = { options: ctx.options, report: settings.report };
  const pool = settings.threads > 1 ? new WorkerPool(settings.threads, jsonl) : undefined;
  const cleanBatch = pool === undefined ? createBatchCleaner(jsonl) : undefined;
  const maxInFlight = pool === undefined ? 1 : settings.threads * 2;
  const queue: InFlight[] = [];

  /** Writes the oldest batch; returns an exit code when the run must stop. */
  const settleOldest = async (): Promise<number | undefined> => {
    const head = queue.shift();
    if (head === undefined) return undefined;
    const result = await head.result;
    const stopAt = settings.strict ? result.issues[0] : undefined;
    if (stopAt !== undefined) {
      await output.write(prefixOfRecords(result.output, stopAt.outputIndex));
      report.addIssue(stopAt, head.file);
      ctx.io.stderr.write(`vnclean: stopped at the first bad input line (--strict)\n`);
      return 1;
    }
    for (const issue of result.issues) report.addIssue(issue, head.file);
    report.addStats(result.stats);
    report.counts.lines += result.lines;
    report.counts.bytes += result.inputBytes;
    await output.write(result.output);
    progress.update({ documents: report.counts.lines, bytes: report.counts.bytes });
    return output.open ? undefined : 0;
  };

  let exitCode: number | undefined;
  try {
    reading: for (const source of ctx.sources) {
      const file = source.name === '-' ? undefined : source.name;
      for await (const batch of batchLines(source.chunks(), DEFAULT_BATCH_LIMITS, file)) {
        queue.push({ result: pool?.run(batch) ?? Promise.resolve(cleanBatch!(batch)), file });
        while (queue.length >= maxInFlight && exitCode === undefined) exitCode = await settleOldest();
        if (exitCode !== undefined) break reading;
      }
    }
    while (queue.length > 0 && exitCode === undefined) exitCode = await settleOldest();
  } finally {
    // Batches abandoned by an early stop are rejected when the pool closes; nobody waits for them.
    for (const abandoned of queue) abandoned.result.catch(() => undefined);
    await pool?.close();
  }
  progress.finish({ documents: report.counts.lines, bytes: report.counts.bytes });
  return exitCode ?? 0;
}
