import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, readPage, requireDist, urlOf } from '../helpers/dist.ts';
import { parseCsv } from '../helpers/csv.ts';
import { decode } from '../helpers/visible-text.ts';

/*
 * A figure holds for the period its source gives, and the open data says the same as the page: for
 * every key-figures dataset (dist/data/kerncijfers-<document>.csv), each row's `periode` equals the
 * period that every page showing that figure says in words (the figure's own period if it has one,
 * else its block's). A block whose source gives a period for one figure only ("op jaarbasis" for the
 * client contacts of GGD Twente in 2015) must not spread it over the others.
 */

/** The period a sentence of src/lib/period.ts describePeriod says, as the data writes it. */
export function periodOfSentence(sentence: string): string | undefined {
  // A note said once for a group of blocks begins "Voor alle cijfers hieronder:".
  sentence = sentence.replace(/^Voor alle cijfers hieronder: /, '');
  if (/^De bron noemt geen jaar of periode\b/.test(sentence)) return 'geen';
  // The short label of a block or figure; the page says once what it means (src/lib/period.ts notNamedNote).
  if (/^Periode: niet genoemd\./.test(sentence)) return 'geen';
  return /^Periode volgens de bron: (.+?)(?: \(zonder jaartal\))?\.(?:\s|$)/.exec(sentence)?.[1];
}

const plain = (html: string) =>
  decode(html.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

interface Shown {
  block: string;
  label: string;
  period: string | undefined;
}

/** Every figure of the figure blocks on a page, with the period the page states for it. */
export function shownFigures(html: string): Shown[] {
  const sections = [...html.matchAll(/<section class="figure-block" aria-labelledby="cijfers-([^"]+)"[^>]*>([\s\S]*?)<\/section>/g)];
  // A period said once above a group of blocks holds for each block of the group that says none itself.
  const sharedNotes = [...html.matchAll(/<p class="muted figure-period"[^>]*data-period-shared[^>]*>([\s\S]*?)<\/p>/g)].map((match) => ({
    at: match.index,
    period: periodOfSentence(plain(match[1] ?? '')),
  }));
  return sections.flatMap((section) => {
    const [, block = '', body = ''] = section;
    const shared = sharedNotes.filter((note) => note.at < section.index).at(-1)?.period;
    const blockPeriod = periodOfSentence(plain(/<p class="muted figure-period"[^>]*>([\s\S]*?)<\/p>/.exec(body)?.[1] ?? '')) ?? shared;
    const items = [...body.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map(([, item = '']) => item);
    return items
      .filter((item) => item.includes('class="figure-label"'))
      .map((item) => {
        const label = plain(/<span class="figure-label"[^>]*>([\s\S]*?)<\/span>/.exec(item)?.[1] ?? '');
        const notes = [...item.matchAll(/<span class="muted figure-note"[^>]*>([\s\S]*?)<\/span>/g)].map(([, note = '']) => plain(note));
        const own = notes.map(periodOfSentence).find((period) => period !== undefined);
        return { block, label, period: own ?? blockPeriod };
      });
  });
}

interface Row {
  blok_id: string;
  label: string;
  periode: string;
}

function readRows(file: string): Row[] {
  const [header = [], ...rows] = parseCsv(readFileSync(join(DIST, 'data', file), 'utf8'));
  return rows.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])) as unknown as Row);
}

let datasets: { file: string; rows: Row[]; pages: string[] }[] = [];
beforeAll(() => {
  requireDist();
  const pages = htmlFiles()
    .map(urlOf)
    .filter((url) => url !== '/data/' && !url.startsWith('/insluiten/'));
  datasets = readdirSync(join(DIST, 'data'))
    .filter((file) => /^kerncijfers-.+\.csv$/.test(file))
    .map((file) => ({ file, rows: readRows(file), pages: pages.filter((url) => readPage(url).includes(`/data/${file}"`)) }));
});

describe('periods of key figures: page and open data agree', () => {
  it('finds every key-figures dataset and the pages that show it', () => {
    expect(datasets.map((dataset) => dataset.file)).toEqual(
      expect.arrayContaining(['kerncijfers-bedrijfsplan-2015.csv', 'kerncijfers-samenwerkingsagenda-2017-2020.csv']),
    );
    for (const dataset of datasets) expect(dataset.pages.length, dataset.file).toBeGreaterThan(0);
  });

  it('gives each row the period that each page showing the figure says', () => {
    const differences = datasets.flatMap((dataset) =>
      dataset.pages.flatMap((url) => {
        const shown = shownFigures(readPage(url));
        return dataset.rows.flatMap((row) => {
          const inBlock = shown.filter((figure) => figure.block === row.blok_id);
          // A distribution is drawn as a chart: its figures have no cards, and share the block's period.
          if (inBlock.length === 0) return [];
          const figure = inBlock.find((candidate) => candidate.label === row.label);
          if (!figure) return [`${url} ${row.blok_id}: "${row.label}" is in ${dataset.file} but not on the page`];
          return figure.period === row.periode ? [] : [`${url} ${row.blok_id}: "${row.label}": page ${figure.period}, CSV ${row.periode}`];
        });
      }),
    );
    expect(differences).toEqual([]);
  });

  it('says "per jaar" in 2015 only for the client contacts, as the business plan does', () => {
    const rows = datasets.find((dataset) => dataset.file === 'kerncijfers-bedrijfsplan-2015.csv')?.rows ?? [];
    expect(rows.filter((row) => row.periode === 'per jaar').map((row) => row.label)).toEqual(['klantcontacten op jaarbasis']);
  });
});

describe('the checks themselves', () => {
  it('read the period a page states in words', () => {
    expect(periodOfSentence('De bron noemt geen jaar of periode; het document is van 1 september 2015. Alleen bij …')).toBe('geen');
    expect(periodOfSentence('Periode volgens de bron: per jaar (zonder jaartal).')).toBe('per jaar');
    expect(periodOfSentence('Periode volgens de bron: 2017-2018. Toelichting')).toBe('2017-2018');
    expect(periodOfSentence('Periode: niet genoemd. De bron zegt "in de komende 25 jaar".')).toBe('geen');
    expect(periodOfSentence("De bron zegt: zo'n 200.000.")).toBeUndefined();
  });

  it("take a figure's own period over its block's", () => {
    const html =
      '<section class="figure-block" aria-labelledby="cijfers-b"><p class="muted figure-period">Periode volgens de bron: per jaar (zonder jaartal).</p>' +
      '<ul><li><span class="figure-label">a</span></li><li><span class="figure-label">b</span>' +
      '<span class="muted figure-note">De bron noemt geen jaar of periode.</span></li></ul></section>';
    expect(shownFigures(html)).toEqual([
      { block: 'b', label: 'a', period: 'per jaar' },
      { block: 'b', label: 'b', period: 'geen' },
    ]);
  });
});
