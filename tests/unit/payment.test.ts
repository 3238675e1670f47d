import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { payment } from '../../src/schemas/payment.ts';
import { formatContentError } from '../../src/validation/content-error.ts';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { loadYaml } from '../../src/validation/load-file.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { errorsAfter, replace } from '../helpers/content-copy.ts';

const { content, errors } = validateContent(CONTENT_DIR);
const realFile = readFileSync(`${CONTENT_DIR}/betalen.yaml`, 'utf8');

/** The text of a source, by its id in content/bronnen.yaml, with all runs of white space as one space. */
const sourceText = (id: string) => readFileSync(`tests/fixtures/bronnen/${id}.txt`, 'utf8').replace(/\s+/g, ' ');

/** Formatted errors of betalen.yaml with `from` replaced by `to`. */
function paymentErrors(from: string, to: string): string[] {
  if (!realFile.includes(from)) throw new Error(`Not in content/betalen.yaml: ${from}`);
  const result = loadYaml('betalen.yaml', realFile.replace(from, to), payment);
  return result.ok ? [] : result.errors.map(formatContentError);
}

describe('payment schema (content/betalen.yaml)', () => {
  it('accepts the real file, with the three ways of paying of the 2015 plan', () => {
    expect(errors).toEqual([]);
    expect(content.payment?.data.beginselen.map((principle) => principle.id)).toEqual([
      'algemene-bijdrage',
      'profijtbeginsel',
      'solidariteit',
    ]);
  });

  it('asks for the source of every principle', () => {
    const withoutSource = paymentErrors(
      '    bron:\n      document: bedrijfsplan-2015\n      sectie: Hoofdstuk 8. Financiën, Dienstverlening\n  - id: profijtbeginsel',
      '  - id: profijtbeginsel',
    );
    expect(withoutSource).toEqual([
      'betalen.yaml:11:5  beginselen[0].bron: verplicht veld ontbreekt; elk cijfer noemt zijn bron: schrijf bron: met daaronder document: en sectie: [verplicht]',
    ]);
  });

  it('asks for the words of the source with every principle and every exception', () => {
    expect(paymentErrors('        citaat: behoudens wettelijke taken\n', '')).toEqual([
      'betalen.yaml:33:9  beginselen[1].uitzonderingen[0].citaat: verplicht veld ontbreekt; verwacht een tekst [verplicht]',
    ]);
  });

  it('rejects an empty list of exceptions: leave the field out when the source names none', () => {
    const start = realFile.indexOf('    uitzonderingen:\n');
    const end = realFile.indexOf('    bron:', start);
    const errorsWithEmptyList = paymentErrors(realFile.slice(start, end), '    uitzonderingen: []\n');
    expect(errorsWithEmptyList).toHaveLength(1);
    expect(errorsWithEmptyList[0]).toMatch(/^betalen\.yaml:\d+:\d+ {2}beginselen\[1\]\.uitzonderingen: /);
  });

  it('rejects an unknown field and a principle list without principles', () => {
    expect(paymentErrors('titel: ', 'title: ')).toEqual([
      'betalen.yaml:1:1  titel: verplicht veld ontbreekt; verwacht een tekst [verplicht]',
      'betalen.yaml:1:1  title: onbekend veld (bedoelt u "titel"?); toegestaan zijn: titel, inleiding, bron, beginselen, vervolg [onbekend-veld]',
    ]);
    const start = realFile.indexOf('beginselen:\n');
    const end = realFile.indexOf('vervolg:');
    expect(paymentErrors(realFile.slice(start, end), 'beginselen: []\n')).toHaveLength(1);
  });
});

describe('payment rules across files', () => {
  it('need unique principle ids: each is an anchor on the page', () => {
    expect(errorsAfter({ 'betalen.yaml': replace('  - id: solidariteit\n', '  - id: profijtbeginsel\n') })).toEqual([
      'content/betalen.yaml:44:9  beginselen[2].id: id "profijtbeginsel" komt twee keer voor (ook op regel 23); elke id moet uniek zijn [uniek]',
    ]);
  });

  it('need a known source document', () => {
    expect(
      errorsAfter({
        'betalen.yaml': replace('  document: bedrijfsplan-2015\n  sectie: Titelblad', '  document: bedrijfsplan-2051\n  sectie: Titelblad'),
      }),
    ).toEqual([
      'content/betalen.yaml:8:13  bron.document: onbekende bron "bedrijfsplan-2051" (bedoelt u "bedrijfsplan-2015"?); gebruik een id uit content/bronnen.yaml [verwijzing]',
    ]);
  });
});

describe('provenance of how the municipalities pay', () => {
  it('quotes the source word for word, for every principle, exception and what comes after', () => {
    const data = content.payment!.data;
    const quotes = [
      ...data.beginselen.flatMap((principle) => [
        { where: principle.id, document: principle.bron.document, quote: principle.citaat },
        ...(principle.uitzonderingen ?? []).map((exception) => ({
          where: `${principle.id} exception`,
          document: principle.bron.document,
          quote: exception.citaat,
        })),
      ]),
      ...(data.vervolg ? [{ where: 'vervolg', document: data.vervolg.bron.document, quote: data.vervolg.citaat }] : []),
    ];
    expect(quotes).toHaveLength(6);
    for (const { where, document, quote } of quotes) {
      expect(sourceText(document), `${where}: "${quote}" is not in ${document}`).toContain(quote.replace(/\s+/g, ' '));
    }
  });

  it('says that the plan is a concept of 2015 that proposes, not how paying works now', () => {
    const intro = content.payment!.data.inleiding;
    expect(intro).toContain('concept van 1 september 2015');
    expect(intro).toContain('het zegt niet hoe het betalen in 2020 of nu gaat');
    expect(sourceText('bedrijfsplan-2015')).toContain('### CONCEPT');
    expect(sourceText('bedrijfsplan-2015')).toContain('d.d. 1 september 2015');
  });
});

describe('glossary entries about who pays', () => {
  // Only the 2015 plan says how the municipalities pay, and as a principle with exceptions ("Alleen
  // betalen voor hetgeen wordt afgenomen, tenzij..."). An entry that says who pays for what must name
  // that plan and its exceptions; a bare rule such as "Alleen wie meedoet, betaalt mee" fails.
  const SAYS_WHO_PAYS = /\bwie\b[^.;]*\bbetaal(t|en)\b|\bbetaalt (voor )?wat\b|\bprofijt/i;
  const saysWhoPays = (text: string) => SAYS_WHO_PAYS.test(text);
  const honest = (text: string) => text.includes('Bedrijfsplan 2015') && /uitzondering/i.test(text);

  it('recognise a rule about paying, and accept it only with the plan and its exceptions', () => {
    expect(saysWhoPays('Alleen wie meedoet, betaalt mee.')).toBe(true);
    expect(saysWhoPays('Een gemeente betaalt wat zij afneemt.')).toBe(true);
    expect(saysWhoPays('Per domein geeft de begroting wat de gemeenten samen bijdragen, niet wat elke gemeente betaalt.')).toBe(false);
    expect(honest('Alleen wie meedoet, betaalt mee.')).toBe(false);
  });

  it('name the 2015 plan and its exceptions wherever they say who pays', () => {
    const entries = content.glossary?.data ?? [];
    const aboutPaying = entries.filter((entry) => saysWhoPays(entry.uitleg));
    expect(aboutPaying.map((entry) => entry.id)).toEqual(expect.arrayContaining(['coalition-of-the-willing', 'profijtbeginsel']));
    for (const entry of aboutPaying) expect(honest(entry.uitleg), `${entry.id}: ${entry.uitleg}`).toBe(true);
  });
});
