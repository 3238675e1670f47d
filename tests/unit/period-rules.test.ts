import { describe, expect, it } from 'vitest';
import type { ContentSet } from '../../src/validation/content-set.ts';
import { isSyntaxError, parseYaml } from '../../src/validation/parse-yaml.ts';
import { checkPeriodRules } from '../../src/validation/period-rules.ts';

/** A loaded file made from a YAML text, with its real positions. */
const entry = (file: string, source: string, extra: Record<string, unknown> = {}) => {
  const parsed = parseYaml(source);
  if (isSyntaxError(parsed)) throw new Error(parsed.message);
  return { file, name: file, parsed, data: parsed.data, ...extra };
};
const set = (parts: Partial<Record<'figures' | 'coalitions' | 'years', unknown[]>>) =>
  ({ figures: [], coalitions: [], years: [], ...parts }) as unknown as ContentSet;
const where = (content: ContentSet) =>
  checkPeriodRules(content).map(({ file, line, column, field, rule }) => ({ file, line, column, field, rule }));

describe('checkPeriodRules', () => {
  it('checks the period of every figure inside a block, not only the block', () => {
    const figures = entry('cijfers/a.yaml', 'blokken:\n  - titel: x\n    cijfers:\n      - waarde: 1\n        periode: "2020"\n');
    expect(where(set({ figures: [figures] }))).toEqual([
      { file: 'cijfers/a.yaml', line: 5, column: 18, field: 'blokken[0].cijfers[0].periode', rule: 'periode' },
    ]);
  });

  it('checks the period of the participants under deelnemers', () => {
    const coalition = entry('2020/coalities/a.md', 'deelnemers:\n  periode: "2020"\n  bron:\n    document: d\n', { folderYear: 2020 });
    expect(where(set({ coalitions: [coalition] }))).toEqual([
      { file: '2020/coalities/a.md', line: 2, column: 12, field: 'deelnemers.periode', rule: 'periode' },
    ]);
  });
});
