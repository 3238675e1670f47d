// `npm run bench:test`: runs the steps of `npm test` one by one and prints how long each takes, so the
// time per test project is known (goal: the whole under 5 minutes on 2 cores). Writes bench/test-time.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const STEPS = ['lint', 'check', 'test:unit', 'build', 'test:build', 'test:browser'];
const steps: { name: string; s: number; ok: boolean }[] = [];
for (const name of STEPS) {
  const start = performance.now();
  const result = spawnSync('npm', ['run', name], { stdio: ['ignore', 'ignore', 'inherit'] });
  const s = Math.round((performance.now() - start) / 100) / 10;
  steps.push({ name, s, ok: result.status === 0 });
  console.log(`${name.padEnd(14)} ${String(s).padStart(6)} s${result.status === 0 ? '' : '  FAILED'}`);
}
const totalS = Math.round(steps.reduce((total, step) => total + step.s, 0) * 10) / 10;
console.log(`${'total'.padEnd(14)} ${String(totalS).padStart(6)} s (${cpus().length} cores)`);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/test-time.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), cores: cpus().length, steps, totalS }, null, 2)}\n`,
);
