import { defineConfig } from 'vitest/config';

// The slow suite (`npm run test:scale`): scale-out under Dask and GNU parallel, and the 100 MB line. It runs
// the built CLI and needs python3-distributed and parallel from apt (.ci/run installs them).
export default defineConfig({
  test: {
    include: ['tests/scale/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
