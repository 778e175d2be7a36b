import { Transform } from 'node:stream';
import { createItemCleaner, type CleanManyOptions } from '../stream.js';

/**
 * A Node object-mode `Transform` (a `Duplex`) for `stream.pipeline`: write texts or records, read one
 * `CleanItem` per input in input order (a `FailedItem` in the place of an input that cannot be cleaned).
 * Options are validated now. Backpressure is the stream's own: one document is cleaned per write.
 *
 * @example
 * import { pipeline } from 'node:stream/promises';
 * import { createCleanStream } from 'vnclean/stream';
 * await pipeline(records, createCleanStream({ field: 'body' }), async function* (items) {
 *   for await (const item of items) yield `${JSON.stringify(item.ok ? item.result.text : item.error)}\n`;
 * }, process.stdout);
 */
export function createCleanStream(options?: CleanManyOptions): Transform {
  const cleanOne = createItemCleaner(options);
  let index = 0;
  return new Transform({
    objectMode: true,
    transform(chunk: unknown, _encoding, callback) {
      callback(null, cleanOne(chunk, index++));
    },
  });
}
