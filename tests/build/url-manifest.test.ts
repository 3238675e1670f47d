import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { missingUrls, sitemapPaths } from '../../scripts/lib/url-manifest.ts';
import { DIST, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

describe('shared links keep working', () => {
  it('every URL in docs/urls.txt is still built (after moving a page, add a redirect; then `npm run urls:update`)', () => {
    const built = sitemapPaths(readFileSync(join(DIST, 'sitemap.xml'), 'utf8'));
    expect(missingUrls(readFileSync('docs/urls.txt', 'utf8'), built)).toEqual([]);
  });

  it('compares the manifest with what is built', () => {
    expect(missingUrls('/a/\n# opmerking\n\n/b/\n', ['/a/'])).toEqual(['/b/']);
    expect(sitemapPaths('<loc>https://x.nl/b/</loc><loc>https://x.nl/a/</loc>')).toEqual(['/a/', '/b/']);
  });
});

describe('link previews', () => {
  it('every page has Open Graph title, description and URL', () => {
    const html = readFileSync(join(DIST, '2020', 'domeinen', 'gezondheid', 'index.html'), 'utf8');
    expect(html).toContain('<meta property="og:title" content="Gezondheid 2020">');
    expect(html).toContain('<meta property="og:url" content="https://twentebegroting.nl/2020/domeinen/gezondheid/">');
    expect(html).toMatch(/<meta property="og:description" content="[^"]{40,}">/);
  });
});
