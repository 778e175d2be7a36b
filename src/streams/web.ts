import { createItemCleaner, type CleanInput, type CleanItem, type CleanManyOptions } from '../stream.js';

/**
 * A WHATWG `TransformStream` (browsers, Deno, Bun, Node, workers): write texts or records, read one
 * `CleanItem` per input in input order. Imports nothing from `node:`. Options are validated now.
 *
 * @example
 * import { createCleanTransformStream } from 'vnclean/stream/web';
 * const items = recordStream.pipeThrough(createCleanTransformStream({ field: 'body' }));
 * for await (const item of items) if (item.ok) console.log(item.result.text);
 */
export function createCleanTransformStream(options?: CleanManyOptions): TransformStream<CleanInput, CleanItem> {
  const cleanOne = createItemCleaner(options);
  let index = 0;
  return new TransformStream<CleanInput, CleanItem>({
    transform(chunk, controller) {
      controller.enqueue(cleanOne(chunk, index++));
    },
  });
}
