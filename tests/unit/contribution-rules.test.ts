import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorsAfter, replace, type Edits } from '../helpers/content-copy.ts';

const fixture = (file: string) => readFileSync(`tests/fixtures/bijdragen/${file}`, 'utf8');
/** The real content plus the contributions fixture, with extra edits on top. */
const withFixture = (edits: Edits = {}): string[] =>
  errorsAfter({
    'bronnen.yaml': (text) => `${text}\n${fixture('bron.yaml')}`,
    '2020/bijdragen.yaml': (text) =>
      (edits['2020/bijdragen.yaml'] ?? ((same: string) => same))(text || fixture('content/2020/bijdragen.yaml')),
    // The fixture's populations per municipality replace the real file (which has Twente only).
    '2020/inwoners.yaml': () => (edits['2020/inwoners.yaml'] ?? ((same: string) => same))(fixture('content/2020/inwoners.yaml')),
  });

describe('contribution rules', () => {
  it('accept the fixture', () => {
    expect(withFixture()).toEqual([]);
  });

  it('reject explicit amounts that do not add up to the domain contribution', () => {
    expect(withFixture({ '2020/bijdragen.yaml': replace('bedrag: 364000', 'bedrag: 365000') })).toEqual([
      'content/2020/bijdragen.yaml:11:7  domeinen.veilig-thuis-twente.bedragen: de bedragen tellen op tot € 2.965.000, maar de bijdrage van Veilig Thuis Twente is € 2.964.000 (verschil € 1.000); controleer de bedragen met de bron [optelling]',
    ]);
  });

  it('reject a municipality twice, and name the one that is missing', () => {
    expect(
      withFixture({ '2020/bijdragen.yaml': replace('{ gemeente: borne, bedrag: 200000 }', '{ gemeente: almelo, bedrag: 200000 }') }),
    ).toEqual([
      'content/2020/bijdragen.yaml:12:21  domeinen.veilig-thuis-twente.bedragen[1].gemeente: gemeente "almelo" staat twee keer in de bedragen van veilig-thuis-twente; elke gemeente hoort er precies één keer in [optelling]',
      'content/2020/bijdragen.yaml:11:7  domeinen.veilig-thuis-twente.bedragen: de bedragen van veilig-thuis-twente missen de gemeente: borne; elke gemeente hoort er precies één keer in [optelling]',
    ]);
  });

  it('reject an unknown domain and an unknown municipality, and a division by population without every population', () => {
    expect(
      withFixture({
        '2020/bijdragen.yaml': replace('  ozjt-samen14:', '  ozjt:'),
        '2020/inwoners.yaml': replace('  wierden:', '  wierde:'),
      }),
    ).toEqual([
      'content/2020/inwoners.yaml:17:11  gemeenten.wierde: onbekende gemeente "wierde" (bedoelt u "wierden"?); gebruik een id uit content/gemeenten.yaml [verwijzing]',
      'content/2020/bijdragen.yaml:4:16  domeinen.gezondheid.verdeling: verdeling naar inwonertal vraagt het aantal inwoners van elke gemeente in content/2020/inwoners.yaml; dat ontbreekt voor: wierden [verdeling]',
      'content/2020/bijdragen.yaml:6:5  domeinen.ozjt: onbekend domein "ozjt" in 2020; gebruik de bestandsnaam van een domein in content/2020/domeinen/ [verwijzing]',
      'content/2020/bijdragen.yaml:28:16  domeinen.leefomgeving.verdeling: verdeling naar inwonertal vraagt het aantal inwoners van elke gemeente in content/2020/inwoners.yaml; dat ontbreekt voor: wierden [verdeling]',
    ]);
  });

  it('reject a population without a source, and a population of 0', () => {
    expect(
      withFixture({
        '2020/inwoners.yaml': (text) =>
          replace(
            'almelo: { aantal: 1000, bron: { document: testgegevens, sectie: inwoners } }',
            'almelo: { aantal: 1000 }',
          )(text).replace('borne: { aantal: 2000,', 'borne: { aantal: 0,'),
      }),
    ).toEqual([
      'content/2020/inwoners.yaml:4:11  gemeenten.almelo.bron: verplicht veld ontbreekt; elk cijfer noemt zijn bron: schrijf bron: met daaronder document: en sectie: [verplicht]',
      'content/2020/inwoners.yaml:5:20  gemeenten.borne.aantal: verwacht een aantal inwoners: een heel getal groter dan 0, gevonden 0 [inwoners]',
    ]);
  });

  it('reject an unknown division', () => {
    expect(withFixture({ '2020/bijdragen.yaml': replace('verdeling: gelijk', 'verdeling: gelijke delen') })).toEqual([
      'content/2020/bijdragen.yaml:6:16  domeinen.ozjt-samen14.verdeling: verwacht "verdeling: bedragen" (met bedragen en bron), "verdeling: inwonertal" of "verdeling: gelijk", gevonden "gelijke delen" [verdeling]',
    ]);
  });
});
