// The steps of `npm test` and the order they may run in: independent steps run side by side, each
// step starts as soon as the steps it needs have passed. Used by scripts/test.ts and scripts/bench-test.ts.
import { spawn } from 'node:child_process';

/** One step: an npm script, and the steps that must have passed before it starts. */
export interface Step {
  name: string;
  after: string[];
}

/**
 * `astro check` and `astro build` both write .astro/, so check waits for the build. The build tests
 * read dist/. The browser tests run alone at the end: they measure what a reader sees (delays, idle
 * moments), which a busy machine would disturb.
 */
export const TEST_STEPS: Step[] = [
  { name: 'lint', after: [] },
  { name: 'test:unit', after: [] },
  { name: 'build', after: [] },
  { name: 'check', after: ['build'] },
  { name: 'test:build', after: ['build'] },
  { name: 'test:browser', after: ['lint', 'test:unit', 'check', 'test:build'] },
];

export interface StepResult {
  name: string;
  /** passed, failed, or skipped because a step it needs failed. */
  status: 'passed' | 'failed' | 'skipped';
  /** Seconds from its start to its end (0 when skipped). */
  s: number;
  /** Everything it printed, stdout and stderr in the order they came. */
  output: string;
}

/**
 * Runs each step as soon as it may start (by default `npm run <step>`); calls `done` as each one ends.
 * A step whose needed step failed or was skipped is skipped; the others still run.
 */
export async function runSteps(
  steps: Step[],
  done: (result: StepResult) => void,
  run: (name: string) => Promise<StepResult> = runScript,
): Promise<StepResult[]> {
  const results = new Map<string, StepResult>();
  const running = new Map<string, Promise<void>>();
  const finish = (result: StepResult) => {
    results.set(result.name, result);
    done(result);
  };
  for (;;) {
    for (const step of steps) {
      if (results.has(step.name) || running.has(step.name)) continue;
      const needed = step.after.map((name) => results.get(name));
      if (needed.some((result) => result && result.status !== 'passed')) {
        finish({ name: step.name, status: 'skipped', s: 0, output: '' });
        continue;
      }
      if (needed.every((result) => result?.status === 'passed')) {
        running.set(
          step.name,
          run(step.name).then((result) => {
            running.delete(step.name);
            finish(result);
          }),
        );
      }
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  return steps.map((step) => results.get(step.name) as StepResult);
}

function runScript(name: string): Promise<StepResult> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      const s = Math.round((performance.now() - start) / 100) / 10;
      resolve({ name, status: code === 0 ? 'passed' : 'failed', s, output });
    });
  });
}
