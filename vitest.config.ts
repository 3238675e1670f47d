import { defineConfig } from 'vitest/config';

// Three kinds of tests, run in this order by `npm test`:
// unit (pure TypeScript, no build), build (reads dist/), browser (Chromium against dist/).
export default defineConfig({
  test: {
    projects: [
      // Unit tests are pure and share no state: one module graph for all files (isolate: false) takes
      // 7 s instead of 21 s on 2 cores, most of which was importing the same modules per file.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      // Some build tests build a copy of the site in their beforeAll: that takes a while.
      // isolate: false as for unit tests (43 s instead of 49 s alone); each file builds its own copy.
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000, isolate: false } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // Files share imported modules (playwright-core, helpers); each file still starts its own browser and server.
          isolate: false,
        },
      },
    ],
  },
});
