import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv.ts';
import { DIST, embedUrls, pageUrls, readPage, requireDist, textOf } from '../helpers/dist.ts';

// A total says what it sums, and a figure never travels without what it is: preview cards (their alt
// text says what the card says), search results and embeds go to other sites without the page around them.

beforeAll(requireDist);

const pages = () => [...pageUrls(), ...embedUrls()];
const metaContents = (html: string) => [...html.matchAll(/<meta [^>]*content="([^"]*)"/g)].map((match) => match[1] ?? '');

/** The sum of each year's domain contributions, added up here from the open data (independent of the site's code). */
function domainSums(): { jaar: string; text: string }[] {
  return readdirSync(join(DIST, 'data'))
    .flatMap((file) => /^domeinen-(\d{4})\.csv$/.exec(file)?.slice(1) ?? [])
    .map((jaar) => {
      const [header = [], ...rows] = parseCsv(readFileSync(join(DIST, 'data', `domeinen-${jaar}.csv`), 'utf8'));
      const column = header.indexOf('bijdrage_euro');
      const sum = rows.reduce((total, row) => total + Number(row[column]), 0);
      // nl-NL thousands with dots, written by hand rather than by the site's formatter.
      return { jaar, text: `€ ${String(sum).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}` };
    });
}

describe('a total names what it sums', () => {
  it('wherever the sum of the domains stands, the words around it say it is a sum', () => {
    const sums = domainSums();
    expect(sums.map((sum) => sum.text)).toContain('€ 33.343.000');
    let found = 0;
    for (const url of pages()) {
      const html = readPage(url);
      const text = `${textOf(html)} ${metaContents(html).join(' ')}`.replace(/\u00a0/g, ' ');
      for (const { text: amount } of sums) {
        for (let at = text.indexOf(amount); at >= 0; at = text.indexOf(amount, at + 1)) {
          found += 1;
          const around = text.slice(Math.max(0, at - 150), at + amount.length + 80);
          expect(around, `${url}: …${around}…`).toMatch(/samen|som van|opgeteld/i);
        }
      }
    }
    expect(found).toBeGreaterThan(20);
  });

  it('every preview card with a figure says what the figure is', () => {
    let withFigure = 0;
    for (const url of [...pages(), '/404.html']) {
      const alt = /<meta property="og:image:alt" content="([^"]*)"/.exec(readPage(url))?.[1] ?? '';
      const figure = / – ([^–]*(?:€|\d+%)[^–]*)$/.exec(alt)?.[1];
      if (!figure) continue;
      withFigure += 1;
      // "<what it is>: <figure>", with words before the colon.
      expect(figure, url).toMatch(/^[A-Za-zÀ-ÿ][^:]{8,}: (?:€\s?[\d.]+|\d+%)$/);
    }
    expect(withFigure).toBeGreaterThan(10);
  });

  it('every search result with an amount says what it is', () => {
    let amounts = 0;
    for (const url of pageUrls()) {
      for (const match of readPage(url).matchAll(/data-pagefind-meta="bedrag:([^"]*)"/g)) {
        amounts += 1;
        expect(match[1], url).toMatch(/^[A-Za-zÀ-ÿ][^:]{8,}: (?:€\s?[\d.]+|\d+%)$/);
      }
    }
    expect(amounts).toBeGreaterThan(10);
  });
});
