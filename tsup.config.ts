import { defineConfig } from 'tsup';

// Library entry points (the package, `vnclean/vitest`, `vnclean/stream`, `vnclean/stream/web`) build to ESM + CJS
// with declarations; the CLI is ESM only (it is a bin, not imported).
export default defineConfig([
  {
    // One build for all library entries, with code splitting for CJS too (tsup's `splitting` flag; ESM splits by
    // default), so that require('vnclean') and require('vnclean/stream') share one copy of the core: one
    // VncleanError class, one set of compiled tables.
    // `vnclean/stream` imports node:stream, which the neutral platform leaves as an external import.
    entry: {
      index: 'src/index.ts',
      vitest: 'src/vitest.ts',
      stream: 'src/streams/index.ts',
      'stream-web': 'src/streams/web-entry.ts',
    },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    removeNodeProtocol: false, // keep `node:stream` as written (Deno needs the prefix)
    external: [/^node:/],
  },
  // The CLI and its worker-thread entry (the pool starts dist/cli-worker.js beside dist/cli.js).
  {
    entry: { cli: 'src/cli.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
