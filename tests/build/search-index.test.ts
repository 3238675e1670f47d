import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSitemapPaths } from '../../scripts/lib/url-manifest.ts';
import { INDEX_LANGUAGE } from '../../src/integrations/search-index.ts';
import { DIST, pageUrls, readPage, requireDist } from '../helpers/dist.ts';
import { decode, visibleText } from '../helpers/visible-text.ts';

beforeAll(requireDist);

/** What pagefind keeps of each indexed page (its fragment files: gzip of "pagefind_dcd" and JSON). */
function indexedFragments(): { url: string; content: string; meta: Record<string, string> }[] {
  const folder = join(DIST, 'pagefind', 'fragment');
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    const fragment = JSON.parse(text) as { url: string; content: string; meta: Record<string, string> };
    return { ...fragment, content: decode(fragment.content) };
  });
}

/** Pages that are not content: the home page repeats /2020/, the search page has no content. */
const NOT_INDEXED = ['/', '/zoeken/'];

describe('search index', () => {
  it('is written by the build, without a stemmer (the Dutch one cut "geweld" to "wel")', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number; wasm: string | null }>;
    };
    expect(Object.keys(entry.languages)).toEqual([INDEX_LANGUAGE]);
    // One index for the whole site: a page in another language would get an index of its own.
    expect(entry.languages[INDEX_LANGUAGE]?.wasm).toBeNull();
    expect(readPage('/2020/domeinen/gezondheid/')).toMatch(/<html lang="nl"/);
  });

  it('covers every content page in the sitemap, and only the content of each', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const sitemap = builtSitemapPaths(DIST);
    const content = sitemap.filter((url) => !NOT_INDEXED.includes(url));
    expect(sitemap.sort()).toEqual(pageUrls().filter((url) => url !== '/zoeken/'));
    expect(entry.languages[INDEX_LANGUAGE]?.page_count).toBe(content.length);
    for (const url of content) {
      const html = readPage(url);
      expect(html, url).toMatch(/<main[^>]*data-pagefind-body/);
      expect(html, url).toMatch(/data-pagefind-filter="soort:(Domein|Coalitie|Gemeente|Jaar|Overzicht|Uitleg|Document|Thema|Pijler)"/);
      // Navigation and helpers stay out of the index.
      expect(html.indexOf('data-pagefind-body'), url).toBeGreaterThan(html.indexOf('class="site-header"'));
    }
    for (const url of NOT_INDEXED) expect(readPage(url), url).not.toContain('data-pagefind-body');
  });

  it("leaves table rows out of every page's text, so no excerpt reads cells run together", () => {
    const fragments = indexedFragments();
    expect(fragments.length).toBeGreaterThan(0);
    const runTogether: string[] = [];
    for (const { url, content } of fragments) {
      const main = readPage(url).split('<main')[1] ?? '';
      // The same words may also stand outside a table (a card: "Jeugd" above "29%"): those are the page's own.
      const bare = (text: string) => text.replace(/[.\s]+/g, ' ').trim();
      const outside = bare(visibleText(main.replace(/<table\b[\s\S]*?<\/table>/g, ' ')).text);
      for (const [row] of main.matchAll(/<tr\b[\s\S]*?<\/tr>/g)) {
        const cells = [...row.matchAll(/<(t[hd])\b[^>]*>([\s\S]*?)<\/t[hd]>/g)]
          .map(([, tag, cell]) => ({ tag, text: visibleText(cell ?? '').text.trim() }))
          .filter((cell) => cell.text !== '');
        if (cells.length < 2) continue;
        // Pagefind ends a data cell (not a header cell) with a full stop: "Almelo doet mee. niet genoemd."
        const joined = cells.map(({ tag, text }) => (tag === 'td' && /[\p{L}\p{N})]$/u.test(text) ? `${text}.` : text)).join(' ');
        if (content.includes(joined) && !outside.includes(bare(joined))) runTogether.push(`${url}: ${joined}`);
      }
    }
    expect(runTogether).toEqual([]);
  });

  it('searches the keywords of a page but never shows them', () => {
    const html = readPage('/2020/domeinen/veilig-thuis-twente/');
    expect(html).toContain('<span hidden data-pagefind-meta="trefwoorden:VTT, huiselijk geweld, kindermishandeling, meldpunt"></span>');
    const shown = pageUrls().filter((url) => /Trefwoorden/.test(visibleText(readPage(url)).text));
    expect(shown).toEqual([]);
    const fragment = indexedFragments().find(({ url }) => url === '/2020/domeinen/veilig-thuis-twente/');
    expect(fragment?.meta.trefwoorden).toBe('VTT, huiselijk geweld, kindermishandeling, meldpunt');
    expect(fragment?.content).not.toContain('Trefwoorden');
  });

  it("writes the site's own words next to it for spelling suggestions, by their first two letters, the most used first", () => {
    const folder = join(DIST, 'pagefind', 'woorden');
    const buckets = Object.fromEntries(
      readdirSync(folder).map((name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(folder, name), 'utf8')) as string[]]),
    );
    expect(buckets.hu).toEqual(expect.arrayContaining(['huiselijk']));
    expect(buckets.ge).toEqual(expect.arrayContaining(['gezondheid', 'geweld', 'gemeenten']));
    for (const [bucket, words] of Object.entries(buckets)) {
      expect(
        words.every((word) => word.length >= 4 && !/\d/.test(word) && word === word.toLowerCase()),
        bucket,
      ).toBe(true);
      expect(
        words.every((word) => (bucket === '_' ? !/^[a-z]{2}/.test(word) : word.startsWith(bucket))),
        bucket,
      ).toBe(true);
      expect(new Set(words).size, bucket).toBe(words.length);
    }
    expect(buckets.ge?.indexOf('gemeenten')).toBeLessThan(buckets.ge?.indexOf('geweld') ?? -1);
    // Small files: a reader loads one per word typed.
    expect(Math.max(...Object.values(buckets).map((words) => JSON.stringify(words).length))).toBeLessThan(4000);
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
