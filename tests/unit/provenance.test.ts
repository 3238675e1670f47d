import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePeriod, listPeriodText, notNamedNote, periodLabelSentence, quoteGivesPeriod } from '../../src/lib/period.ts';
import { period } from '../../src/schemas/common.ts';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { errorsAfter, replace } from '../helpers/content-copy.ts';

const { content } = validateContent(CONTENT_DIR);

/** The text of a source, by its id in content/bronnen.yaml, with all runs of white space as one space. */
function sourceText(id: string): string {
  const name = id === 'bevolking-twente-2020' ? `${id}.md` : `${id}.txt`;
  return readFileSync(`tests/fixtures/bronnen/${name}`, 'utf8').replace(/\s+/g, ' ');
}

/** Every quote that proves a period, with where it stands and the document it quotes. */
function periodQuotes(): { where: string; document: string; quote: string }[] {
  const quotes: { where: string; document: string; quote: string }[] = [];
  for (const entry of content.figures) {
    for (const block of entry.data.blokken) {
      const document = block.bron.document;
      if (block.periodeCitaat) quotes.push({ where: `${entry.file} ${block.id}`, document, quote: block.periodeCitaat });
      for (const figure of block.cijfers) {
        if (figure.periodeCitaat)
          quotes.push({ where: `${entry.file} ${block.id} ${figure.label}`, document, quote: figure.periodeCitaat });
      }
    }
  }
  for (const entry of content.coalitions) {
    const participants = entry.data.deelnemers;
    if (participants?.periodeCitaat)
      quotes.push({ where: entry.file, document: participants.bron.document, quote: participants.periodeCitaat });
  }
  return quotes;
}

describe('periods', () => {
  it('accept a year, a range, "per jaar", "onbepaalde tijd" and "geen", and nothing else', () => {
    for (const value of ['2016', '2017-2018', 'per jaar', 'onbepaalde tijd', 'geen'])
      expect(period.safeParse(value).success, value).toBe(true);
    for (const value of ['2018-2017', '2024 (dia)', 'begroting 2015', '2015 en 2016', 'Per jaar', ''])
      expect(period.safeParse(value).success, value).toBe(false);
  });

  it('are proven by a quote only when the quote contains them', () => {
    expect(quoteGivesPeriod('2016', 'OZJT/Samen14 in cijfers - 2016')).toBe(true);
    expect(quoteGivesPeriod('2016', 'in 20161 gevallen')).toBe(false);
    expect(quoteGivesPeriod('2017-2018', 'periode 2017 – 2018')).toBe(true);
    expect(quoteGivesPeriod('2017-2018', 'periode 2017-2020')).toBe(false);
    expect(quoteGivesPeriod('per jaar', 'GGD Twente in cijfers per jaar')).toBe(true);
    expect(quoteGivesPeriod('per jaar', "op jaarbasis zo'n 200.000 klantcontacten")).toBe(true);
    expect(quoteGivesPeriod('per jaar', 'GGD Twente in cijfers')).toBe(false);
    expect(quoteGivesPeriod('onbepaalde tijd', 'Onbepaalde tijd')).toBe(true);
    // A footnote mark right after the words, as the extracted text of a PDF has it.
    expect(quoteGivesPeriod('onbepaalde tijd', 'aangegaan voor onbepaalde tijd1')).toBe(true);
    expect(quoteGivesPeriod('onbepaalde tijd', 'aangegaan tot 2030')).toBe(false);
  });

  it('need no quote when the source names none', () => {
    expect(quoteGivesPeriod('geen', 'GGD Twente in cijfers')).toBe(true);
    expect(quoteGivesPeriod('geen', '')).toBe(true);
  });

  it('are described in one Dutch sentence, saying so when the source names none', () => {
    expect(describePeriod('2016')).toBe('Periode volgens de bron: 2016.');
    expect(describePeriod('per jaar')).toBe('Periode volgens de bron: per jaar (zonder jaartal).');
    expect(describePeriod('geen', '16 oktober 2024')).toBe('De bron noemt geen jaar of periode; het document is van 16 oktober 2024.');
    expect(describePeriod('geen')).toBe('De bron noemt geen jaar of periode.');
  });

  it('are labelled short where the page explains a missing period once', () => {
    expect(periodLabelSentence('geen')).toBe('Periode: niet genoemd.');
    expect(periodLabelSentence('2016')).toBe('Periode volgens de bron: 2016.');
    expect(periodLabelSentence('per jaar')).toBe('Periode volgens de bron: per jaar (zonder jaartal).');
    expect(notNamedNote('1 september 2015')).toBe(
      'Waar "Periode: niet genoemd" staat, noemt de bron geen jaar of periode; het document is van 1 september 2015.',
    );
    expect(notNamedNote()).toBe('Waar "Periode: niet genoemd" staat, noemt de bron geen jaar of periode.');
  });

  it('label a participant list in a table: its period, no period, or no list', () => {
    expect(listPeriodText({ periode: '2017-2018' })).toBe('periode 2017-2018');
    expect(listPeriodText({ periode: 'geen' })).toBe('periode niet genoemd');
    expect(listPeriodText(undefined)).toBe('deelnemers niet genoemd');
  });
});

describe('provenance of the real content', () => {
  it('quotes every period word for word from its source', () => {
    const quotes = periodQuotes();
    expect(quotes.length).toBeGreaterThan(10);
    for (const { where, document, quote } of quotes) {
      expect(sourceText(document), `${where}: "${quote}" is not in ${document}`).toContain(quote.replace(/\s+/g, ' '));
    }
  });

  it('gives the 2024 slides no year: they are dated 16 October 2024 and name no budget year', () => {
    const slides = content.figures.find((entry) => entry.slug === 'kerntakendiscussie-2024');
    expect(slides?.data.blokken.map((block) => block.periode)).toEqual(slides?.data.blokken.map(() => 'geen'));
  });

  it('keeps each participant list in the year of the document that names it', () => {
    const years = new Map(content.years.map((year) => [year.folderYear, year.data.bron.document]));
    for (const entry of content.coalitions) {
      if (entry.data.deelnemers) expect(entry.data.deelnemers.bron.document, entry.file).toBe(years.get(entry.folderYear));
    }
    // The 2020 budget names participants for Netwerkstad Twente only.
    const named2020 = content.coalitions.filter((entry) => entry.folderYear === 2020 && entry.data.deelnemers).map((entry) => entry.slug);
    expect(named2020).toEqual(['netwerkstad-twente']);
  });
});

describe('period rules', () => {
  const MDA_2020 = '2020/coalities/milieu-duurzaamheid-en-afval.md';
  it('reject a 2017 participant list in a 2020 file, and say where it belongs', () => {
    const errors = errorsAfter({
      [MDA_2020]: replace(
        'kosten: 85000\n',
        'kosten: 85000\ndeelnemers:\n  gemeenten: alle\n  bron: { document: samenwerkingsagenda-2017-2020, sectie: Bijlage 1 }\n  periode: "2017-2018"\n  periodeCitaat: "2017-2018"\n',
      ),
    });
    expect(errors).toEqual([
      'content/2020/coalities/milieu-duurzaamheid-en-afval.md:10:21  deelnemers.bron.document: de deelnemers komen uit "samenwerkingsagenda-2017-2020", maar 2020 hoort bij "programmabegroting-2020" (content/2020/jaar.yaml); een lijst uit een ander document geldt niet voor 2020: zet hem bij het jaar van dat document en laat deelnemers hier weg (de pagina zegt dan dat de bron van 2020 geen deelnemers noemt) [document-van-het-jaar]',
    ]);
  });

  it('reject a period without the words of the source, and a quote that does not give it', () => {
    const errors = errorsAfter({
      'cijfers/kerntakendiscussie-2024.yaml': (text) => text.replace('periode: geen', 'periode: "2024"'),
      'cijfers/samenwerkingsagenda-2017-2020.yaml': replace(
        'periodeCitaat: OZJT/Samen14 in cijfers - 2016',
        'periodeCitaat: OZJT/Samen14 in cijfers',
      ),
    });
    expect(errors).toEqual([
      'content/cijfers/kerntakendiscussie-2024.yaml:6:14  blokken[0].periode: periode "2024" heeft de woorden van de bron nodig: schrijf periodeCitaat: met de tekst uit de bron waarin "2024" staat; noemt de bron geen periode, schrijf dan periode: geen [periode]',
      'content/cijfers/samenwerkingsagenda-2017-2020.yaml:93:20  blokken[4].periodeCitaat: in dit citaat staat de periode "2016" niet; neem de woorden uit de bron over die de periode geven, of pas de periode aan aan wat de bron zegt [periode]',
    ]);
  });

  it('explain a period written as a number or with other words', () => {
    const errors = errorsAfter({
      'cijfers/samenwerkingsagenda-2017-2020.yaml': (text) =>
        text.replace('periode: "2016"', 'periode: 2016').replace('periode: per jaar', 'periode: 2017 t/m 2018'),
    });
    expect(errors).toEqual([
      'content/cijfers/samenwerkingsagenda-2017-2020.yaml:19:14  blokken[1].periode: verwacht een periode zoals de bron die geeft: een jaar ("2016"), twee jaren ("2017-2018"), "per jaar", "onbepaalde tijd" of "geen", gevonden "2017 t/m 2018" (schrijf "2017-2018") [periode]',
      'content/cijfers/samenwerkingsagenda-2017-2020.yaml:92:14  blokken[4].periode: verwacht een periode zoals de bron die geeft: een jaar ("2016"), twee jaren ("2017-2018"), "per jaar", "onbepaalde tijd" of "geen", gevonden 2016 (zet het tussen aanhalingstekens: "2016") [periode]',
    ]);
  });
});

describe('connection rules (content/verbanden.yaml)', () => {
  it("reject a mention of a page or block that does not exist in that year, or that quotes another year's document", () => {
    const errors = errorsAfter({
      'verbanden.yaml': (text) =>
        text
          .replace('      cijferblok: ggd-twente-per-jaar\n', '      cijferblok: ggd-twente-per-jr\n')
          .replace(
            '        domein: gezondheid\n        bron:\n          document: programmabegroting-2020',
            '        domein: gezondheid\n        bron:\n          document: samenwerkingsagenda-2017-2020',
          ),
    });
    expect(errors).toEqual([
      'content/verbanden.yaml:15:21  [0].jaren[1].cijferblok: onbekende cijferblok "ggd-twente-per-jr" in 2017 (bedoelt u "ggd-twente-per-jaar"?); kies een id uit content/cijfers/samenwerkingsagenda-2017-2020.yaml [verwijzing]',
      'content/verbanden.yaml:24:21  [0].jaren[2].bron.document: 2020 hoort bij het document "programmabegroting-2020"; een vermelding in een jaar citeert het document van dat jaar [document-van-het-jaar]',
    ]);
  });
});
