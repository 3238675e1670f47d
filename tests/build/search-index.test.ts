import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSitemapPaths } from '../../scripts/lib/url-manifest.ts';
import { DIST, pageUrls, readPage, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

/** Pages that are not content: the home page repeats /2020/, the search page has no content. */
const NOT_INDEXED = ['/', '/zoeken/'];

describe('search index', () => {
  it('is written by the build, for Dutch', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['nl']);
  });

  it('covers every content page in the sitemap, and only the content of each', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const sitemap = builtSitemapPaths(DIST);
    const content = sitemap.filter((url) => !NOT_INDEXED.includes(url));
    expect(sitemap.sort()).toEqual(pageUrls().filter((url) => url !== '/zoeken/'));
    expect(entry.languages.nl?.page_count).toBe(content.length);
    for (const url of content) {
      const html = readPage(url);
      expect(html, url).toMatch(/<main[^>]*data-pagefind-body/);
      expect(html, url).toMatch(/data-pagefind-filter="soort:(Domein|Coalitie|Gemeente|Jaar|Overzicht|Uitleg|Document|Thema|Pijler)"/);
      // Navigation and helpers stay out of the index.
      expect(html.indexOf('data-pagefind-body'), url).toBeGreaterThan(html.indexOf('class="site-header"'));
    }
    for (const url of NOT_INDEXED) expect(readPage(url), url).not.toContain('data-pagefind-body');
  });

  it('gives domain and coalition pages their kind, year and amount', () => {
    const html = readPage('/2020/domeinen/gezondheid/');
    expect(html).toContain('data-pagefind-meta="soort:Domein"');
    expect(html).toContain('data-pagefind-meta="jaar:2020"');
    // Only the kind is a filter (the one the search page offers): pagefind loads every filter to list them.
    expect([...new Set([...html.matchAll(/data-pagefind-filter="([^:"]+):/g)].map(([, name]) => name))]).toEqual(['soort']);
    expect(html).toContain('data-pagefind-meta="bedrag:Bijdrage van de gemeenten aan dit domein, 2020: €\u00a018.165.000"');
    // Results name the document, not a bare year that could read as the period of the figures.
    expect(html).toContain('data-pagefind-meta="bron:Programmabegroting 2020"');
    expect(readPage('/2017/coalities/milieu-duurzaamheid-en-afval/')).toContain('data-pagefind-meta="bron:Samenwerkingsagenda 2017-2020"');
    expect(readPage('/2024/')).toContain('data-pagefind-meta="bron:Kerntakendiscussie 2024"');
    expect(readdirSync(join(DIST, 'pagefind', 'filter')).length).toBeGreaterThan(0);
  });

  it('has a search form in the header of every page, which works without JavaScript', () => {
    for (const url of [...pageUrls(), '/404.html']) {
      expect(readPage(url), url).toMatch(
        /<form class="site-search" role="search" aria-label="Zoeken op de site" action="\/zoeken\/" method="get"[^>]*>\s*<label for="zoekveld"[^>]*>Zoek op deze site<\/label>\s*<input id="zoekveld" type="search" name="q"/,
      );
    }
  });
});
