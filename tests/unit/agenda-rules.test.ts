import { describe, expect, it } from 'vitest';
import { checkAgendaRules } from '../../src/validation/agenda-rules.ts';
import type { ContentSet } from '../../src/validation/content-set.ts';
import { isSyntaxError, parseYaml } from '../../src/validation/parse-yaml.ts';

/** A loaded file made from a YAML text, with its real positions. */
const entry = (file: string, source: string, extra: Record<string, unknown> = {}) => {
  const parsed = parseYaml(source);
  if (isSyntaxError(parsed)) throw new Error(parsed.message);
  return { file, name: file, parsed, data: parsed.data, ...extra };
};
const year = (agendaPeriode?: string) =>
  entry('2017/jaar.yaml', `bron:\n  document: eigen\n${agendaPeriode ? `agendaPeriode: ${agendaPeriode}\n` : ''}`, { folderYear: 2017 });
const part = (soort: string, document: string, body = 'Tekst.\n') =>
  entry('2017/agenda/a.md', `soort: ${soort}\nbron:\n  document: ${document}\n${soort === 'onderwerp' ? 'acties: geen\n' : ''}`, {
    folderYear: 2017,
    body,
    bodyLine: 7,
  });
const check = (years: unknown[], agendaParts: unknown[]) =>
  checkAgendaRules({ years, agendaParts } as unknown as ContentSet).map(({ line, column, field, rule }) => ({ line, column, field, rule }));

describe('checkAgendaRules', () => {
  it('places a document of another year on bron.document', () => {
    expect(check([year('2017-2020')], [part('context', 'ander')])).toEqual([
      { line: 3, column: 13, field: 'bron.document', rule: 'document-van-het-jaar' },
    ]);
  });

  it('does not compare documents when the year has no jaar.yaml', () => {
    expect(check([], [part('context', 'ander')])).toEqual([]);
  });

  it('needs agendaPeriode only for a year with subjects', () => {
    expect(check([year()], [part('context', 'eigen')])).toEqual([]);
    expect(check([year()], [part('onderwerp', 'eigen')])).toEqual([{ line: 1, column: 1, field: 'agendaPeriode', rule: 'agenda' }]);
  });

  it.each([
    ['# Kop', true],
    ['#', true],
    ['   ###### Kop', true],
    ['    # code', false],
    ['#hashtag', false],
    ['Zie stap # 2', false],
    ['####### zeven', false],
  ])('finds a heading in %j: %s', (line, heading) => {
    const found = check([year('2017-2020')], [part('context', 'eigen', `Eerst.\n${line}\n`)]);
    expect(found).toEqual(heading ? [{ line: 8, column: 1, field: undefined, rule: 'agenda' }] : []);
  });
});
