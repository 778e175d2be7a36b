/**
 * `vnclean/stream`: stream adapters for many documents. The Node `Transform` and the WHATWG
 * `TransformStream`; for a bundle without `node:` imports, use `vnclean/stream/web`.
 *
 * @example
 * import { createCleanStream, createCleanTransformStream } from 'vnclean/stream';
 *
 * @packageDocumentation
 */
export * from './web-entry.js';
export { createCleanStream } from './node.js';
