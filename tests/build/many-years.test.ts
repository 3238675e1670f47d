import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks } from '../../scripts/lib/link-check.ts';
import { writeSyntheticContent } from '../../scripts/lib/synthetic-content.ts';
import { siteCopy, type SiteCopy } from '../helpers/site-copy.ts';

// A site with many years (the real ones plus invented ones, marked "Synthetische testtekst"), built in a copy.
let site: SiteCopy;
let build: ReturnType<SiteCopy['build']>;
let years: number;
const read = (file: string) => readFileSync(join(site.dir, 'dist', file), 'utf8');

beforeAll(() => {
  site = siteCopy();
  // Small years (one domain and one coalition each, 5 pages): the test needs many years, not many pages.
  const summary = writeSyntheticContent(join(site.dir, 'content'), 150, { perYear: 1 });
  years = summary.years.length + 5;
  build = site.build();
});
afterAll(() => site?.cleanup());

describe('a site with many years', () => {
  it('builds, without broken links', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(years).toBeGreaterThan(12);
    expect(brokenLinks(join(site.dir, 'dist'))).toEqual([]);
  });

  it('lists the eleven years nearest to the page in its year switcher, and links to all years', () => {
    const html = read('2020/domeinen/gezondheid/index.html');
    const switcher = /<nav class="year-switcher"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    // Eleven years and "Alle jaren"; then the subjects the page belongs to (content/verbanden.yaml).
    expect(switcher.match(/<li(?![^>]*data-subject-link)[\s>]/g)).toHaveLength(12);
    expect(switcher).toMatch(/aria-current="page"[^>]*>2020</);
    expect(switcher).toMatch(new RegExp(`<a href="/jaren/"[^>]*>Alle ${years} jaren</a>`));
  });

  it('has a page with every year', () => {
    const html = read('jaren/index.html');
    expect(html.match(/<h2 class="card-title">/g)).toHaveLength(years);
  });
});

describe('participation on a site with many years', () => {
  it('compares the five most recent documents with participants, and says where the older ones are', () => {
    const compare = read('gemeenten/index.html');
    // A count for each of them but 2020, whose budget names the participants of only one coalition.
    expect(compare.match(/data-sort="coalities-\d{4}"/g)).toHaveLength(4);
    expect(compare).not.toContain('data-sort="coalities-2020"');
    expect(compare.match(/data-matrix-year="\d{4}"/g)).toHaveLength(5);
    expect(compare).toMatch(/Hier staan de 5 nieuwste van de \d+ documenten die deelnemers noemen/);
    const municipality = read('gemeenten/almelo/index.html');
    expect(municipality.match(/data-participation-year="\d{4}"/g)).toHaveLength(5);
  });
});
