import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // The browser tests run after the others, not beside them: a headless Chromium would take
    // the CPU from the tests that compare timings, and they from it.
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/browser/**'], sequence: { groupOrder: 0 } },
      },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
