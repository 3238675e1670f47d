import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MUTATION_FOLDERS, readReport, scoreOf, summarise, survivors, type Mutant } from '../../scripts/lib/mutation-report.ts';

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
      'Mutation score per folder (detected / (detected + survived); mutants that do not compile do not count;',
      'a mutant tested by several runs counts once, as the newest run found it)',
      'lib            25.0 %      1 detected     3 survived',
      'validation    100.0 %      1 detected     0 survived',
      'total          40.0 %      2 detected     3 survived',
      '',
      'Time per run',
      'lib                    60 s',
      'validation             30 s',
      '',
      'Surviving mutants: 3',
      'src/lib/a.ts:2:3  BlockStatement → {} (Survived)',
      'src/lib/a.ts:4:3  ConditionalExpression (NoCoverage)',
      'src/lib/b.ts:9:3  EqualityOperator → a >= b (Survived)',
    ]);
  });

  it('counts a mutant that a later run of single files tested again once, as that run found it', () => {
    const folderRun = {
      files: {
        'src/lib/a.ts': { mutants: [mutant('Survived', 2), mutant('Survived', 4), mutant('Killed', 6)] },
        'src/lib/b.ts': { mutants: [mutant('Survived', 1)] },
      },
    };
    // After new tests, only line 2 of a.ts was run again (a range), and b.ts whole.
    const fileRun = {
      files: {
        'src/lib/a.ts': { mutants: [mutant('Killed', 2)] },
        'src/lib/b.ts': { mutants: [mutant('Killed', 1), mutant('Killed', 1, 'ConditionalExpression', 'false')] },
      },
    };
    const summary = summarise([
      { name: 'lib', report: folderRun, seconds: 600 },
      { name: 'lib-bestanden', report: fileRun },
    ]).split('\n');
    // 6 different mutants: 4 detected (a:2, a:6, b:1 twice), 1 still surviving (a:4).
    expect(summary.slice(2, 4)).toEqual([
      'lib            80.0 %      4 detected     1 survived',
      'total          80.0 %      4 detected     1 survived',
    ]);
    expect(summary.slice(5, 8)).toEqual(['Time per run', 'lib                    600 s', 'lib-bestanden          unknown']);
    expect(summary.slice(9)).toEqual(['Surviving mutants: 1', 'src/lib/a.ts:4:3  ConditionalExpression (Survived)']);
  });

  it('has every mutated file in the TypeScript project of the checker (else Stryker stops with "no watcher")', () => {
    const { include } = JSON.parse(readFileSync('tsconfig.mutation.json', 'utf8')) as { include: string[] };
    expect(include).toEqual(['src/lib/**/*.ts', 'src/validation/**/*.ts', 'src/integrations/csp.ts', 'src/schemas/common.ts']);
    expect(Object.values(MUTATION_FOLDERS).flat()).toEqual(include);
  });

  it('refuses a file that is not a mutation report', () => {
    expect(() => readReport('{"schemaVersion": "2"}')).toThrow('Not a mutation report');
  });
});
