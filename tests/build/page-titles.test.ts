import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, readPage, requireDist, urlOf } from '../helpers/dist.ts';
import { adminPath } from '../../src/lib/paths.ts';
import { decode } from '../helpers/visible-text.ts';

// Every page's title, kind, year and key figure come from one list (src/data/page-titles.ts): the <title>,
// the Open Graph title, the search metadata and the preview card of a page all say what its line there says.

beforeAll(requireDist);

const SITE = 'https://twentebegroting.nl';

/** Every built HTML page (also the 404 page and the embed pages) by its address. */
// The staff's CMS (/beheer/) is a tool, not a page: no title card, not in the list of pages.
const pages = () =>
  htmlFiles()
    .map(urlOf)
    .filter((url) => url !== adminPath())
    .sort();

/** The name of a page's preview card: its path without slashes, "home" for the start page. */
const cardNameOf = (url: string) => url.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '') || 'home';

/** The preview cards drawn: one per page in the list of pages. */
const cardNames = () =>
  (readdirSync(join(DIST, 'deelkaart'), { recursive: true }) as string[])
    .filter((name) => name.endsWith('.png'))
    .map((name) =>
      name
        .replace(/\.png$/, '')
        .split('\\')
        .join('/'),
    )
    .sort();

interface Head {
  title: string;
  ogTitle: string;
  ogImage: string;
  ogImageAlt: string;
  /** The search metadata (data-pagefind-meta) by name: soort, jaar, bedrag, bron. */
  search: Map<string, string> | undefined;
}

function headOf(url: string): Head {
  const html = readPage(url);
  const meta = (property: string) => decode(new RegExp(`<meta property="${property}" content="([^"]*)">`).exec(html)?.[1] ?? '');
  const indexed = html.includes('data-pagefind-body');
  return {
    title: decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''),
    ogTitle: meta('og:title'),
    ogImage: meta('og:image'),
    ogImageAlt: meta('og:image:alt'),
    search: indexed
      ? new Map(
          [...html.matchAll(/data-pagefind-meta="([^":]+):([^"]*)"/g)].map(([, name, value]) => [name ?? '', decode(value ?? '')] as const),
        )
      : undefined,
  };
}

describe('the list of pages', () => {
  it('names every built page, and every page it names is built: one preview card per page', () => {
    expect(pages().length).toBeGreaterThan(50);
    expect(cardNames()).toEqual(pages().map(cardNameOf).sort());
  });

  it('gives every page the preview card of its own address', () => {
    for (const url of pages()) expect(headOf(url).ogImage, url).toBe(`${SITE}/deelkaart/${cardNameOf(url)}.png`);
  });
});

describe("a page's title, search metadata and preview card say the same", () => {
  it('every <title> is the Open Graph title with the site name (an embedded chart: shortened if too long)', () => {
    for (const url of pages()) {
      const { title, ogTitle } = headOf(url);
      expect(ogTitle, url).not.toBe('');
      if (url === '/') expect(title).toBe('Twente begroting');
      else if (url.startsWith('/insluiten/') && title !== `${ogTitle} | Twente begroting`)
        expect(title === ogTitle || (title.endsWith('…') && ogTitle.startsWith(title.slice(0, -1))), `${url}: ${title}`).toBe(true);
      else expect(title, url).toBe(`${ogTitle} | Twente begroting`);
    }
  });

  it("every card in the search index says the page's kind, year, title and key figure, as its search result does", () => {
    const indexed = pages().filter((url) => headOf(url).search);
    expect(indexed.length).toBeGreaterThan(40);
    for (const url of indexed) {
      const { ogTitle, ogImageAlt, search } = headOf(url);
      const kicker = [search?.get('soort'), search?.get('jaar')].filter(Boolean).join(' · ');
      expect(search?.get('soort'), url).toBeTruthy();
      expect(ogImageAlt, url).toBe([kicker, ogTitle, search?.get('bedrag')].filter(Boolean).join(' – '));
    }
  });

  it('the cards of pages outside the search index name the site, or for an embedded chart say "Grafiek", above the title', () => {
    const outside = pages().filter((url) => !headOf(url).search);
    expect(outside).toEqual(expect.arrayContaining(['/', '/404.html', '/zoeken/', '/insluiten/2020-domeinen/']));
    for (const url of outside) {
      const { ogTitle, ogImageAlt } = headOf(url);
      if (url.startsWith('/insluiten/')) expect(ogImageAlt, url).toBe(`Grafiek – ${ogTitle}`);
      // The home page's card says what the site is, with the latest year's total.
      else if (url === '/')
        expect(ogImageAlt).toMatch(/^Twente begroting – De begroting van Regio Twente, open en navolgbaar – Som van .+: €\s[\d.]+$/);
      else expect(ogImageAlt, url).toBe(`Twente begroting – ${ogTitle}`);
    }
  });
});
