import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPublicPaths, missingUrls, redirectedPaths } from '../../scripts/lib/url-manifest.ts';
import { siteCopy, type SiteCopy } from '../helpers/site-copy.ts';

// A staff member renames a page: the Gezondheid domain of 2020 moves to /2020/domeinen/publieke-gezondheid/
// and keeps its old address in `oudeAdressen`. Built in a copy of the site, with a repository address
// set, so pages also link to their content file ("Bewerk deze pagina").
let site: SiteCopy;
let build: ReturnType<SiteCopy['build']>;
const dist = (file: string) => join(site.dir, 'dist', file);

beforeAll(() => {
  site = siteCopy();
  const folder = join(site.dir, 'content', '2020', 'domeinen');
  renameSync(join(folder, 'gezondheid.md'), join(folder, 'publieke-gezondheid.md'));
  site.edit('2020/domeinen/publieke-gezondheid.md', 'kernzin:', 'oudeAdressen: [/2020/domeinen/gezondheid/]\nkernzin:');
  // content/verbanden.yaml links the domain by its id: the rename changes that link too.
  site.edit('verbanden.yaml', 'domein: gezondheid', 'domein: publieke-gezondheid');
  build = site.build({ REPOSITORY_URL: 'https://github.com/samentwente/twente-begroting' });
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

  it('links to its content file on the repository host, as every page made from a content file does', () => {
    const html = readFileSync(dist('2020/domeinen/publieke-gezondheid/index.html'), 'utf8');
    expect(html).toContain('href="https://github.com/samentwente/twente-begroting/edit/main/content/2020/domeinen/publieke-gezondheid.md"');
    expect(readFileSync(dist('2020/index.html'), 'utf8')).toContain('/edit/main/content/2020/jaar.yaml"');
    expect(readFileSync(dist('gemeenten/index.html'), 'utf8')).not.toContain('Bewerk deze pagina');
  });

  it('keeps every URL of the manifest working, through the redirect', () => {
    const built = builtPublicPaths(join(site.dir, 'dist'));
    const manifest = readFileSync('docs/urls.txt', 'utf8');
    expect(built).not.toContain('/2020/domeinen/gezondheid/');
    expect(missingUrls(manifest, built)).toEqual(['/2020/domeinen/gezondheid/']);
    expect(missingUrls(manifest, [...built, ...redirectedPaths(readFileSync(dist('_redirects'), 'utf8'))])).toEqual([]);
  });
});
