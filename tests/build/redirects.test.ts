import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingUrls, redirectedPaths, sitemapPaths } from '../../scripts/lib/url-manifest.ts';
import { siteCopy, type SiteCopy } from '../helpers/site-copy.ts';

// A staff member renames a page: the Gezondheid domain of 2020 moves to /2020/domeinen/publieke-gezondheid/
// and keeps its old address in `oudeAdressen`. Built in a copy of the site.
let site: SiteCopy;
let build: ReturnType<SiteCopy['build']>;
const dist = (file: string) => join(site.dir, 'dist', file);

beforeAll(() => {
  site = siteCopy();
  const folder = join(site.dir, 'content', '2020', 'domeinen');
  renameSync(join(folder, 'gezondheid.md'), join(folder, 'publieke-gezondheid.md'));
  site.edit('2020/domeinen/publieke-gezondheid.md', 'kernzin:', 'oudeAdressen: [/2020/domeinen/gezondheid/]\nkernzin:');
  build = site.build();
});
afterAll(() => site?.cleanup());

describe('a renamed page', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/\[ERROR\]|Error:/);
    expect(build.status).toBe(0);
  });

  it('is at its new address, and its old address leads there', () => {
    expect(existsSync(dist('2020/domeinen/publieke-gezondheid/index.html'))).toBe(true);
    const old = readFileSync(dist('2020/domeinen/gezondheid/index.html'), 'utf8');
    expect(old).toMatch(/<meta http-equiv="refresh" content="0;url=\/2020\/domeinen\/publieke-gezondheid\/"/);
    expect(old).toContain('href="/2020/domeinen/publieke-gezondheid/"');
    expect(readFileSync(dist('_redirects'), 'utf8')).toBe('/2020/domeinen/gezondheid/ /2020/domeinen/publieke-gezondheid/ 301\n');
  });

  it('keeps every URL of the manifest working, through the redirect', () => {
    const built = sitemapPaths(readFileSync(dist('sitemap.xml'), 'utf8'));
    const manifest = readFileSync('docs/urls.txt', 'utf8');
    expect(built).not.toContain('/2020/domeinen/gezondheid/');
    expect(missingUrls(manifest, built)).toEqual(['/2020/domeinen/gezondheid/']);
    expect(missingUrls(manifest, [...built, ...redirectedPaths(readFileSync(dist('_redirects'), 'utf8'))])).toEqual([]);
  });
});
