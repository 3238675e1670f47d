// `npm test`: every check of the project, independent steps side by side (scripts/lib/test-steps.ts).
// Each step's output is printed in one piece when it ends, then a summary with the time per step.
import { cpus } from 'node:os';
import { runSteps, TEST_STEPS, type StepResult } from './lib/test-steps.ts';

const start = performance.now();
const line = (result: StepResult) =>
  `${result.name.padEnd(14)} ${result.status === 'skipped' ? '     -' : `${result.s.toFixed(1).padStart(6)} s`}  ${result.status}`;

console.log(`npm test: ${TEST_STEPS.map((step) => step.name).join(', ')} (side by side where they can, ${cpus().length} cores)`);
const results = await runSteps(TEST_STEPS, (result) => {
  if (result.status === 'skipped') return;
  console.log(`\n── ${line(result)} ${'─'.repeat(20)}\n${result.output.trimEnd()}`);
});
const wall = (performance.now() - start) / 1000;
console.log(`\n── summary ${'─'.repeat(40)}`);
for (const result of results) console.log(line(result));
console.log(`${'total'.padEnd(14)} ${wall.toFixed(1).padStart(6)} s  (wall time)`);
const failed = results.filter((result) => result.status !== 'passed').map((result) => result.name);
if (failed.length > 0) {
  console.log(`\nFailed or skipped: ${failed.join(', ')}. The output of each failed step is above.`);
  process.exitCode = 1;
}
