import { beforeAll, describe, expect, it } from 'vitest';
import { describePeriod } from '../../src/lib/period.ts';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { pageUrls, readPage, requireDist, textOf } from '../helpers/dist.ts';

// Every statement holds for the period its source gives: these tests read the built pages and fail
// when a page shows a list or a figure for a period its document does not give.
const { content } = validateContent(CONTENT_DIR);
const yearDocument = new Map(content.years.map((year) => [year.folderYear, year.data.bron.document]));

beforeAll(requireDist);

/** The HTML from the element that carries `marker` to the end of the enclosing section. */
function sectionAt(html: string, marker: string): string {
  const start = html.indexOf(marker);
  if (start < 0) return '';
  return html.slice(start, html.indexOf('</section>', start));
}

describe('participants', () => {
  const unnamed = content.coalitions.filter((entry) => !entry.data.deelnemers);
  const named = content.coalitions.filter((entry) => entry.data.deelnemers);

  it('are listed on a coalition page only when the document of its year names them', () => {
    for (const entry of unnamed) {
      const html = readPage(`/${entry.folderYear}/coalities/${entry.slug}/`);
      const participants = sectionAt(html, 'aria-labelledby="deelnemers"');
      expect(participants, entry.file).toContain('data-participants-named="no"');
      expect(participants, entry.file).not.toContain('class="participants');
      // Lists of other years are there with their own year and period, never as this year's list.
      for (const other of named.filter((item) => item.slug === entry.slug)) {
        expect(participants, entry.file).toContain(`href="/${other.folderYear}/coalities/${other.slug}/"`);
        expect(participants, entry.file).toContain(`data-participants-period="${other.data.deelnemers!.periode}"`);
      }
    }
    for (const entry of named) {
      const participants = sectionAt(readPage(`/${entry.folderYear}/coalities/${entry.slug}/`), 'aria-labelledby="deelnemers"');
      expect(participants, entry.file).toContain(`data-participants-period="${entry.data.deelnemers!.periode}"`);
      expect(entry.data.deelnemers!.bron.document, entry.file).toBe(yearDocument.get(entry.folderYear));
    }
  });

  it('say "niet genoemd" in every matrix and per-document table where the year\'s document names nobody', () => {
    const pages = ['/gemeenten/', ...content.years.map((year) => `/${year.folderYear}/coalities/`)].filter((url) =>
      pageUrls().includes(url),
    );
    let checked = 0;
    for (const url of pages) {
      const html = readPage(url);
      for (const year of content.years) {
        const matrix = sectionAt(html, `data-matrix-year="${year.folderYear}"`);
        if (!matrix) continue;
        const coalitions = content.coalitions
          .filter((entry) => entry.folderYear === year.folderYear)
          .sort((a, b) => a.data.volgorde - b.data.volgorde);
        const rows = matrix
          .split('<tr')
          .slice(2)
          .map((row) => [...row.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((cell) => cell[1]));
        expect(rows, url).toHaveLength(14);
        coalitions.forEach((coalition, column) => {
          const cells = new Set(rows.map((row) => row[column]));
          if (coalition.data.deelnemers)
            expect(
              [...cells].every((cell) => cell === 'ja' || cell === 'nee'),
              `${url} ${coalition.slug}`,
            ).toBe(true);
          else expect([...cells], `${url} ${coalition.slug}`).toEqual(['niet genoemd']);
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThan(10);
    for (const entry of unnamed) {
      const table = sectionAt(readPage(`/${entry.folderYear}/coalities/${entry.slug}/`), 'aria-labelledby="deelnemers-per-jaar"');
      if (table)
        expect(table, entry.file).toContain(`data-participants-year="${entry.folderYear}" data-participants-period="niet-genoemd"`);
    }
  });

  it('never count a municipality into a coalition of a year whose document does not name it', () => {
    const municipalities = content.municipalities?.data ?? [];
    for (const municipality of municipalities) {
      const html = readPage(`/gemeenten/${municipality.id}/`);
      for (const year of content.years) {
        const section = sectionAt(html, `data-participation-year="${year.folderYear}"`);
        for (const entry of unnamed.filter((item) => item.folderYear === year.folderYear)) {
          expect(section, `${municipality.id} ${entry.slug}`).not.toContain(`href="/${year.folderYear}/coalities/${entry.slug}/"`);
        }
      }
    }
  });
});

describe('periods of key figures', () => {
  it('show on every page exactly the period the content gives, and no other', () => {
    let checked = 0;
    for (const url of pageUrls()) {
      const html = readPage(url);
      for (const figures of content.figures) {
        for (const block of figures.data.blokken) {
          const at = html.indexOf(`id="cijfers-${block.id}"`);
          if (at < 0 || !html.includes(`figure-period`)) continue;
          const period = /data-period="([^"]+)"/.exec(html.slice(at))?.[1];
          expect(period, `${url} ${block.id}`).toBe(block.periode);
          const sentence = describePeriod(block.periode).replace(/\.$/, '');
          // The note stands in the block, or once above a group of blocks that all say the same (FigureBlocks).
          const section = html.slice(at, html.indexOf('</section>', at));
          const shared = html.lastIndexOf('data-period-shared', at);
          const note = section.includes('figure-period')
            ? section
            : html.slice(html.lastIndexOf('<p', shared), html.indexOf('</p>', shared));
          if (note !== section) expect(note, `${url} ${block.id}`).toContain(`data-period="${block.periode}"`);
          if (block.periode !== 'geen') expect(textOf(note), `${url} ${block.id}`).toContain(sentence);
          // No period: the full sentence (in the block, or once above a group of blocks), or the short label, explained once on the page.
          else if (note !== section) expect(textOf(note), `${url} ${block.id}`).toContain('De bron noemt geen jaar of periode');
          else if (!textOf(note).includes('De bron noemt geen jaar of periode')) {
            expect(textOf(note), `${url} ${block.id}`).toContain('Periode: niet genoemd.');
            expect(textOf(html), `${url} ${block.id}`).toMatch(
              /Waar "Periode: niet genoemd" staat, noemt de bron geen jaar of periode|Ook een begrotingsjaar of peildatum van de percentages op deze pagina noemen ze niet/,
            );
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('never claim "Geldt voor" a year, and head key figures with their document, not a year', () => {
    for (const url of pageUrls()) {
      const text = textOf(readPage(url));
      expect(text, url).not.toMatch(/Geldt voor: \d{4}/);
      expect(text, url).not.toMatch(/Kerncijfers \d{4}\b/);
    }
  });
});

describe('what the pages say about their sources', () => {
  it('never say a source is "not yet" on the site: the sources will not change', () => {
    const phrases = [
      /nog niet (?:op|in) (?:deze |de )?(?:site|bronnen)/i,
      /staat nog niet/i,
      /zodra die op de site staat/i,
      /staat niet in \d{4}/i,
      /kan de site nog niet/i,
    ];
    for (const url of pageUrls()) {
      const text = textOf(readPage(url));
      for (const phrase of phrases) expect(text, `${url}: ${phrase}`).not.toMatch(phrase);
    }
  });

  it('say what each other year holds in the year switcher, following the organisations the sources connect', () => {
    const gezondheid = readPage('/2020/domeinen/gezondheid/');
    const switcher = gezondheid.slice(
      gezondheid.indexOf('class="year-switcher"'),
      gezondheid.indexOf('</nav>', gezondheid.indexOf('class="year-switcher"')),
    );
    const ggd = content.connections?.data.find((entry) => entry.id === 'ggd-twente');
    expect(ggd?.jaren.map((mention) => mention.jaar)).toEqual([2015, 2017, 2020, 2024, 2025]);
    for (const mention of ggd!.jaren.filter((item) => item.jaar !== 2020)) {
      // The site's own reading says so (content/verbanden.yaml, lezing).
      expect(textOf(switcher)).toContain(`${mention.jaar} · ${mention.lezing ? 'onze lezing: ' : ''}${mention.wat}`);
    }
    expect(switcher).toContain('href="/2017/#cijfers-ggd-twente-per-jaar"');
    // Every page with a switcher: a year without the entity links either a connected page or the year overview, and says which.
    for (const url of pageUrls()) {
      const html = readPage(url);
      const start = html.indexOf('class="year-switcher"');
      if (start < 0) continue;
      const nav = html.slice(start, html.indexOf('</nav>', start));
      for (const item of nav.matchAll(/<li data-year-link="(\w+)">([\s\S]*?)<\/li>/g)) {
        if (item[1] === 'same') continue;
        expect(textOf(item[2] ?? ''), url).toMatch(/^\s*\d{4} · \S/);
      }
    }
  });

  it('give the 2020 contribution per inhabitant of Twente with its derivation, and no amount per municipality', () => {
    const text = textOf(readPage('/2020/'));
    expect(text).toContain('€ 52,84 per inwoner van Twente');
    expect(text).toContain('de bijdrage gedeeld door de 631.064 inwoners van Twente op 1 januari 2020, afgerond op hele centen');
    expect(textOf(readPage('/2020/domeinen/gezondheid/'))).toContain(
      'Per inwoner van Twente is dat € 28,78: € 18.165.000 gedeeld door de 631.064 inwoners',
    );
    for (const municipality of content.municipalities?.data ?? []) {
      const page = textOf(readPage(`/gemeenten/${municipality.id}/`));
      expect(page, municipality.id).toContain(`Wat ${municipality.naam} zelf betaalt, staat in geen van de bronnen.`);
      expect(page.match(/staat in geen van de bronnen/g), municipality.id).toHaveLength(1);
    }
  });
});
