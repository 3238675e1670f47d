import { describe, expect, it } from 'vitest';
import { agendaPart } from '../../src/schemas/agenda.ts';
import { formatContentError } from '../../src/validation/content-error.ts';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { loadMarkdown } from '../../src/validation/load-file.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { agendaText } from '../helpers/agenda-source.ts';
import { errorsAfter, replace } from '../helpers/content-copy.ts';

const OZJT = '2017/agenda/jeugdhulp-en-maatschappelijke-ondersteuning.md';
const HEALTH = '2017/agenda/publieke-gezondheid.md';
const CONTEXT = '2017/agenda/gezamenlijke-ambitie.md';

describe('agenda part schema', () => {
  const file = (frontmatter: string) => `---\n${frontmatter}\n---\n\nDe ambitie uit de bron.\n`;
  const subject = [
    'jaar: 2017',
    'volgorde: 3',
    'soort: onderwerp',
    'titel: Publieke Gezondheid (GGD Twente)',
    'acties:',
    '  punten: [Een punt uit de bron.]',
    '  bron: { document: samenwerkingsagenda-2017-2020, sectie: "2. Publieke Gezondheid (GGD Twente), Wat gaan we daarvoor doen?" }',
    'bron: { document: samenwerkingsagenda-2017-2020, sectie: "2. Publieke Gezondheid (GGD Twente), Onze ambitie" }',
  ].join('\n');
  const errors = (frontmatter: string) => {
    const result = loadMarkdown('a.md', file(frontmatter), agendaPart);
    return result.ok ? [] : result.errors.map(formatContentError);
  };

  it('accepts a subject with its list, and one whose source has no list', () => {
    expect(errors(subject)).toEqual([]);
    expect(errors(subject.replace(/acties:\n.*\n.*\n/, 'acties: geen\n'))).toEqual([]);
  });

  it('refuses anything else for acties, naming what it expects', () => {
    expect(errors(subject.replace(/acties:\n.*\n.*\n/, 'acties: nee\n'))).toEqual([
      'a.md:6:9  acties: verwacht "geen" of een groep velden met punten: (de lijst "Wat gaan we daarvoor doen?") en bron:, gevonden "nee" [acties]',
    ]);
    expect(errors(subject.replace('punten: [Een punt uit de bron.]', 'punten: []'))).toEqual([
      'a.md:7:11  acties.punten: verwacht minstens 1 item(s) in de lijst, gevonden een lege lijst [lijst]',
    ]);
    expect(errors(subject.replace('  punten:', '  punt:'))).toEqual([
      'a.md:7:3  acties.punten: verplicht veld ontbreekt; verwacht een lijst [verplicht]',
      'a.md:7:3  acties.punt: onbekend veld (bedoelt u "punten"?); toegestaan zijn: tekst, punten, bron [onbekend-veld]',
    ]);
    expect(errors(subject.replace('soort: onderwerp', 'soort: thema'))).toEqual([
      'a.md:4:8  soort: verwacht een van: context, onderwerp; gevonden "thema" [keuze]',
    ]);
  });
});

describe('agenda rules, on a copy of the real content', () => {
  it('refuse a subject without acties, and acties on a context part', () => {
    expect(errorsAfter({ [OZJT]: replace('\nacties: geen\n', '\n') })).toEqual([
      'content/2017/agenda/jeugdhulp-en-maatschappelijke-ondersteuning.md:2:1  acties: verplicht veld ontbreekt; een onderwerp zegt wat de organisatie gaat doen: zet de punten onder "Wat gaan we daarvoor doen?" uit de bron in acties: (punten: en bron:), of schrijf acties: geen als de bron die lijst bij dit onderwerp niet heeft [acties]',
    ]);
    expect(errorsAfter({ [CONTEXT]: replace('soort: context\n', 'soort: context\nacties: geen\n') })).toEqual([
      'content/2017/agenda/gezamenlijke-ambitie.md:5:9  acties: alleen een onderwerp heeft acties:; haal acties: weg, of schrijf soort: onderwerp [acties]',
    ]);
  });

  it('refuse a list from another document than the one of the year', () => {
    expect(
      errorsAfter({
        [HEALTH]: replace('  bron:\n    document: samenwerkingsagenda-2017-2020', '  bron:\n    document: programmabegroting-2020'),
      }),
    ).toEqual([
      'content/2017/agenda/publieke-gezondheid.md:41:15  acties.bron.document: dit deel komt uit "programmabegroting-2020", maar 2017 hoort bij "samenwerkingsagenda-2017-2020" (content/2017/jaar.yaml); een plan geldt voor de periode van zijn eigen document: zet het bij het jaar van dat document [document-van-het-jaar]',
    ]);
  });

  it('ask for the period of the plans, and refuse a heading in the text', () => {
    expect(errorsAfter({ '2017/jaar.yaml': replace('agendaPeriode: 2017 tot halverwege 2020\n', '') })).toEqual([
      'content/2017/jaar.yaml:1:1  agendaPeriode: verplicht veld ontbreekt; content/2017/agenda/ heeft onderwerpen met plannen: schrijf agendaPeriode: met de periode waarvoor ze gelden, in de woorden van de bron (bijvoorbeeld "2017 tot halverwege 2020") [agenda]',
    ]);
    expect(errorsAfter({ [OZJT]: replace('\nIn 2017 vindt', '\n## Onze ambitie\n\nIn 2017 vindt') })).toEqual([
      'content/2017/agenda/jeugdhulp-en-maatschappelijke-ondersteuning.md:12:1  een kopje (#) hoort niet in deze tekst: de jaarpagina zet de kopjes zelf (de titel, "De ambitie"); maak er een gewone alinea van [agenda]',
    ]);
  });
});

describe('provenance of the agenda texts', () => {
  const { content } = validateContent(CONTENT_DIR);
  const parts = content.agendaParts;
  const source = agendaText();
  /**
   * The repairs of extraction errors, as each file's comments note them: words broken at the end of a
   * line in the two columns of "Gezamenlijk ambitie", and the quotation marks around a term the site
   * spells otherwise. (Paragraphs that a page break split are one again; white space is not compared.)
   */
  const REPAIRS: [string, string][] = [
    ...['voor- sprong', 'inves- teren', 'vak- manschap', 'verduur- zamen', 'arbeids- markt', 'men- sen', 'Twen- te', 'investerin- gen']
      .concat(['infrastruc- tuur', 'voorko- men', 'aantrek- kelijk', 'bijzon- der', 'Twente- naar'])
      .map((broken): [string, string] => [broken, broken.replace('- ', '')]),
    ['een coalition of the willing,', 'een “coalition of the willing”,'],
  ];
  const repaired = REPAIRS.reduce((text, [from, to]) => text.split(from).join(to), source);

  it('repairs only what stands in the source, once', () => {
    for (const [from] of REPAIRS) expect(source.split(from).length - 1, from).toBe(1);
  });

  it('copy every list item and every paragraph word for word from the agenda', () => {
    expect(parts.length).toBe(7);
    let checked = 0;
    for (const entry of parts) {
      const { acties } = entry.data;
      const quoted = [
        ...(typeof acties === 'object' ? [...(acties.tekst ? [acties.tekst] : []), ...acties.punten] : []),
        // Paragraphs, quotes and list items of the text, without their Markdown marks.
        ...(entry.body ?? '')
          .split('\n')
          .map((line) => line.replace(/^\s*(?:>|-)\s+/, '').trim())
          .filter(Boolean),
      ];
      for (const text of quoted) {
        expect(repaired, `${entry.file}: ${text}`).toContain(text.replace(/\s+/g, ' '));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('cite headings that stand in the agenda, and the period of the plans in its words', () => {
    for (const entry of parts) {
      const refs = [entry.data.bron, ...(typeof entry.data.acties === 'object' ? [entry.data.acties.bron] : [])];
      for (const ref of refs) for (const heading of ref.sectie.split(', ')) expect(source, `${entry.file}: ${heading}`).toContain(heading);
    }
    const year = content.years.find((entry) => entry.folderYear === 2017);
    expect(source).toContain(`voor de periode ${year?.data.agendaPeriode}`);
  });
});
