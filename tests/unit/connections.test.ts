import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notNamedLater } from '../../src/lib/not-named.ts';
import { mentionText, shortSubjectName } from '../../src/lib/mentions.ts';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { errorsAfter, replace } from '../helpers/content-copy.ts';

const { content } = validateContent(CONTENT_DIR);
const connections = content.connections?.data ?? [];
const yearDocument = new Map(content.years.map((year) => [year.folderYear, year.data.bron.document]));

/** The text of a source (tests/fixtures/bronnen/), with every run of white space as one space. */
function sourceText(document: string): string {
  return readFileSync(`tests/fixtures/bronnen/${document}.txt`, 'utf8').replace(/\s+/g, ' ');
}

/** A subject's name as a document would write it: without the explanation in brackets, lower case. */
const bareName = (name: string) => name.replace(/\s*\(.*\)\s*$/, '').toLowerCase();

describe('content/verbanden.yaml against the sources', () => {
  it('quotes every mention that the document makes word for word from that document', () => {
    let quotes = 0;
    for (const connection of connections) {
      for (const mention of connection.jaren) {
        if (mention.citaat === undefined) continue;
        quotes++;
        expect(sourceText(mention.bron.document), `${connection.id} ${mention.jaar}: "${mention.citaat}"`).toContain(
          mention.citaat.replace(/\s+/g, ' '),
        );
      }
    }
    expect(quotes).toBeGreaterThan(30);
  });

  it("gives a reading of the site only where the year's document does not name the subject at all", () => {
    const readings = connections.flatMap((connection) =>
      connection.jaren.filter((mention) => mention.lezing !== undefined).map((mention) => ({ connection, mention })),
    );
    expect(readings.map(({ connection, mention }) => `${connection.id} ${mention.jaar}`)).toEqual([
      'ggd-twente 2024',
      'veilig-thuis-twente 2024',
    ]);
    for (const { connection, mention } of readings) {
      expect(sourceText(yearDocument.get(mention.jaar)!).toLowerCase(), connection.id).not.toContain(bareName(connection.naam));
    }
  });

  it('follows every domain and coalition of a budget, so that a later document that does not name one can be told', () => {
    const budgetYears = new Set(content.domains.map((entry) => entry.folderYear));
    expect([...budgetYears]).toEqual([2020]);
    const followed = new Set(
      connections.flatMap((connection) =>
        connection.jaren.flatMap((mention) => [
          ...(mention.domein ? [`${mention.jaar}/domeinen/${mention.domein}`] : []),
          ...(mention.coalitie ? [`${mention.jaar}/coalities/${mention.coalitie}`] : []),
        ]),
      ),
    );
    for (const entry of [...content.domains, ...content.coalitions].filter((item) => budgetYears.has(item.folderYear))) {
      const key = `${entry.folderYear}/${'bijdrage' in entry.data ? 'domeinen' : 'coalities'}/${entry.slug}`;
      expect(followed.has(key), `${key} has no connection in content/verbanden.yaml`).toBe(true);
    }
  });

  it('names as not named by the 2024 slides and the 2025-2030 programme only what their texts indeed do not name', () => {
    const expected = {
      2024: [
        'GGD Twente',
        'Veilig Thuis Twente (VTT)',
        'Recreatieve voorzieningen (parken, fietspaden en routes)',
        'Belangenbehartiging',
        'Netwerkstad Twente',
        'Twentse Kracht',
        'Milieu, Duurzaamheid en Afval (MDA)',
        'IT-Platform Twente',
        'Agenda voor Twente',
      ],
      2025: [
        'Recreatieve voorzieningen (parken, fietspaden en routes)',
        'Sociaaleconomische structuurversterking',
        'Belangenbehartiging',
        'Netwerkstad Twente',
        'Twentse Kracht',
        'Milieu, Duurzaamheid en Afval (MDA)',
        'IT-Platform Twente',
        'Agenda voor Twente',
      ],
    };
    for (const [year, names] of Object.entries(expected)) {
      const found = notNamedLater(connections, 2020, Number(year)).map((item) => item.name);
      expect([...found].sort(), year).toEqual([...names].sort());
      const text = sourceText(yearDocument.get(Number(year))!).toLowerCase();
      for (const name of names) expect(text, `${year}: ${name}`).not.toContain(bareName(name));
    }
  });
});

describe('not named later (src/lib/not-named.ts)', () => {
  const mention = (jaar: number, extra: object) => ({ jaar, wat: 'x', bron: { document: 'd', sectie: 's' }, ...extra });
  const subjects = [
    { naam: 'Named', jaren: [mention(2020, { domein: 'a', citaat: 'a' }), mention(2024, { pijler: 'p', citaat: 'p' })] },
    { naam: 'Read', jaren: [mention(2020, { domein: 'b', citaat: 'b' }), mention(2024, { pijler: 'p', lezing: 'why' })] },
    { naam: 'Gone', jaren: [mention(2020, { coalitie: 'c', citaat: 'c' })] },
    { naam: 'Not in 2020 as a page', jaren: [mention(2020, { citaat: 'x' })] },
    { naam: 'Later only', jaren: [mention(2024, { citaat: 'y' })] },
  ];

  it('lists the domains and coalitions of the earlier year that the later year does not quote, with the reading if any', () => {
    const result = notNamedLater(subjects, 2020, 2024);
    expect(result.map((item) => item.name)).toEqual(['Read', 'Gone']);
    expect(result[0]?.reading?.lezing).toBe('why');
    expect(result[1]?.reading).toBeUndefined();
    expect(result[1]?.then.coalitie).toBe('c');
  });

  it('leaves out a subject the earlier document does not mention, even as a domain of another year', () => {
    const other = [{ naam: 'Only 2017', jaren: [mention(2017, { domein: 'd', citaat: 'd' })] }];
    expect(notNamedLater(other, 2020, 2024)).toEqual([]);
  });

  it('gives a later mention as the reading only when it is one (it has lezing)', () => {
    const later = mention(2024, { pijler: 'p' });
    const result = notNamedLater([{ naam: 'Neither', jaren: [mention(2020, { domein: 'b', citaat: 'b' }), later] }], 2020, 2024);
    expect(result.map((item) => [item.name, item.reading])).toEqual([['Neither', undefined]]);
  });

  it('labels a reading of the site as such wherever a mention is written out', () => {
    expect(mentionText({ wat: 'pijler 2: publieke gezondheid', lezing: 'why' })).toBe('onze lezing: pijler 2: publieke gezondheid');
    expect(mentionText({ wat: 'pijler 1: jeugd' })).toBe('pijler 1: jeugd');
  });
});

describe('rules for citaat and lezing', () => {
  it('reject a mention that says neither why it is there, and one that says both', () => {
    expect(
      errorsAfter({
        'verbanden.yaml': (text) =>
          replace(
            '        citaat: Uitgevoerd door GGD Twente.\n',
            '',
          )(text).replace(
            '        citaat: Basistakenpakket JGZ\n',
            '        citaat: Basistakenpakket JGZ\n        lezing: De dia noemt het.\n',
          ),
      }),
    ).toEqual([
      'content/verbanden.yaml:20:9  [0].jaren[2]: zeg waarom "ggd-twente" in 2020 hier staat: citaat (de woorden waarmee het document het noemt) of lezing (het document noemt het hier niet; waarom de site het hier plaatst) [verband]',
      'content/verbanden.yaml:127:17  [3].jaren[1].lezing: geef citaat óf lezing, niet allebei: noemt het document het onderwerp hier, dan is het geen lezing van de site [verband]',
    ]);
  });
});

describe('shortSubjectName', () => {
  it('gives the abbreviation in brackets, or the name without its bracketed part', () => {
    expect(shortSubjectName('Veilig Thuis Twente (VTT)')).toBe('VTT');
    expect(shortSubjectName('Milieu, Duurzaamheid en Afval (MDA)')).toBe('MDA');
    expect(shortSubjectName('Recreatieve voorzieningen (parken, fietspaden en routes)')).toBe('Recreatieve voorzieningen');
    expect(shortSubjectName('GGD Twente')).toBe('GGD Twente');
  });
});
