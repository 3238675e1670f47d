import { beforeAll, describe, expect, it } from 'vitest';
import { formatFigure } from '../../src/lib/figures.ts';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { readPage, requireDist, textOf } from '../helpers/dist.ts';

const { content } = validateContent(CONTENT_DIR);
const sources = content.sources?.data ?? [];

beforeAll(requireDist);

describe('document pages', () => {
  it('exist for every source document', () => {
    // The five documents the site publishes; three more sources give one figure (Twente's population), the
    // municipality codes (CBS) and Veilig Thuis's help number, and have no page.
    const published = sources.filter(
      (source) => !['bevolking-twente-2020', 'cbs-gemeentelijke-indeling-2020', 'veilig-thuis-hulp'].includes(source.id),
    );
    expect(published.length).toBe(5);
    for (const source of published) {
      expect(readPage(`/documenten/${source.id}/`), source.id).toContain(source.titel.replace(/"/g, '&quot;'));
    }
  });

  it('show every key figure of their document, as the document gives it', () => {
    expect(content.figures.length).toBeGreaterThanOrEqual(3);
    for (const entry of content.figures) {
      const text = textOf(readPage(`/documenten/${entry.slug}/`));
      for (const block of entry.data.blokken) {
        expect(text, block.id).toContain(block.titel);
        for (const figure of block.cijfers) {
          const shown = formatFigure(figure).replace(/\u00a0/g, ' ');
          expect(text, `${block.id}: ${figure.label}`).toContain(shown);
        }
      }
    }
  });

  it('have the figures the issue names for the 2015 plan and the 2024 slides', () => {
    const plan = textOf(readPage('/documenten/bedrijfsplan-2015/'));
    for (const shown of ['376', '243 fte', 'ongeveer € 24 miljoen', '242 fte', 'Variabel', 'In ontwikkeling', 'Tabel II.1']) {
      expect(plan).toContain(shown);
    }
    // Schema II.2's participation marks lost their columns in extraction: they are not published.
    expect(plan).not.toMatch(/NoabDT|R-H\s+Tw/);
    const slides = textOf(readPage('/documenten/kerntakendiscussie-2024/'));
    for (const shown of ['641.000', '119.000', 'tellen ze op tot 101%', 'tellen ze op tot 99%']) expect(slides).toContain(shown);
  });

  it('link every theme of the 2025-2030 programme to its own page', () => {
    const html = readPage('/documenten/strategisch-programma-2025-2030/');
    for (const entry of content.themes) expect(html).toContain(`href="/${entry.folderYear}/themas/${entry.slug}/"`);
  });
});

describe('year pages', () => {
  it('link to the document their texts and figures come from', () => {
    for (const year of content.years) {
      expect(readPage(`/${year.folderYear}/`), String(year.folderYear)).toContain(`href="/documenten/${year.data.bron.document}/"`);
    }
  });

  it('show the key figures of their document, with the period each block covers', () => {
    for (const year of content.years) {
      const figures = content.figures.find((entry) => entry.slug === year.data.bron.document);
      if (!figures) continue;
      const text = textOf(readPage(`/${year.folderYear}/`));
      for (const block of figures.data.blokken) {
        expect(text, `${year.folderYear}: ${block.id}`).toContain(block.titel);
        expect(readPage(`/${year.folderYear}/`), block.id).toContain(`data-period="${block.periode}"`);
      }
    }
  });

  it('keep the home page on the newest budget, and show the later years after it', () => {
    const text = textOf(readPage('/'));
    expect(text).toContain('De begroting van Regio Twente 2020');
    expect(text).toContain('Na 2020: Kerntakendiscussie SamenTwente 2024');
    expect(text).toContain('Na 2020: Strategisch programma SamenTwente 2025-2030');
    expect(text.indexOf('Kerntakendiscussie SamenTwente 2024')).toBeLessThan(text.indexOf('Na 2020: Strategisch programma'));
  });
});

describe('theme pages', () => {
  it('give each theme its ambitions, action lines and dot on the horizon, with the source chapter', () => {
    expect(content.themes.map((entry) => entry.slug).sort()).toEqual(['meedoen', 'opgroeien', 'organisatie', 'ouder-worden']);
    for (const entry of content.themes) {
      const html = readPage(`/${entry.folderYear}/themas/${entry.slug}/`);
      const text = textOf(html);
      for (const heading of ['Ambities SamenTwente', 'Actielijnen', 'Stip op de horizon']) expect(text, entry.slug).toContain(heading);
      if (entry.slug !== 'organisatie') expect(text, entry.slug).toContain('Bijdragen in 2030');
      expect(text).toContain(entry.data.bron.sectie);
      // The part about the organisation is no theme of the programme (tests/build/theme-count.test.ts).
      expect(html).toContain(entry.data.soort === 'thema' ? 'data-pagefind-filter="soort:Thema"' : 'data-pagefind-filter="soort:Uitleg"');
    }
  });
});

describe('organisation timeline', () => {
  it('links each step to the page of its document', () => {
    const html = readPage('/organisatie/');
    const steps = content.timeline?.data ?? [];
    expect(steps.length).toBeGreaterThanOrEqual(7);
    for (const step of steps.filter((entry) => entry.document)) {
      expect(html, step.id).toContain(`href="/documenten/${step.document}/"`);
    }
  });
});

describe('what became what', () => {
  it('links each part and guest of SamenTwente to what it carried out before', () => {
    const html = readPage('/organisatie/');
    const text = textOf(html);
    const row = (name: string) => text.slice(text.indexOf(`${name} `, text.indexOf('Wat werd wat?')));
    expect(row('GGD Twente')).toMatch(
      /^GGD Twente 2015: GGD Twente in het bedrijfsplan \(begroting 2015\) 2017: GGD Twente in cijfers per jaar 2020: domein Gezondheid Dia's van 16 oktober 2024: onze lezing: pijler 2: publieke gezondheid en leefomgeving Onderdeel van SamenTwente/,
    );
    expect(row('Veilig Thuis Twente (VTT)')).toMatch(
      /^Veilig Thuis Twente \(VTT\) 2020: domein Veilig Thuis Twente Dia's van 16 oktober 2024: onze lezing: pijler 3: veiligheid Onderdeel van SamenTwente/,
    );
    expect(row('Samen14')).toMatch(
      /^Samen14 2017: coalitie Samen14 2020: domein OZJT\/Samen14 Dia's van 16 oktober 2024: pijler 1: .* Gastorganisatie van SamenTwente/,
    );
    expect(row('Kennispunt Twente')).toMatch(
      /^Kennispunt Twente 2015: Kennispunt: formatie in 2016 2017: coalitie Kennispunt Twente 2020: coalitie Kennispunt Twente Dia's van 16 oktober 2024: Kennispunt: 4% van de totale kosten Gastorganisatie/,
    );
    // Twentse Koers is in the 2024 slides already: not "new in the 2025-2030 programme".
    expect(row('Twentse Koers')).toMatch(
      /^Twentse Koers Dia's van 16 oktober 2024: Twentse Koers: 10% van de totale kosten Gastorganisatie/,
    );
    expect(html).toContain('href="/2020/domeinen/gezondheid/"');
    expect(html).toContain('href="/2024/pijlers/publieke-gezondheid-en-leefomgeving/"');
    expect(html).toContain('href="/documenten/strategisch-programma-2025-2030/#ggd-twente"');
  });
});

describe('coalition participants over the years', () => {
  it('sets the 2017 and 2020 participants of Netwerkstad Twente side by side, each from its own source', () => {
    for (const url of ['/2020/coalities/netwerkstad-twente/', '/2017/coalities/netwerkstad-twente/']) {
      const html = readPage(url);
      const table = /<table class="participants-over-years"[^>]*>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
      const row = (name: string) =>
        textOf(
          table.match(new RegExp(`<tr[^>]*>\\s*<th scope="row"[^>]*>(?:<a[^>]*>)?${name}(?:(?!</tr>)[\\s\\S])*</tr>`))?.[0] ?? '',
        ).trim();
      expect(textOf(table), url).toMatch(/Deelnemer 2017 periode onbepaalde tijd 2020 periode niet genoemd/);
      expect(row('Almelo'), url).toBe('Almelo doet mee doet mee');
      expect(row('Provincie Overijssel'), url).toBe('Provincie Overijssel – doet mee');
      expect(textOf(table), url).toContain('Aantal deelnemers 4 6');
      expect(textOf(html), url).toContain('2017: Regionale samenwerkingsagenda 2017-2020 (28 juni 2017)');
    }
  });
});
