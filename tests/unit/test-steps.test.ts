import { describe, expect, it } from 'vitest';
import { runSteps, TEST_STEPS, type Step, type StepResult } from '../../scripts/lib/test-steps.ts';

/** A fake runner: each step takes `ms` and fails when listed; records when steps start and end. */
function fakeRunner(failing: string[] = []) {
  const events: string[] = [];
  const run = async (name: string): Promise<StepResult> => {
    events.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    events.push(`end ${name}`);
    return { name, status: failing.includes(name) ? 'failed' : 'passed', s: 0.005, output: `${name} output` };
  };
  return { events, run };
}

const STEPS: Step[] = [
  { name: 'a', after: [] },
  { name: 'b', after: [] },
  { name: 'c', after: ['a'] },
  { name: 'd', after: ['b', 'c'] },
];

describe('npm test steps', () => {
  it('start independent steps together and a step only once the steps it needs have passed', async () => {
    const { events, run } = fakeRunner();
    const results = await runSteps(STEPS, () => undefined, run);
    expect(results.map((result) => `${result.name} ${result.status}`)).toEqual(['a passed', 'b passed', 'c passed', 'd passed']);
    expect(events.slice(0, 2)).toEqual(['start a', 'start b']);
    expect(events.indexOf('start c')).toBeGreaterThan(events.indexOf('end a'));
    expect(events.indexOf('start d')).toBeGreaterThan(Math.max(events.indexOf('end b'), events.indexOf('end c')));
  });

  it('skip what needs a failed step, run the rest, and report each step as it ends', async () => {
    const { events, run } = fakeRunner(['a']);
    const reported: string[] = [];
    const results = await runSteps(STEPS, (result) => reported.push(`${result.name} ${result.status}`), run);
    expect(results.map((result) => result.status)).toEqual(['failed', 'passed', 'skipped', 'skipped']);
    expect(events).not.toContain('start c');
    expect(reported.sort()).toEqual(['a failed', 'b passed', 'c skipped', 'd skipped']);
    expect(results[0]?.output).toBe('a output');
  });

  it('are the npm scripts of package.json, each needing only steps that exist, with the browser tests last', async () => {
    const { scripts } = (await import('../../package.json', { with: { type: 'json' } })).default as { scripts: Record<string, string> };
    const names = TEST_STEPS.map((step) => step.name);
    for (const step of TEST_STEPS) {
      expect(scripts[step.name], step.name).toBeDefined();
      for (const needed of step.after) expect(names).toContain(needed);
    }
    // Every step a step waits for, directly or through another.
    const needs = (name: string): string[] =>
      (TEST_STEPS.find((step) => step.name === name)?.after ?? []).flatMap((needed) => [needed, ...needs(needed)]);
    expect(new Set(needs('test:browser'))).toEqual(new Set(names.filter((name) => name !== 'test:browser')));
    expect(TEST_STEPS.find((step) => step.name === 'check')?.after).toContain('build');
  });
});
