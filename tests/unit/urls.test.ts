import { afterEach, describe, expect, it, vi } from 'vitest';
import * as paths from '../../src/lib/paths.ts';
import { absoluteUrl, basePath, entryPath, href, pagePath } from '../../src/urls.ts';

const {
  aboutPath,
  accessibilityPath,
  atSection,
  cardPath,
  coalitionPath,
  coalitionsPath,
  dataPackagePath,
  datasetPath,
  documentPath,
  documentsPath,
  domainPath,
  domainsPath,
  glossaryPath,
  homePath,
  isRootRelative,
  mentionPath,
  municipalitiesPath,
  municipalityPath,
  normaliseBase,
  notFoundPath,
  openDataPath,
  organisationPath,
  searchPath,
  themePath,
  underBase,
  withoutBase,
  yearPath,
  yearsPath,
} = paths;

afterEach(() => vi.unstubAllEnvs());

describe('every address of the site, from what it shows', () => {
  it('gives the pages of a year', () => {
    expect(yearPath(2020)).toBe('/2020/');
    expect(yearPath(2020, 'per-inwoner-2020')).toBe('/2020/#per-inwoner-2020');
    expect(domainsPath(2020)).toBe('/2020/domeinen/');
    expect(domainPath(2020, 'gezondheid')).toBe('/2020/domeinen/gezondheid/');
    expect(coalitionsPath(2017)).toBe('/2017/coalities/');
    expect(coalitionPath(2017, 'netwerkstad-twente')).toBe('/2017/coalities/netwerkstad-twente/');
    expect(themePath(2025, 'meedoen')).toBe('/2025/themas/meedoen/');
  });

  it('gives the pages of a municipality and a document, and the fixed pages', () => {
    expect(municipalityPath('hof-van-twente')).toBe('/gemeenten/hof-van-twente/');
    expect(documentPath('programmabegroting-2020')).toBe('/documenten/programmabegroting-2020/');
    expect(documentPath('strategisch-programma-2025-2030', 'samentwente')).toBe('/documenten/strategisch-programma-2025-2030/#samentwente');
    expect([
      homePath(),
      yearsPath(),
      municipalitiesPath(),
      documentsPath(),
      organisationPath(),
      glossaryPath(),
      openDataPath(),
      searchPath(),
      aboutPath(),
      accessibilityPath(),
      notFoundPath(),
    ]).toEqual([
      '/',
      '/jaren/',
      '/gemeenten/',
      '/documenten/',
      '/organisatie/',
      '/begrippen/',
      '/data/',
      '/zoeken/',
      '/over/',
      '/toegankelijkheid/',
      '/404/',
    ]);
    expect(glossaryPath('ggd')).toBe('/begrippen/#ggd');
    expect(organisationPath('samentwente')).toBe('/organisatie/#samentwente');
    expect(aboutPath('hoe-rekenen-we')).toBe('/over/#hoe-rekenen-we');
    expect(atSection('/over/', undefined)).toBe('/over/');
  });

  it('gives the page a mention in content/verbanden.yaml points at', () => {
    expect(mentionPath({ jaar: 2020, domein: 'gezondheid' })).toBe('/2020/domeinen/gezondheid/');
    expect(mentionPath({ jaar: 2017, coalitie: 'samen14' })).toBe('/2017/coalities/samen14/');
    expect(mentionPath({ jaar: 2025, thema: 'meedoen' })).toBe('/2025/themas/meedoen/');
    expect(mentionPath({ jaar: 2024, cijferblok: 'personeel' })).toBe('/2024/#cijfers-personeel');
    expect(mentionPath({ jaar: 2015 })).toBe('/2015/');
  });

  it('gives the page of a content entry from its collection and id', () => {
    expect(entryPath({ collection: 'domeinen', id: '2020/domeinen/gezondheid', data: { jaar: 2020 } })).toBe('/2020/domeinen/gezondheid/');
    expect(entryPath({ collection: 'coalities', id: '2017/coalities/samen14', data: { jaar: 2017 } })).toBe('/2017/coalities/samen14/');
    expect(entryPath({ collection: 'themas', id: '2025/themas/meedoen', data: { jaar: 2025 } })).toBe('/2025/themas/meedoen/');
  });

  it('gives the open-data files and the preview image of each page', () => {
    expect(datasetPath('domeinen-2020', 'csv')).toBe('/data/domeinen-2020.csv');
    expect(datasetPath('domeinen-2020', 'json')).toBe('/data/domeinen-2020.json');
    expect(datasetPath('domeinen-2020', 'schema.json')).toBe('/data/domeinen-2020.schema.json');
    expect(dataPackagePath()).toBe('/data/datapackage.json');
    expect(cardPath('/2020/domeinen/gezondheid/')).toBe('/deelkaart/2020/domeinen/gezondheid.png');
    expect(cardPath('/')).toBe('/deelkaart/home.png');
    expect(cardPath('/404.html')).toBe('/deelkaart/404.png');
    expect(cardPath('/404')).toBe('/deelkaart/404.png');
    expect(cardPath('//2020//')).toBe('/deelkaart/2020.png');
    expect(cardPath('/data/x.html.nl/')).toBe('/deelkaart/data/x.html.nl.png');
  });

  it('gives the files the build writes and the hosts look for', () => {
    expect([
      paths.embedPath('2020-domeinen'),
      paths.catalogPath(),
      paths.faviconPath(),
      paths.searchIndexPath(),
      paths.sitemapPath(),
      paths.oldSitemapPath(),
      paths.sitemapPartPath(0),
    ]).toEqual([
      '/insluiten/2020-domeinen/',
      '/data/catalogus.jsonld',
      '/favicon.svg',
      '/pagefind/pagefind.js',
      '/sitemap-index.xml',
      '/sitemap.xml',
      '/sitemap-0.xml',
    ]);
  });

  it('gives the subjects through the years, the staff pages and the search words, each at its fixed address', () => {
    expect(paths.subjectsPath()).toBe('/door-de-jaren/');
    expect(paths.subjectPath('ggd-twente')).toBe('/door-de-jaren/ggd-twente/');
    expect(paths.adminPath()).toBe('/beheer/');
    expect(paths.adminAssetsPath()).toBe('/beheer/decap/');
    expect(paths.adminApiPath()).toBe('/beheer/api/');
    expect(paths.cmsServerApiPath()).toBe('/api/v1');
    expect(paths.searchWordsPath('ge')).toBe('/pagefind/woorden/ge.json');
    expect(paths.searchWordsPath('_')).toBe('/pagefind/woorden/_.json');
  });

  it('gives the Excel copy of a dataset its own address and its own download name, apart from the standard CSV', () => {
    expect(paths.excelPath('domeinen-2020')).toBe('/data/excel/domeinen-2020.csv');
    expect(paths.excelFileName('domeinen-2020')).toBe('domeinen-2020-excel.csv');
    expect(paths.excelPath('domeinen-2020')).not.toBe(datasetPath('domeinen-2020', 'csv'));
  });

  it('tells an embed page (which other sites may frame) from the other pages', () => {
    expect(['/insluiten/2020-domeinen/', '/insluiten/', '/2020/insluiten/', '/', '/over/insluiten/'].map(paths.isEmbedPath)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('a site under a base path', () => {
  it('reads the setting in any reasonable spelling', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('twente-begroting')).toBe('/twente-begroting/');
    expect(normaliseBase('/twente-begroting')).toBe('/twente-begroting/');
    // Slashes doubled at either end, and a base of two folders, which keeps its inner slash.
    expect(normaliseBase('//twente-begroting//')).toBe('/twente-begroting/');
    expect(normaliseBase('/regio/twente/')).toBe('/regio/twente/');
  });

  it('moves a single path under the base path and back', () => {
    expect(underBase('/2020/', '/twente-begroting/')).toBe('/twente-begroting/2020/');
    expect(underBase('/', '/twente-begroting/')).toBe('/twente-begroting/');
    expect(underBase('/sitemap.xml', '/')).toBe('/sitemap.xml');
    // Only the leading slash goes: the path's own slashes stay.
    expect(underBase('/2020/domeinen/', '/b/')).toBe('/b/2020/domeinen/');
    expect(underBase('2020/domeinen/', '/b/')).toBe('/b/2020/domeinen/');
    expect(withoutBase('/twente-begroting/2020/', '/twente-begroting/')).toBe('/2020/');
    expect(withoutBase('/twente-begroting/', '/twente-begroting/')).toBe('/');
    expect(withoutBase('/2020/', '/')).toBe('/2020/');
    expect(withoutBase('/404', '/twente-begroting/')).toBe('/404');
  });

  it('tells links from the root apart from other links', () => {
    expect(['/2020/', '/', '//cdn.nl/x', 'https://x.nl/', '#kop', 'mailto:a@b.nl', '2020/'].map(isRootRelative)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('writes links at a domain root as they are', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(basePath()).toBe('/');
    expect(href(domainPath(2020, 'gezondheid'))).toBe('/2020/domeinen/gezondheid/');
    expect(href(homePath())).toBe('/');
    expect(href(glossaryPath('ggd'))).toBe('/begrippen/#ggd');
    expect(absoluteUrl(cardPath('/2020/'), 'https://twentebegroting.nl')).toBe('https://twentebegroting.nl/deelkaart/2020.png');
    expect(pagePath(new URL('https://twentebegroting.nl/2020/domeinen/'))).toBe('/2020/domeinen/');
  });

  it('writes links under /twente-begroting/ with the base path in front, whichever way Astro spells it', () => {
    for (const base of ['/twente-begroting/', '/twente-begroting']) {
      vi.stubEnv('BASE_URL', base);
      expect(basePath()).toBe('/twente-begroting/');
      expect(href(domainPath(2020, 'gezondheid'))).toBe('/twente-begroting/2020/domeinen/gezondheid/');
      expect(href(homePath())).toBe('/twente-begroting/');
      expect(href(datasetPath('gemeenten', 'csv'))).toBe('/twente-begroting/data/gemeenten.csv');
      expect(href(aboutPath('hoe-rekenen-we'))).toBe('/twente-begroting/over/#hoe-rekenen-we');
      expect(absoluteUrl(domainPath(2020, 'gezondheid'), 'https://voorbeeld.github.io')).toBe(
        'https://voorbeeld.github.io/twente-begroting/2020/domeinen/gezondheid/',
      );
      expect(pagePath(new URL('https://voorbeeld.github.io/twente-begroting/2020/domeinen/'))).toBe('/2020/domeinen/');
      expect(pagePath(new URL('https://voorbeeld.github.io/twente-begroting/'))).toBe('/');
    }
  });
});
