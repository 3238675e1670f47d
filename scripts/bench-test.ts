// `npm run bench:test`: runs `npm test`'s steps as `npm test` does (scripts/lib/test-steps.ts) and
// records how long each takes and the whole (goal: under 5 minutes on 2 cores). Writes bench/test-time.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { runSteps, TEST_STEPS } from './lib/test-steps.ts';

const start = performance.now();
const results = await runSteps(TEST_STEPS, (result) =>
  console.log(
    `${result.name.padEnd(14)} ${String(result.s).padStart(6)} s${result.status === 'passed' ? '' : `  ${result.status.toUpperCase()}`}`,
  ),
);
const totalS = Math.round((performance.now() - start) / 100) / 10;
console.log(`${'total'.padEnd(14)} ${String(totalS).padStart(6)} s wall time, steps side by side where they can (${cpus().length} cores)`);
const steps = results.map(({ name, s, status }) => ({ name, s, ok: status === 'passed' }));
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/test-time.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), cores: cpus().length, steps, totalS }, null, 2)}\n`,
);
