import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The slow suite has its own config (vitest.scale.config.ts, `npm run test:scale`).
    exclude: [...configDefaults.exclude, 'tests/scale/**'],
    testTimeout: 60_000,
  },
});
