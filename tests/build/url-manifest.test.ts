import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  builtEmbedPaths,
  builtPublicPaths,
  builtSitemapPaths,
  missingUrls,
  redirectedPaths,
  sitemapPaths,
} from '../../scripts/lib/url-manifest.ts';
import { DIST, pageUrls, readPage, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

describe('shared links keep working', () => {
  it('every URL in docs/urls.txt is still built or redirected (after moving a page, add oudeAdressen; then `npm run urls:update`)', () => {
    const built = builtPublicPaths(DIST);
    const redirected = redirectedPaths(readFileSync(join(DIST, '_redirects'), 'utf8'));
    expect(missingUrls(readFileSync('docs/urls.txt', 'utf8'), [...built, ...redirected])).toEqual([]);
  });

  it('records the embed pages too: other sites frame them', () => {
    const manifest = readFileSync('docs/urls.txt', 'utf8');
    expect(builtEmbedPaths(DIST)).toContain('/insluiten/2020-domeinen/');
    expect(manifest).toContain('/insluiten/2020-domeinen/\n');
    expect(manifest).toContain('/insluiten/kerntakendiscussie-2024-pijlers-soort-taak/\n');
  });

  it('compares the manifest with what is built', () => {
    expect(missingUrls('/a/\n# opmerking\n\n/b/\n', ['/a/'])).toEqual(['/b/']);
    expect(sitemapPaths('<loc>https://x.nl/b/</loc><loc>https://x.nl/a/</loc>')).toEqual(['/a/', '/b/']);
    expect(redirectedPaths('/oud/ /nieuw/ 301\n\n# opmerking\n/ouder/ /nieuw/ 301\n')).toEqual(['/oud/', '/ouder/']);
  });
});

describe('the sitemap', () => {
  it('lists every page but the search page and the page for a missing address, at its full address', () => {
    expect(builtSitemapPaths(DIST)).toEqual(pageUrls().filter((url) => url !== '/zoeken/'));
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://twentebegroting.nl/2020/domeinen/gezondheid/</loc>');
  });

  it('keeps its old address /sitemap.xml, an index of the same parts as sitemap-index.xml, and robots.txt points to it', () => {
    const parts = (file: string) => sitemapPaths(readFileSync(join(DIST, file), 'utf8'));
    expect(parts('sitemap.xml')).toEqual(['/sitemap-0.xml']);
    expect(parts('sitemap.xml')).toEqual(parts('sitemap-index.xml'));
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://twentebegroting.nl/sitemap-index.xml\n',
    );
  });
});

describe('link previews', () => {
  it('every page has a canonical URL, Open Graph title, description and URL, and a preview image of its own', () => {
    const urls = [...pageUrls(), '/404.html'];
    const cards = new Set<string>();
    for (const url of urls) {
      const html = readPage(url);
      expect(html, url).toMatch(/<link rel="canonical" href="https:\/\/twentebegroting\.nl\/[^"]*">/);
      // Shared, the page is known by the same address as its canonical one.
      const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
      expect(html, url).toContain(`<meta property="og:url" content="${canonical}">`);
      expect(html, url).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html, url).toMatch(/<meta property="og:description" content="[^"]{20,}">/);
      const image = /<meta property="og:image" content="https:\/\/twentebegroting\.nl(\/deelkaart\/[^"]+\.png)">/.exec(html)?.[1];
      expect(image, url).toBeDefined();
      const png = readFileSync(join(DIST, image ?? ''));
      expect(png.subarray(1, 4).toString('latin1'), url).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], url).toEqual([1200, 630]);
      cards.add(png.toString('base64'));
    }
    // Drawn from each page's own title and figures, so no two pages share a card.
    expect(cards.size).toBe(urls.length);
  });

  it('a domain page has its own title and address in its Open Graph tags, word for word', () => {
    const html = readFileSync(join(DIST, '2020', 'domeinen', 'gezondheid', 'index.html'), 'utf8');
    expect(html).toContain('<meta property="og:title" content="Gezondheid 2020">');
    expect(html).toContain('<meta property="og:url" content="https://twentebegroting.nl/2020/domeinen/gezondheid/">');
    expect(html).toMatch(/<meta property="og:description" content="[^"]{40,}">/);
  });
});
