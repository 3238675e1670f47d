import { describe, expect, it } from 'vitest';
import { readReport, scoreOf, summarise, survivors, type Mutant } from '../../scripts/lib/mutation-report.ts';

const mutant = (status: string, line: number, mutatorName = 'ConditionalExpression', replacement?: string): Mutant => ({
  status,
  mutatorName,
  replacement,
  location: { start: { line, column: 3 } },
});

describe('the mutation report of `npm run bench:mutatie`', () => {
  it('counts what tests noticed against what they did not; mutants that do not compile do not count', () => {
    const mutants = [
      mutant('Killed', 1),
      mutant('Killed', 2),
      mutant('Timeout', 3),
      mutant('Survived', 4),
      mutant('NoCoverage', 5),
      mutant('CompileError', 6),
      mutant('Ignored', 7),
    ];
    expect(scoreOf(mutants)).toEqual({ detected: 3, undetected: 2, percent: 60 });
    expect(scoreOf([mutant('Killed', 1), mutant('Killed', 2), mutant('Survived', 3)]).percent).toBe(66.7);
    expect(scoreOf([mutant('CompileError', 1)])).toEqual({ detected: 0, undetected: 0, percent: 0 });
  });

  it('lists every survivor by file and place, and sums up per folder and in total', () => {
    const report = readReport(
      JSON.stringify({
        files: {
          'src/lib/b.ts': { mutants: [mutant('Survived', 9, 'EqualityOperator', 'a  >=\n b'), mutant('Killed', 1)] },
          'src/lib/a.ts': { mutants: [mutant('NoCoverage', 4), mutant('Survived', 2, 'BlockStatement', '{}')] },
        },
      }),
    );
    expect(survivors(report)).toEqual([
      'src/lib/a.ts:2:3  BlockStatement → {} (Survived)',
      'src/lib/a.ts:4:3  ConditionalExpression (NoCoverage)',
      'src/lib/b.ts:9:3  EqualityOperator → a >= b (Survived)',
    ]);
    const other = { files: { 'src/validation/c.ts': { mutants: [mutant('Killed', 1)] } } };
    expect(
      summarise([
        { name: 'lib', report, seconds: 60 },
        { name: 'validation', report: other, seconds: 30 },
      ]).split('\n'),
    ).toEqual([
      'Mutation score per folder (detected / (detected + survived); mutants that do not compile do not count)',
      'lib            25.0 %      1 detected     3 survived  60 s',
      'validation    100.0 %      1 detected     0 survived  30 s',
      'total          40.0 %      2 detected     3 survived  90 s',
      '',
      'Surviving mutants: 3',
      'src/lib/a.ts:2:3  BlockStatement → {} (Survived)',
      'src/lib/a.ts:4:3  ConditionalExpression (NoCoverage)',
      'src/lib/b.ts:9:3  EqualityOperator → a >= b (Survived)',
    ]);
  });

  it('refuses a file that is not a mutation report', () => {
    expect(() => readReport('{"schemaVersion": "2"}')).toThrow('Not a mutation report');
  });
});
