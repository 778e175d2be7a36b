import { Worker } from 'node:worker_threads';
import type { LineBatch } from './batches.js';
import type { BatchResult, JsonlSettings } from './jsonl-batch.js';

/** A batch sent to a worker. */
export interface BatchRequest {
  readonly seq: number;
  readonly batch: LineBatch;
}

/** A worker's answer: the result, or the failure of the batch as a whole (a bug: lines never throw). */
export type BatchReply = { readonly seq: number; readonly result: BatchResult } | { readonly seq: number; readonly failure: string };

interface Pending {
  readonly resolve: (result: BatchResult) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
}

/**
 * A fixed pool of worker threads cleaning JSONL batches. `run` returns a promise per batch; the caller keeps
 * the promises in input order, which is how output order is preserved, and bounds how many are in flight.
 * Each batch goes to the worker with the fewest batches waiting.
 */
export class WorkerPool {
  readonly #slots: Slot[];
  #seq = 0;

  constructor(size: number, settings: JsonlSettings, entry: URL = new URL('./cli-worker.js', import.meta.url)) {
    this.#slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(entry, { workerData: settings }), pending: new Map() };
      slot.worker.on('message', (reply: BatchReply) => {
        const waiting = slot.pending.get(reply.seq);
        slot.pending.delete(reply.seq);
        if ('result' in reply) waiting?.resolve(reply.result);
        else waiting?.reject(new Error(`worker failed on a batch: ${reply.failure}`));
      });
      const failAll = (error: Error): void => {
        for (const waiting of slot.pending.values()) waiting.reject(error);
        slot.pending.clear();
      };
      slot.worker.on('error', failAll);
      slot.worker.on('exit', (code) => failAll(new Error(`worker thread exited (code ${code})`)));
      return slot;
    });
  }

  /** Cleans one batch on the least busy worker. */
  run(batch: LineBatch): Promise<BatchResult> {
    const slot = this.#slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const seq = this.#seq++;
    return new Promise<BatchResult>((resolve, reject) => {
      slot.pending.set(seq, { resolve, reject });
      slot.worker.postMessage({ seq, batch } satisfies BatchRequest);
    });
  }

  /** Stops the workers; batches still waiting are rejected. */
  async close(): Promise<void> {
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }
}
