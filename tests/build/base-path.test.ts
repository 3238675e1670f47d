import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks } from '../../scripts/lib/link-check.ts';
import { siteCopy, type SiteCopy } from '../helpers/site-copy.ts';

// The site built to live under https://voorbeeld.github.io/twente-begroting/ (GitHub Pages), in a copy.
// One page has an old address, so the copy also has a redirect page.
const BASE = '/twente-begroting/';
let site: SiteCopy;
let build: ReturnType<SiteCopy['build']>;
const read = (file: string) => readFileSync(join(site.dir, 'dist', file), 'utf8');

beforeAll(() => {
  site = siteCopy();
  site.edit('2020/domeinen/gezondheid.md', 'kernzin:', 'oudeAdressen: [/2020/domeinen/publieke-gezondheid/]\nkernzin:');
  build = site.build({ BASE_PATH: BASE, SITE_URL: 'https://voorbeeld.github.io' });
});
afterAll(() => site?.cleanup());

describe('a build under a base path', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/\[ERROR\]|Error:/);
    expect(build.status).toBe(0);
  });

  it('has no broken links: every internal link starts with the base path and arrives', () => {
    expect(brokenLinks(join(site.dir, 'dist'), BASE)).toEqual([]);
  });

  it('writes every address from the root with the base path: links, sources, forms, previews and redirects (no link written by hand)', () => {
    const dist = join(site.dir, 'dist');
    const pages = (readdirSync(dist, { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
    const outside = pages.flatMap((file) =>
      [...readFileSync(join(dist, file), 'utf8').matchAll(/\b(?:href|src|action|content|data-[a-z-]+)="(\/[^"]*)"|url=(\/[^"]*)"/g)]
        .map(([, attribute, refresh]) => attribute ?? refresh ?? '')
        .filter((url) => !url.startsWith('//') && !url.startsWith(BASE))
        .map((url) => `${file}: ${url}`),
    );
    expect(outside).toEqual([]);
  });

  it('leads an old address to the current page under the base path', () => {
    const old = read('2020/domeinen/publieke-gezondheid/index.html');
    expect(old).toContain('<meta http-equiv="refresh" content="0;url=/twente-begroting/2020/domeinen/gezondheid/">');
    expect(old).toContain('href="/twente-begroting/2020/domeinen/gezondheid/"');
  });

  it('gives links in Markdown content the base path', () => {
    expect(read('documenten/strategisch-programma-2025-2030/index.html')).toContain('<a href="/twente-begroting/2025/themas/meedoen/">');
    expect(read('over/index.html')).toContain('<a href="/twente-begroting/begrippen/">begrippen</a>');
    expect(read('2020/domeinen/gezondheid/index.html')).toMatch(/href="\/twente-begroting\/begrippen\/#[a-z-]+" class="term"/);
  });

  it('loads its styles, scripts and search index from under the base path', () => {
    const home = read('index.html');
    // The styles are in the page itself (build.inlineStylesheets), so they need no address; anything they
    // load (url(...)) comes from under the base path.
    expect(home).not.toMatch(/<link rel="stylesheet"/);
    const styles = [...home.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css).join('');
    expect(styles).toContain('.site-search');
    for (const [, url] of styles.matchAll(/url\(([^)]+)\)/g)) expect(url).toMatch(/^(data:|["']?\/twente-begroting\/)/);
    expect(home).toContain('<form class="site-search" role="search" aria-label="Zoeken op de site" action="/twente-begroting/zoeken/"');
    const search = read('zoeken/index.html');
    const scripts = [...search.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map(([, code]) => code).join('');
    const external = [...search.matchAll(/<script[^>]*src="([^"]+)"/g)].map(([, src]) =>
      readFileSync(join(site.dir, 'dist', (src ?? '').slice(BASE.length - 1)), 'utf8'),
    );
    expect([scripts, ...external].join('')).toContain('/twente-begroting/');
  });

  it('marks the current section in the menu and does not link a document page to itself', () => {
    expect(read('gemeenten/hengelo/index.html')).toMatch(/<a href="\/twente-begroting\/gemeenten\/" aria-current="page"/);
    const document = read('documenten/programmabegroting-2020/index.html');
    expect(document).not.toContain('<a href="/twente-begroting/documenten/programmabegroting-2020/"');
  });

  it('gives canonical, sitemap and preview images the full address under the base path', () => {
    const page = read('2020/domeinen/gezondheid/index.html');
    expect(page).toContain('<link rel="canonical" href="https://voorbeeld.github.io/twente-begroting/2020/domeinen/gezondheid/">');
    expect(page).toContain(
      '<meta property="og:image" content="https://voorbeeld.github.io/twente-begroting/deelkaart/2020/domeinen/gezondheid.png">',
    );
    expect(readFileSync(join(site.dir, 'dist', 'deelkaart/2020/domeinen/gezondheid.png')).length).toBeGreaterThan(1000);
    expect(read('sitemap-0.xml')).toContain('<loc>https://voorbeeld.github.io/twente-begroting/2020/domeinen/gezondheid/</loc>');
    expect(read('sitemap-0.xml')).not.toContain('/2020/domeinen/publieke-gezondheid/');
    expect(read('sitemap-index.xml')).toContain('<loc>https://voorbeeld.github.io/twente-begroting/sitemap-0.xml</loc>');
    expect(read('sitemap.xml')).toContain('<loc>https://voorbeeld.github.io/twente-begroting/sitemap-0.xml</loc>');
    expect(read('robots.txt')).toContain('Sitemap: https://voorbeeld.github.io/twente-begroting/sitemap-index.xml');
    expect(JSON.parse(read('data/gemeenten.schema.json')).$id).toBe('/twente-begroting/data/gemeenten.schema.json');
    // The DCAT catalogue: every address in it is full, with the base path.
    const catalogue = read('data/catalogus.jsonld');
    expect(JSON.parse(catalogue)['@id']).toBe('https://voorbeeld.github.io/twente-begroting/data/catalogus.jsonld');
    expect(catalogue).toContain('"@id": "https://voorbeeld.github.io/twente-begroting/data/gemeenten.csv"');
    expect(catalogue).not.toMatch(/"https:\/\/voorbeeld\.github\.io\/(?!twente-begroting\/)/);
  });
});
