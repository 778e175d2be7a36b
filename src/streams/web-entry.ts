/**
 * `vnclean/stream/web`: the WHATWG `TransformStream` adapter alone, with no `node:` imports, for browsers,
 * Deno, Bun and edge runtimes.
 *
 * @example
 * import { createCleanTransformStream } from 'vnclean/stream/web';
 *
 * @packageDocumentation
 */
export { createCleanTransformStream } from './web.js';
export {
  cleanMany,
  type CleanInput,
  type CleanItem,
  type CleanManyOptions,
  type CleanRecord,
  type CleanedItem,
  type FailedItem,
  type ItemError,
} from '../stream.js';
