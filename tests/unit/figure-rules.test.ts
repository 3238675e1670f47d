import { describe, expect, it } from 'vitest';
import { errorsAfter } from '../helpers/content-copy.ts';

/** A figures file for the 2024 slides with one distribution; `parts` are its percentages. */
const figures = (parts: number[], tolerance?: number, unit = 'procent') =>
  [
    'document: kerntakendiscussie-2024',
    'blokken:',
    '  - id: pijlers',
    '    titel: Aandeel pijler in totaal kosten',
    '    soort: verdeling',
    '    periode: geen',
    '    afgerond: true',
    ...(tolerance === undefined ? [] : [`    tolerantie: ${tolerance}`]),
    '    bron: { document: kerntakendiscussie-2024, sectie: Vijf inhoudelijke pijlers }',
    '    cijfers:',
    ...parts.map((part, index) => `      - { label: Deel ${index + 1}, waarde: ${part}, eenheid: ${unit} }`),
  ].join('\n');

const FILE = 'cijfers/kerntakendiscussie-2024.yaml';
/** These tests replace the 2024 blocks, which content/verbanden.yaml links to: leave the links out. */
const NO_CONNECTIONS = { 'verbanden.yaml': () => 'verbanden: []\n' };

describe('key figure rules', () => {
  it('accept rounded percentages within the declared tolerance', () => {
    expect(errorsAfter({ ...NO_CONNECTIONS, [FILE]: () => figures([29, 12, 12, 0, 5, 29, 4, 10], 1) })).toEqual([]);
    expect(errorsAfter({ ...NO_CONNECTIONS, [FILE]: () => figures([64, 13, 0, 22], 1) })).toEqual([]);
  });

  it('reject a sum beyond the tolerance, and any deviation without one', () => {
    expect(errorsAfter({ ...NO_CONNECTIONS, [FILE]: () => figures([29, 12, 12, 0, 5, 29, 4, 12], 1) })).toEqual([
      'content/cijfers/kerntakendiscussie-2024.yaml:11:7  blokken[0].cijfers: de percentages tellen op tot 103%, maar een verdeling hoort 100% met hoogstens 1 procentpunt verschil door afronding te zijn; controleer de cijfers met de bron, of geef tolerantie: als de bron afrondt [procenten]',
    ]);
    expect(errorsAfter({ ...NO_CONNECTIONS, [FILE]: () => figures([64, 13, 0, 22]) })).toEqual([
      'content/cijfers/kerntakendiscussie-2024.yaml:10:7  blokken[0].cijfers: de percentages tellen op tot 99%, maar een verdeling hoort precies 100% te zijn; controleer de cijfers met de bron, of geef tolerantie: als de bron afrondt [procenten]',
    ]);
  });

  it('reject a tolerance above 5 and parts that are not percentages', () => {
    expect(errorsAfter({ ...NO_CONNECTIONS, [FILE]: () => figures([50, 50], 10) })).toEqual([
      'content/cijfers/kerntakendiscussie-2024.yaml:8:17  blokken[0].tolerantie: verwacht een aantal procentpunten van 0 tot en met 5, gevonden 10 [tolerantie]',
    ]);
    expect(errorsAfter({ ...NO_CONNECTIONS, [FILE]: () => figures([50, 50], 0, 'aantal') })).toEqual([
      'content/cijfers/kerntakendiscussie-2024.yaml:11:47  blokken[0].cijfers[0].eenheid: een verdeling bestaat uit procenten; schrijf eenheid: procent, of maak van het blok een reeks [procenten]',
      'content/cijfers/kerntakendiscussie-2024.yaml:12:47  blokken[0].cijfers[1].eenheid: een verdeling bestaat uit procenten; schrijf eenheid: procent, of maak van het blok een reeks [procenten]',
    ]);
  });

  it('reject a figures file for a document that does not exist or is not its name', () => {
    expect(
      errorsAfter({ 'cijfers/onbekend.yaml': () => figures([100]).replace('document: kerntakendiscussie-2024', 'document: onbekend') }),
    ).toEqual([
      'content/cijfers/onbekend.yaml:1:11  document: onbekende bron "onbekend"; gebruik een id uit content/bronnen.yaml [verwijzing]',
    ]);
  });
});
