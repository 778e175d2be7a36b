/**
 * `vnclean/stream`: stream adapters for many documents. The Node `Transform` and the WHATWG
 * `TransformStream`; for a bundle without `node:` imports, use `vnclean/stream/web`.
 *
 * @example
 * import { createCleanStream, createCleanTransformStream } from 'vnclean/stream';
 *
 * @packageDocumentation
 */
export { createCleanStream } from './node.js';
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
