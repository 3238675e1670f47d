import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/validation/content-error.ts';
import { checkFigureRules } from '../../src/validation/figure-rules.ts';
import { contentSet, loaded } from '../helpers/content-set.ts';

const FILE = 'content/cijfers/doc.yaml';
const check = (...rows: string[]) =>
  checkFigureRules(contentSet({ figures: [loaded(FILE, rows.join('\n'), { slug: 'doc' })] })).map(formatContentError);

describe('key figure rules, on a single figures file', () => {
  it('report a block id used twice, at the second and only there', () => {
    expect(
      check(
        'blokken:',
        '  - id: a',
        '    cijfers: []',
        '  - id: b',
        '    cijfers: []',
        '  - id: a',
        '    cijfers: []',
        '  - id: b',
        '    cijfers: []',
      ),
    ).toEqual([
      `${FILE}:6:9  blokken[2].id: id "a" komt twee keer voor in dit bestand; geef elk blok een eigen id [uniek]`,
      `${FILE}:8:9  blokken[3].id: id "b" komt twee keer voor in dit bestand; geef elk blok een eigen id [uniek]`,
    ]);
  });

  it('report a figure that is both ruim and ongeveer', () => {
    expect(check('blokken:', '  - id: a', '    soort: reeks', '    cijfers:', '      - { waarde: 5, ruim: true, ongeveer: true }')).toEqual(
      [`${FILE}:5:28  blokken[0].cijfers[0].ruim: geef ruim of ongeveer, niet allebei; kies het woord dat de bron gebruikt [cijfer]`],
    );
  });

  it('report a part of a distribution given as a word, and a sum with a decimal comma', () => {
    expect(
      check(
        'blokken:',
        '  - id: a',
        '    soort: verdeling',
        '    cijfers:',
        '      - { tekst: veel, eenheid: procent }',
        '      - { waarde: 99.5, eenheid: procent }',
      ),
    ).toEqual([
      `${FILE}:5:9  blokken[0].cijfers[0].waarde: een deel van een verdeling heeft een percentage nodig; schrijf waarde: met het percentage uit de bron [procenten]`,
      `${FILE}:5:7  blokken[0].cijfers: de percentages tellen op tot 99,5%, maar een verdeling hoort precies 100% te zijn; controleer de cijfers met de bron, of geef tolerantie: als de bron afrondt [procenten]`,
    ]);
  });
});
