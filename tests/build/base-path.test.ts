import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks } from '../../scripts/lib/link-check.ts';
import { siteCopy, type SiteCopy } from '../helpers/site-copy.ts';

// The site built to live under https://voorbeeld.github.io/twente-begroting/ (GitHub Pages), in a copy.
const BASE = '/twente-begroting/';
let site: SiteCopy;
let build: ReturnType<SiteCopy['build']>;
const read = (file: string) => readFileSync(join(site.dir, 'dist', file), 'utf8');

beforeAll(() => {
  site = siteCopy();
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

  it('loads its styles, scripts and search index from under the base path', () => {
    const home = read('index.html');
    expect(home).toMatch(/<link rel="stylesheet" href="\/twente-begroting\/_astro\/[^"]+\.css"/);
    expect(home).toContain('<form class="site-search" role="search" action="/twente-begroting/zoeken/"');
    const search = read('zoeken/index.html');
    const scripts = [...search.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map(([, code]) => code).join('');
    const external = [...search.matchAll(/<script[^>]*src="([^"]+)"/g)].map(([, src]) => readFileSync(join(site.dir, 'dist', (src ?? '').slice(BASE.length - 1)), 'utf8'));
    expect([scripts, ...external].join('')).toContain('/twente-begroting/');
  });

  it('gives canonical, sitemap and preview images the full address under the base path', () => {
    const page = read('2020/domeinen/gezondheid/index.html');
    expect(page).toContain('<link rel="canonical" href="https://voorbeeld.github.io/twente-begroting/2020/domeinen/gezondheid/">');
    expect(page).toContain('<meta property="og:image" content="https://voorbeeld.github.io/twente-begroting/deelkaart/2020/domeinen/gezondheid.png">');
    expect(readFileSync(join(site.dir, 'dist', 'deelkaart/2020/domeinen/gezondheid.png')).length).toBeGreaterThan(1000);
    expect(read('sitemap.xml')).toContain('<loc>https://voorbeeld.github.io/twente-begroting/2020/domeinen/gezondheid/</loc>');
    expect(read('robots.txt')).toContain('Sitemap: https://voorbeeld.github.io/twente-begroting/sitemap.xml');
  });
});
