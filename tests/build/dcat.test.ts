import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, readPage, requireDist } from '../helpers/dist.ts';
import { shaclViolations } from '../helpers/shacl.ts';

beforeAll(requireDist);

type Node = Record<string, unknown>;
const nodes = (value: unknown): Node[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Node[];
const id = (value: unknown) => (value as { '@id'?: string } | undefined)?.['@id'] ?? '';
const read = (file: string) => readFileSync(join(DIST, 'data', file), 'utf8');
const catalogue = () => JSON.parse(read('catalogus.jsonld')) as Node;

/** The site's own address, from the catalogue's: what it has before "data/catalogus.jsonld". */
function siteRoot(): string {
  const own = String(catalogue()['@id']);
  expect(own).toMatch(/^https:\/\/.+\/data\/catalogus\.jsonld$/);
  return own.slice(0, -'data/catalogus.jsonld'.length);
}

/** The file in dist/ that an address of this site is served from; a directory serves its index.html. */
function distFile(url: string): string {
  const root = siteRoot();
  expect(url.startsWith(root), url).toBe(true);
  const path = join(DIST, decodeURIComponent(url.slice(root.length).replace(/#.*$/, '')));
  return existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
}

describe('the DCAT catalogue /data/catalogus.jsonld', () => {
  it('conforms to the SHACL shapes of DCAT-AP 3.0 and DCAT-AP-NL 3.0', async () => {
    expect(await shaclViolations(catalogue())).toEqual([]);
  });

  it('describes every dataset of datapackage.json, and no other', () => {
    const pack = JSON.parse(read('datapackage.json')) as { resources: { name: string }[]; licenses: { path: string }[] };
    const entries = nodes(catalogue()['dcat:dataset']);
    expect(entries.map((entry) => String(entry['dct:identifier']).replace(/^.*#/, '')).sort()).toEqual(
      pack.resources.map((resource) => resource.name).sort(),
    );
    // One licence in both descriptions.
    expect(id(catalogue()['dct:license'])).toBe(pack.licenses[0]?.path);
  });

  it('points every distribution, schema and page at a file the site has, with the media type of that file', () => {
    const mediaTypes: Record<string, string> = { csv: 'text/csv', json: 'application/json' };
    const entries = nodes(catalogue()['dcat:dataset']);
    for (const entry of entries) {
      const landing = id(entry['dcat:landingPage']);
      expect(existsSync(distFile(landing)), landing).toBe(true);
      // The landing page is the dataset's section on /data/.
      expect(readFileSync(distFile(landing), 'utf8'), landing).toContain(`id="${landing.replace(/^.*#/, '')}"`);
      const page = id(entry['foaf:page']);
      if (page) expect(existsSync(distFile(page)), page).toBe(true);
      const distributions = nodes(entry['dcat:distribution']);
      expect(distributions.length, String(entry['@id'])).toBe(2);
      for (const distribution of distributions) {
        const url = id(distribution['dcat:downloadURL']);
        expect(id(distribution['dcat:accessURL'])).toBe(url);
        expect(existsSync(distFile(url)), url).toBe(true);
        const extension = url.split('.').pop() ?? '';
        expect(id(distribution['dcat:mediaType']), url).toBe(`https://www.iana.org/assignments/media-types/${mediaTypes[extension]}`);
        const schema = id(distribution['dct:conformsTo']);
        expect(existsSync(distFile(schema)), schema).toBe(true);
      }
    }
  });

  it('states a period for the 2020 contributions, the population and the codes (their CBS list), not for the coalitions', () => {
    const byName = new Map(nodes(catalogue()['dcat:dataset']).map((entry) => [String(entry['dct:identifier']).replace(/^.*#/, ''), entry]));
    expect(byName.get('domeinen-2020')?.['dct:temporal']).toMatchObject({
      'dcat:startDate': { '@value': '2020' },
      'dcat:endDate': { '@value': '2020' },
    });
    expect(byName.get('inwoners-2020')?.['dct:temporal']).toMatchObject({ 'dcat:startDate': { '@value': '2020-01-01' } });
    expect(byName.get('gemeenten')?.['dct:temporal']).toMatchObject({ 'dcat:startDate': { '@value': '2020' } });
    for (const name of ['coalities-2020', 'coalities-2017']) expect(byName.get(name), name).not.toHaveProperty('dct:temporal');
  });

  it('is linked from /data/', () => {
    expect(readPage('/data/')).toContain('href="/data/catalogus.jsonld"');
  });
});
