import { defineConfig } from 'vitest/config';

/**
 * Browser test files that run alone: the astro dev test saves files and waits for the dev server to
 * follow; next to another browser file it missed its 30 s once in three runs.
 */
const BROWSER_ALONE = ['tests/browser/content-input.test.ts'];

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
          exclude: BROWSER_ALONE,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time, each with its own Chromium and server: many tests wait on the page rather
          // than compute, so two overlap well on 2 cores (measured 174-204 s against 214-228 s one at a time).
          fileParallelism: true,
          maxWorkers: 2,
          // Files share imported modules (playwright-core, helpers); each file still starts its own browser and server.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        // After the others, on its own: astro dev reacting to saved files within its timeouts.
        test: {
          name: 'browser-alone',
          include: BROWSER_ALONE,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
