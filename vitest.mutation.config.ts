import { defineConfig } from 'vitest/config';

// The test run Stryker uses for `npm run bench:mutatie` (scripts/bench-mutation.ts): the unit tests only,
// as vitest.config.ts's project "unit" runs them. Build and browser tests read dist/ or start Chromium:
// far too slow to run once per mutant. Left out: tests of the source text itself, which see Stryker's
// instrumented copy instead of the code as written (their checks are not about behaviour): which names of
// the code's kinds it uses, and that it names no region, body or municipality.
export default defineConfig({
  // testTimeout: with coverage per test on a busy machine, a test that copies the content takes longer than 5 s.
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/kinds-in-code.test.ts', 'tests/unit/no-region-in-code.test.ts'],
    isolate: false,
    testTimeout: 30_000,
  },
});
