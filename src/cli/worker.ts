/**
 * Worker-thread entry of the CLI's pool (built to dist/cli-worker.js): cleans batches of JSONL lines with the
 * same function as the single-threaded path and posts each result back with its sequence number.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createBatchCleaner, type JsonlSettings } from './jsonl-batch.js';
import type { BatchRequest, BatchReply } from './pool.js';

const port = parentPort;
if (port === null) throw new Error('cli-worker.js runs only as a worker thread');
const cleanBatch = createBatchCleaner(workerData as JsonlSettings);
port.on('message', (request: BatchRequest) => {
  let reply: BatchReply;
  try {
    reply = { seq: request.seq, result: cleanBatch(request.batch) };
  } catch (error) {
    reply = { seq: request.seq, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
