import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorsAfter, replace } from '../helpers/content-copy.ts';

// Every amount in the content is whole euros of 0 or more, and the amounts per municipality add up to
// exactly the domain's contribution: not less, not more, and not by a negative amount making up for another.
const fixture = (file: string) => readFileSync(`tests/fixtures/bijdragen/${file}`, 'utf8');
/** The errors of the real content plus the contributions fixture (content/2020/bijdragen.yaml), changed by `edit`. */
const withContributions = (edit: (text: string) => string) =>
  errorsAfter({
    'bronnen.yaml': (text) => `${text}\n${fixture('bron.yaml')}`,
    '2020/bijdragen.yaml': () => edit(fixture('content/2020/bijdragen.yaml')),
    '2020/inwoners.yaml': () => fixture('content/2020/inwoners.yaml'),
  });
const row = (municipality: string, amount: number) => `{ gemeente: ${municipality}, bedrag: ${amount} }`;
const NEGATIVE = '(een bedrag of aantal is nooit negatief; controleer het getal in de bron) [bedrag]';
const FRACTION = "(schrijf een heel getal, zonder decimalen; bedragen staan in hele euro's, zonder centen) [bedrag]";

describe('amounts in the content', () => {
  it('refuse a negative contribution of a domain and negative or fractional costs of a coalition', () => {
    expect(errorsAfter({ '2020/domeinen/gezondheid.md': replace('bijdrage: 18165000', 'bijdrage: -18165000') })).toEqual([
      `content/2020/domeinen/gezondheid.md:9:11  bijdrage: verwacht een bedrag van 0 of meer, gevonden -18165000 ${NEGATIVE}`,
    ]);
    expect(errorsAfter({ '2020/coalities/kennispunt-twente.md': replace('kosten: 2105000', 'kosten: -2105000') })).toEqual([
      `content/2020/coalities/kennispunt-twente.md:7:9  kosten: verwacht een bedrag van 0 of meer, gevonden -2105000 ${NEGATIVE}`,
    ]);
    expect(errorsAfter({ '2020/coalities/kennispunt-twente.md': replace('kosten: 2105000', 'kosten: 2105000.5') })).toEqual([
      `content/2020/coalities/kennispunt-twente.md:7:9  kosten: verwacht een heel bedrag in euro's, gevonden 2105000.5 ${FRACTION}`,
    ]);
  });

  it('refuse a negative or fractional amount of a municipality', () => {
    expect(withContributions(replace(row('almelo', 200000), row('almelo', -200000)))).toEqual([
      `content/2020/bijdragen.yaml:11:37  domeinen.veilig-thuis-twente.bedragen[0].bedrag: verwacht een bedrag van 0 of meer, gevonden -200000 ${NEGATIVE}`,
    ]);
    expect(withContributions(replace(row('almelo', 200000), row('almelo', 199999.5)))).toEqual([
      `content/2020/bijdragen.yaml:11:37  domeinen.veilig-thuis-twente.bedragen[0].bedrag: verwacht een heel bedrag in euro's, gevonden 199999.5 ${FRACTION}`,
    ]);
  });

  it('refuse a negative amount also when the amounts still add up to the contribution', () => {
    // Almelo 1.000 more, Borne 201.000 less (-1.000), Dinkelland 200.000 more: the sum is unchanged.
    const edit = (text: string) =>
      [
        replace(row('almelo', 200000), row('almelo', 201000)),
        replace(row('borne', 200000), row('borne', -1000)),
        replace(row('dinkelland', 200000), row('dinkelland', 400000)),
      ].reduce((changed, step) => step(changed), text);
    expect(withContributions(edit)).toEqual([
      `content/2020/bijdragen.yaml:12:36  domeinen.veilig-thuis-twente.bedragen[1].bedrag: verwacht een bedrag van 0 of meer, gevonden -1000 ${NEGATIVE}`,
    ]);
  });

  it('refuse amounts that add up to less, and to more, than the contribution', () => {
    const sumError = (sum: string, difference: string) =>
      `content/2020/bijdragen.yaml:11:7  domeinen.veilig-thuis-twente.bedragen: de bedragen tellen op tot € ${sum}, maar de bijdrage van Veilig Thuis Twente is € 2.964.000 (verschil € ${difference}); controleer de bedragen met de bron [optelling]`;
    expect(withContributions(replace(row('almelo', 200000), row('almelo', 199000)))).toEqual([sumError('2.963.000', '1.000')]);
    expect(withContributions(replace(row('almelo', 200000), row('almelo', 200001)))).toEqual([sumError('2.964.001', '1')]);
    // A municipality left out is a missing amount too: named, and the sum falls short by its amount.
    expect(withContributions(replace(`      - ${row('almelo', 200000)}\n`, ''))).toEqual([
      'content/2020/bijdragen.yaml:11:7  domeinen.veilig-thuis-twente.bedragen: de bedragen van veilig-thuis-twente missen de gemeente: almelo; elke gemeente hoort er precies één keer in [optelling]',
      sumError('2.764.000', '200.000'),
    ]);
    const withoutTwo = (text: string) =>
      replace(`      - ${row('borne', 200000)}\n`, '')(replace(`      - ${row('almelo', 200000)}\n`, '')(text));
    expect(withContributions(withoutTwo)).toEqual([
      'content/2020/bijdragen.yaml:11:7  domeinen.veilig-thuis-twente.bedragen: de bedragen van veilig-thuis-twente missen de gemeenten: almelo, borne; elke gemeente hoort er precies één keer in [optelling]',
      sumError('2.564.000', '400.000'),
    ]);
  });

  it('sum only domains of their own year, and name what is unknown or missing', () => {
    // A domain of 2017 is not a domain of 2020, even with the same id: its contribution is another year's.
    const otherYear = errorsAfter({
      'bronnen.yaml': (text) => `${text}\n${fixture('bron.yaml')}`,
      '2020/bijdragen.yaml': () => replace('  ozjt-samen14:', '  jeugd:')(fixture('content/2020/bijdragen.yaml')),
      '2020/inwoners.yaml': () => fixture('content/2020/inwoners.yaml'),
      '2017/domeinen/jeugd.md': () => readFileSync('content/2020/domeinen/ozjt-samen14.md', 'utf8').replace('jaar: 2020', 'jaar: 2017'),
    }).filter((error) => error.startsWith('content/2020/bijdragen.yaml'));
    expect(otherYear).toEqual([
      'content/2020/bijdragen.yaml:6:5  domeinen.jeugd: onbekend domein "jeugd" in 2020; gebruik de bestandsnaam van een domein in content/2020/domeinen/ [verwijzing]',
    ]);
    expect(withContributions(replace('  ozjt-samen14:', '  gezondhei:'))).toEqual([
      'content/2020/bijdragen.yaml:6:5  domeinen.gezondhei: onbekend domein "gezondhei" in 2020 (bedoelt u "gezondheid"?); gebruik de bestandsnaam van een domein in content/2020/domeinen/ [verwijzing]',
    ]);
    expect(withContributions(replace(row('almelo', 200000), row('almelow', 200000)))).toEqual([
      'content/2020/bijdragen.yaml:11:21  domeinen.veilig-thuis-twente.bedragen[0].gemeente: onbekende gemeente "almelow" (bedoelt u "almelo"?); gebruik een id uit content/gemeenten.yaml [verwijzing]',
      'content/2020/bijdragen.yaml:11:7  domeinen.veilig-thuis-twente.bedragen: de bedragen van veilig-thuis-twente missen de gemeente: almelo; elke gemeente hoort er precies één keer in [optelling]',
    ]);
  });

  it('divide by population only with the populations of their own year, naming every municipality missing', () => {
    const missingAll = (text: string) => text.includes('domeinen.gezondheid.verdeling: verdeling naar inwonertal');
    // The populations per municipality are in 2017's file; 2020's has Twente only.
    const otherYear = errorsAfter({
      'bronnen.yaml': (text) => `${text}\n${fixture('bron.yaml')}`,
      '2020/bijdragen.yaml': () => fixture('content/2020/bijdragen.yaml'),
      '2017/inwoners.yaml': () => replace('jaar: 2020', 'jaar: 2017')(fixture('content/2020/inwoners.yaml')),
    }).filter(missingAll);
    expect(otherYear).toHaveLength(1);
    expect(otherYear[0]).toContain('dat ontbreekt voor: almelo, borne, dinkelland, enschede,');
    const two = errorsAfter({
      'bronnen.yaml': (text) => `${text}\n${fixture('bron.yaml')}`,
      '2020/bijdragen.yaml': () => fixture('content/2020/bijdragen.yaml'),
      '2020/inwoners.yaml': () => fixture('content/2020/inwoners.yaml').replace('  wierden:', '  wierde:').replace('  almelo:', '  almel:'),
    }).filter(missingAll);
    expect(two).toEqual([
      'content/2020/bijdragen.yaml:4:16  domeinen.gezondheid.verdeling: verdeling naar inwonertal vraagt het aantal inwoners van elke gemeente in content/2020/inwoners.yaml; dat ontbreekt voor: almelo, wierden [verdeling]',
    ]);
  });

  it('with an unreadable gemeenten.yaml, report that file only: no municipality is then missing from the amounts or the population', () => {
    const errors = errorsAfter({
      'bronnen.yaml': (text) => `${text}\n${fixture('bron.yaml')}`,
      '2020/bijdragen.yaml': () => fixture('content/2020/bijdragen.yaml'),
      '2020/inwoners.yaml': () => fixture('content/2020/inwoners.yaml'),
      'gemeenten.yaml': () => 'gemeenten: [\n',
    });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((error) => !error.startsWith('content/gemeenten.yaml:'))).toEqual([]);
  });
});
