import { describe, expect, it } from 'vitest';
import { collectRedirects, contentPages, isLivePage, livePages, redirectsFile } from '../../src/lib/redirects.ts';
import { errorsAfter, replace } from '../helpers/content-copy.ts';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

describe('redirects from old addresses', () => {
  it('leads each old address of a page to its current address', () => {
    const { content } = validateContent(CONTENT_DIR);
    const domain = content.domains.find((entry) => entry.slug === 'gezondheid');
    if (!domain) throw new Error('no gezondheid');
    const moved = { ...content, domains: [{ ...domain, data: { ...domain.data, oudeAdressen: ['/2020/domeinen/publieke-gezondheid/'] } }] };
    expect(collectRedirects(moved).map(({ from, to }) => [from, to])).toEqual([
      ['/2020/domeinen/publieke-gezondheid/', '/2020/domeinen/gezondheid/'],
    ]);
  });

  it('sorts the redirects by old address, each to the page whose file names it', () => {
    const { content } = validateContent(CONTENT_DIR);
    const [first, second] = content.domains.filter((entry) => entry.folderYear === 2020);
    if (!first || !second) throw new Error('two 2020 domains expected');
    const moved = {
      ...content,
      domains: [
        { ...first, data: { ...first.data, oudeAdressen: ['/z/oud/', '/b/oud/'] } },
        { ...second, data: { ...second.data, oudeAdressen: ['/a/oud/'] } },
      ],
    };
    expect(collectRedirects(moved)).toEqual([
      { from: '/a/oud/', to: `/2020/domeinen/${second.slug}/`, file: second.file },
      { from: '/b/oud/', to: `/2020/domeinen/${first.slug}/`, file: first.file },
      { from: '/z/oud/', to: `/2020/domeinen/${first.slug}/`, file: first.file },
    ]);
  });

  it('makes no page for the items of a list that could not be read', () => {
    const { content } = validateContent(CONTENT_DIR);
    expect(contentPages(content).map((page) => page.url)).toContain('/gemeenten/almelo/');
    const urls = contentPages({ ...content, knownIds: {} }).map((page) => page.url);
    expect(urls.filter((url) => url.startsWith('/gemeenten/'))).toEqual([]);
    expect(urls).toContain('/2020/domeinen/gezondheid/');
  });

  it('writes a _redirects file with permanent redirects', () => {
    expect(
      redirectsFile([
        { from: '/a/', to: '/b/', file: 'x' },
        { from: '/c/', to: '/d/', file: 'y' },
      ]),
    ).toBe('/a/ /b/ 301\n/c/ /d/ 301\n');
    expect(redirectsFile([])).toBe('');
  });

  it('refuses an old address that is a page that exists, or one claimed twice', () => {
    expect(
      errorsAfter({
        '2020/domeinen/gezondheid.md': replace('kernzin:', 'oudeAdressen: [/2020/domeinen/leefomgeving/]\nkernzin:'),
        '2020/coalities/twentse-kracht.md': replace('titel:', 'oudeAdressen: [/2020/domeinen/oud/]\ntitel:'),
        '2020/coalities/netwerkstad-twente.md': replace('titel:', 'oudeAdressen: [/2020/domeinen/oud/]\ntitel:'),
        '2020/coalities/kennispunt-twente.md': replace('titel:', 'oudeAdressen: [2020/zonder-streep]\ntitel:'),
      }),
    ).toEqual([
      expect.stringMatching(
        /^content\/2020\/coalities\/kennispunt-twente\.md:\d+:\d+  oudeAdressen\[0\]: verwacht een adres op deze site dat begint en eindigt met een schuine streep/,
      ),
      expect.stringMatching(
        /^content\/2020\/domeinen\/gezondheid\.md:\d+:\d+  oudeAdressen\[0\]: \/2020\/domeinen\/leefomgeving\/ is het adres van een bestaande pagina/,
      ),
      expect.stringMatching(
        /^content\/2020\/coalities\/(twentse-kracht|netwerkstad-twente)\.md:\d+:\d+  oudeAdressen\[0\]: \/2020\/domeinen\/oud\/ staat ook als oud adres in .*coalities\/(twentse-kracht|netwerkstad-twente)\.md; een oud adres kan maar naar één pagina leiden \[oud-adres\]$/,
      ),
    ]);
  });

  it('refuses an old address that is a live page of any kind, naming file, line and field', () => {
    // Pages the site has once, pages per year (also a year's lists and scenarios), per municipality and
    // document, and the embed pages that other sites frame: a redirect would replace each of them.
    // The home page "/" is refused by the schema already (an old address has at least one folder).
    const live = [
      '/over/',
      '/toegankelijkheid/',
      '/jaren/',
      '/zoeken/',
      '/data/',
      '/begrippen/',
      '/organisatie/',
      '/documenten/',
      '/documenten/programmabegroting-2020/',
      '/gemeenten/',
      '/gemeenten/almelo/',
      '/2017/',
      '/2020/domeinen/',
      '/2020/coalities/',
      '/2024/scenarios/',
      '/2025/themas/meedoen/',
      '/insluiten/2020-domeinen/',
      '/404/',
    ];
    const errors = errorsAfter({
      '2020/domeinen/gezondheid.md': replace('kernzin:', `oudeAdressen:\n${live.map((url) => `  - ${url}\n`).join('')}kernzin:`),
    });
    // The list takes the place of kernzin (line 5): one address per line from line 6, in column 5.
    expect(errors).toEqual(
      live.map(
        (url, index) =>
          `content/2020/domeinen/gezondheid.md:${6 + index}:5  oudeAdressen[${index}]: ${url} is het adres van een bestaande pagina; een oud adres mag geen pagina meer zijn (haal het weg, of geef die pagina een ander adres) [oud-adres]`,
      ),
    );
  });

  it('counts as live the home page, every page of a year even before it has content, and all of /insluiten/', () => {
    const { content } = validateContent(CONTENT_DIR);
    const live = livePages(content);
    expect(live).toContain('/');
    // 2017 has coalitions and no domains (yet): its list of domains would appear with its first domain.
    expect(content.domains.some((entry) => entry.folderYear === 2017)).toBe(false);
    for (const url of ['/2017/', '/2017/domeinen/', '/2017/coalities/', '/2017/scenarios/']) expect(live, url).toContain(url);
    expect(live).not.toContain('/2018/');
    expect(isLivePage('/insluiten/een-grafiek-die-nog-komt/', new Set())).toBe(true);
    expect(isLivePage('/insluiten/', new Set())).toBe(true);
    expect(isLivePage('/2020/domeinen/oud/', live)).toBe(false);
    expect(isLivePage('/oud/', new Set(['/oud/']))).toBe(true);
  });
});
