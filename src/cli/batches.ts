/** A run of whole input lines, the unit of work sent to a worker (per-document messages cost more than cleaning). */
export interface LineBatch {
  /** Number of the batch's first line in its input, from 1. */
  readonly firstLine: number;
  /** The lines' bytes, each line ending with `\n` except perhaps the input's last. */
  readonly bytes: Uint8Array;
  /** Input file name for error records; absent for stdin. */
  readonly file?: string;
}

/** Limits of one batch: whichever comes first. A single line longer than `maxBytes` is one batch. */
export interface BatchLimits {
  readonly maxLines: number;
  readonly maxBytes: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxLines: 64, maxBytes: 1 << 20 };

const NEWLINE = 0x0a;

/**
 * Cuts a byte stream into batches of whole lines, splitting on `\n` bytes (never inside a UTF-8 sequence:
 * 0x0A is never part of one). Holds at most one batch plus one read chunk, however long the input.
 *
 * @example
 * for await (const batch of batchLines(createReadStream('in.jsonl'), DEFAULT_BATCH_LIMITS)) send(batch);
 */
export async function* batchLines(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  limits: BatchLimits,
  file?: string,
): AsyncGenerator<LineBatch, void, undefined> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let pendingLines = 0;
  let nextLine = 1;
  const emit = (): LineBatch => {
    const batch: LineBatch = { firstLine: nextLine, bytes: Buffer.concat(pending, pendingBytes), ...(file === undefined ? {} : { file }) };
    nextLine += pendingLines;
    pending = [];
    pendingBytes = 0;
    pendingLines = 0;
    return batch;
  };
  for await (const chunk of chunks) {
    let start = 0;
    let newline = chunk.indexOf(NEWLINE);
    while (newline !== -1) {
      pendingLines++;
      if (pendingLines >= limits.maxLines || pendingBytes + newline + 1 - start >= limits.maxBytes) {
        pending.push(chunk.subarray(start, newline + 1));
        pendingBytes += newline + 1 - start;
        start = newline + 1;
        yield emit();
      }
      newline = chunk.indexOf(NEWLINE, newline + 1);
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
    }
  }
  if (pendingBytes > 0) yield emit();
}
