import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isLivePage, livePages } from '../../src/lib/redirects.ts';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { htmlFiles, readPage, requireDist, urlOf } from '../helpers/dist.ts';

beforeAll(requireDist);

// An old address (`oudeAdressen`) that is a live page would be replaced by its redirect. The content check
// refuses every address of src/lib/redirects.ts's livePages; here every page the build made must be one,
// so a new kind of page (a new file in src/pages/) cannot slip past the check.
describe('old addresses and live pages', () => {
  const live = livePages(validateContent(CONTENT_DIR).content);
  // Every HTML page of the build at its address (404.html is the page for a missing address), but a
  // redirect page: that is an old address itself.
  const built = htmlFiles()
    .map((file) => (file === '404.html' ? '/404/' : urlOf(file)))
    .filter((url) => !readPage(url === '/404/' ? '/404.html' : url).includes('http-equiv="refresh"'));

  it('every page of the build is one an old address may not be', () => {
    expect(built.length).toBeGreaterThan(50);
    expect(built).toContain('/insluiten/2020-domeinen/');
    expect(built.filter((url) => !isLivePage(url, live))).toEqual([]);
  });

  it('every address in docs/urls.txt that the build makes is one too', () => {
    const manifest = readFileSync('docs/urls.txt', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('/'));
    const stillBuilt = manifest.filter((url) => built.includes(url));
    expect(stillBuilt.length).toBeGreaterThan(50);
    expect(stillBuilt.filter((url) => !isLivePage(url, live))).toEqual([]);
  });
});
