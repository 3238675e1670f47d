import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grownManifest, manifestUrls } from '../../scripts/lib/url-manifest.ts';

// docs/urls.txt holds every address the site ever published (tests/build/url-manifest.test.ts checks that
// each still leads somewhere). Regenerating it (`npm run urls:update`) may add addresses, never drop one.
describe('the URL manifest', () => {
  it('keeps every address it had and adds the new ones, sorted, without doubles', () => {
    expect(grownManifest('/b/\n/oud/\n', ['/a/', '/b/'])).toBe('/a/\n/b/\n/oud/\n');
    expect(grownManifest('', ['/b/', '/a/'])).toBe('/a/\n/b/\n');
    expect(grownManifest('/a/\n', [])).toBe('/a/\n');
    expect(manifestUrls('# opmerking\n\n /a/ \n/b/')).toEqual(['/a/', '/b/']);
  });

  it('is never shorter after `npm run urls:update`, also when a page is no longer built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'url-manifest-'));
    try {
      const dist = join(dir, 'dist');
      mkdirSync(join(dist, 'insluiten', 'grafiek'), { recursive: true });
      writeFileSync(join(dist, 'insluiten', 'grafiek', 'index.html'), '<!doctype html>');
      writeFileSync(
        join(dist, 'sitemap-index.xml'),
        '<sitemapindex><sitemap><loc>https://x.nl/sitemap-0.xml</loc></sitemap></sitemapindex>',
      );
      writeFileSync(
        join(dist, 'sitemap-0.xml'),
        '<urlset><url><loc>https://x.nl/</loc></url><url><loc>https://x.nl/nieuw/</loc></url></urlset>',
      );
      const manifest = join(dir, 'urls.txt');
      // /verhuisd/ was published once and is no longer built (it redirects now): it stays.
      writeFileSync(manifest, '/\n/verhuisd/\n');
      execFileSync(process.execPath, ['scripts/update-url-manifest.ts', dist, manifest], { stdio: 'pipe' });
      expect(readFileSync(manifest, 'utf8')).toBe('/\n/insluiten/grafiek/\n/nieuw/\n/verhuisd/\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
