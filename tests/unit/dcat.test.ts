import { describe, expect, it } from 'vitest';
import { dataPackage } from '../../src/lib/datapackage.ts';
import { dcatCatalogue, type CatalogueSite } from '../../src/lib/dcat.ts';
import type { Dataset, SourceInfo } from '../../src/lib/open-data.ts';
import { jsonLdQuads, SHAPES_FILES, shaclViolations } from '../helpers/shacl.ts';

// The profile's sections cited below are those of DCAT-AP-NL 3.0 (Geonovum, 2024-12-12),
// https://docs.geostandaarden.nl/dcat/dcat-ap-nl30/: 4.1 Dataset, 4.2 Distribution, 4.4 Catalog, 5.3 Agent.

const sources = new Map<string, SourceInfo>([
  ['begroting', { id: 'begroting', titel: 'Programmabegroting 2020', uitgever: 'Regio Twente', datum: '2019' }],
  ['agenda', { id: 'agenda', titel: 'Regionale samenwerkingsagenda 2017-2020', uitgever: 'Regio Twente', datum: '2017-06-28' }],
  ['artikel', { id: 'artikel', titel: 'Twentse bevolking in 2020', uitgever: 'Kennispunt Twente', datum: '2020-12/2021-01' }],
]);
const dataset = (id: string, fields: Partial<Dataset> = {}): Dataset => ({
  id,
  title: `Titel ${id}`,
  description: `Omschrijving ${id}`,
  columns: [{ name: 'jaar', type: 'geheel getal', description: 'Jaar.' }],
  rows: [],
  sources: [],
  themes: ['GOVE'],
  ...fields,
});
const datasets = [
  dataset('domeinen-2020', {
    sources: ['begroting'],
    themes: ['GOVE', 'ECON'],
    period: { start: '2020', end: '2020' },
    page: '/2020/domeinen/',
  }),
  dataset('inwoners-2020', { sources: ['artikel'], themes: ['SOCI'], period: { start: '2020-01-01', end: '2020-01-01' } }),
  dataset('coalities-2017', { sources: ['agenda', 'begroting'], themes: ['GOVE', 'ECON'] }),
  dataset('gemeenten'),
  // Two possible dates are no period a catalogue can state.
  dataset('twee-data', { period: { start: '2020-12/2021-01', end: '2020-12/2021-01' } }),
];
const site: CatalogueSite = {
  name: 'Twente begroting',
  body: 'Regio Twente',
  bodyNow: 'SamenTwente',
  url: (path) => `https://voorbeeld.nl/sub${path}`,
  repositoryUrl: '',
};
const catalogue = dcatCatalogue(datasets, sources, site);
const CATALOGUE = 'https://voorbeeld.nl/sub/data/catalogus.jsonld';

type Node = Record<string, unknown>;
const nodes = (value: unknown): Node[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Node[];
const id = (value: unknown) => (value as { '@id'?: string } | undefined)?.['@id'];
const entries = catalogue['dcat:dataset'] as unknown as Node[];
const distributions = entries.flatMap((entry) => nodes(entry['dcat:distribution']));
const byId = (name: string) => entries.find((entry) => entry['@id'] === `${CATALOGUE}#${name}`) ?? {};

describe('dcatCatalogue', () => {
  it('conforms to the SHACL shapes of DCAT-AP 3.0 and DCAT-AP-NL 3.0', async () => {
    expect(SHAPES_FILES).toEqual([
      'dcat-ap-3.0.0-range.ttl',
      'dcat-ap-3.0.0-shapes.ttl',
      'dcat-ap-nl-SHACL-klassebereik-codelijsten.ttl',
      'dcat-ap-nl-SHACL-klassebereik.ttl',
      'dcat-ap-nl-SHACL.ttl',
    ]);
    expect(await shaclViolations(catalogue)).toEqual([]);
  });

  it('is refused by the shapes when a mandatory field of the Dutch profile is missing', async () => {
    const broken = structuredClone(catalogue) as unknown as Node & { 'dcat:dataset': Node[] };
    const [first, second] = broken['dcat:dataset'];
    delete first?.['dcat:contactPoint']; // 4.1.4, only DCAT-AP-NL makes it mandatory
    delete second?.['dct:identifier']; // 4.1.13
    delete nodes(second?.['dcat:distribution'])[0]?.['dct:license']; // 4.2.14
    const violations = await shaclViolations(broken);
    expect(violations).toContain(`${CATALOGUE}#domeinen-2020 · http://www.w3.org/ns/dcat#contactPoint · MinCountConstraintComponent`);
    expect(violations).toContain(`${CATALOGUE}#inwoners-2020 · http://purl.org/dc/terms/identifier · MinCountConstraintComponent`);
    expect(violations).toContain(`${CATALOGUE}#inwoners-2020-csv · http://purl.org/dc/terms/license · MinCountConstraintComponent`);
  });

  it('reads as JSON-LD on its own, without fetching a context', async () => {
    expect((await jsonLdQuads(catalogue)).size).toBeGreaterThan(100);
    await expect(jsonLdQuads({ ...catalogue, '@context': 'https://voorbeeld.nl/context.jsonld' })).rejects.toThrow('remote context');
  });

  it('describes the catalogue: title and description in Dutch, publisher, one contact point, language, licence (4.4)', () => {
    expect(catalogue).toMatchObject({
      '@id': CATALOGUE,
      '@type': 'dcat:Catalog',
      'dct:title': { '@value': 'Twente begroting: open data', '@language': 'nl' },
      'dct:description': { '@language': 'nl' },
      'dct:publisher': { '@id': `${CATALOGUE}#uitgever`, '@type': 'foaf:Agent', 'foaf:name': { '@value': 'Twente begroting' } },
      'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/NLD' },
      'dct:license': { '@id': 'https://creativecommons.org/publicdomain/zero/1.0/' },
    });
    expect(catalogue['dct:description']['@value']).toMatch(
      /^Alle datasets van de site Twente begroting over de begroting van Regio Twente \(nu SamenTwente\), /,
    );
    // A joint arrangement that kept its name is named once.
    const other = dcatCatalogue(datasets, sources, { ...site, name: 'Voorbeeldbegroting', body: 'Regio Voorbeeld', bodyNow: undefined });
    expect(other['dct:title']['@value']).toBe('Voorbeeldbegroting: open data');
    expect(other['dct:description']['@value']).toMatch(
      /^Alle datasets van de site Voorbeeldbegroting over de begroting van Regio Voorbeeld, /,
    );
    // 4.4.3: exactly one contact point, a vcard:Kind with a name and a URL; the site has no e-mail address to give.
    expect(catalogue['dcat:contactPoint']).toEqual({
      '@id': `${CATALOGUE}#contact`,
      '@type': 'vcard:Kind',
      'vcard:fn': { '@value': 'Twente begroting', '@language': 'nl' },
      'vcard:hasURL': [{ '@id': 'https://voorbeeld.nl/sub/over/#een-fout-gezien' }],
    });
  });

  it("adds the repository's issues to the contact point when the repository is known", () => {
    const withRepository = dcatCatalogue(datasets, sources, { ...site, repositoryUrl: 'https://github.com/voorbeeld/twente-begroting/' });
    expect(withRepository['dcat:contactPoint']['vcard:hasURL']).toEqual([
      { '@id': 'https://voorbeeld.nl/sub/over/#een-fout-gezien' },
      { '@id': 'https://github.com/voorbeeld/twente-begroting/issues' },
    ]);
  });

  it('states CC0 1.0 as in datapackage.json, on the catalogue and on every distribution', () => {
    const licence = 'https://creativecommons.org/publicdomain/zero/1.0/';
    expect(dataPackage(datasets, sources, site).licenses).toEqual([expect.objectContaining({ name: 'CC0-1.0', path: licence })]);
    expect(distributions.length).toBe(datasets.length * 2);
    for (const distribution of distributions) expect(id(distribution['dct:license']), String(distribution['@id'])).toBe(licence);
  });

  it('has every mandatory field of a dataset, for every dataset (4.1)', () => {
    expect(entries.map((entry) => entry['@id'])).toEqual(datasets.map((entry) => `${CATALOGUE}#${entry.id}`));
    for (const entry of entries) {
      const name = String(entry['@id']);
      expect(entry['@type'], name).toBe('dcat:Dataset');
      expect(entry['dct:identifier'], name).toBe(entry['@id']); // 4.1.13: one, a URI that resolves
      expect(entry['dct:title'], name).toMatchObject({ '@language': 'nl' });
      expect(entry['dct:description'], name).toMatchObject({ '@language': 'nl' });
      expect(id(entry['dct:publisher']), name).toBe(`${CATALOGUE}#uitgever`); // 4.1.22
      expect(id(entry['dct:creator']), name).toBe(`${CATALOGUE}#uitgever`); // 4.1.5
      expect(id(entry['dcat:contactPoint']), name).toBe(`${CATALOGUE}#contact`); // 4.1.4
      expect(id(entry['dct:accessRights']), name).toBe('http://publications.europa.eu/resource/authority/access-right/PUBLIC'); // 4.1.1
      expect(nodes(entry['dcat:theme']).length, name).toBeGreaterThan(0); // 4.1.33
      for (const theme of nodes(entry['dcat:theme']))
        expect(id(theme), name).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/data-theme\/[A-Z]{4}$/);
    }
    expect(nodes(byId('domeinen-2020')['dcat:theme']).map(id)).toEqual([
      'http://publications.europa.eu/resource/authority/data-theme/GOVE',
      'http://publications.europa.eu/resource/authority/data-theme/ECON',
    ]);
  });

  it('gives each dataset a CSV and a JSON distribution with absolute URLs, media type, file type and schema (4.2)', () => {
    const domains = nodes(byId('domeinen-2020')['dcat:distribution']);
    expect(domains).toEqual([
      expect.objectContaining({
        '@type': 'dcat:Distribution',
        'dct:title': { '@value': 'Titel domeinen-2020 (CSV)', '@language': 'nl' },
        'dcat:accessURL': { '@id': 'https://voorbeeld.nl/sub/data/domeinen-2020.csv' },
        'dcat:downloadURL': { '@id': 'https://voorbeeld.nl/sub/data/domeinen-2020.csv' },
        'dcat:mediaType': { '@id': 'https://www.iana.org/assignments/media-types/text/csv', '@type': 'dct:MediaType' },
        'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV', '@type': 'dct:MediaTypeOrExtent' },
        'dct:conformsTo': { '@id': 'https://voorbeeld.nl/sub/data/datapackage.json', '@type': 'dct:Standard' },
      }),
      expect.objectContaining({
        'dcat:accessURL': { '@id': 'https://voorbeeld.nl/sub/data/domeinen-2020.json' },
        'dcat:downloadURL': { '@id': 'https://voorbeeld.nl/sub/data/domeinen-2020.json' },
        'dcat:mediaType': { '@id': 'https://www.iana.org/assignments/media-types/application/json', '@type': 'dct:MediaType' },
        'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/JSON', '@type': 'dct:MediaTypeOrExtent' },
        'dct:conformsTo': { '@id': 'https://voorbeeld.nl/sub/data/domeinen-2020.schema.json', '@type': 'dct:Standard' },
      }),
    ]);
    const mediaTypes: Record<string, string> = { csv: 'text/csv', json: 'application/json' };
    for (const distribution of distributions) {
      const url = id(distribution['dcat:accessURL']) ?? '';
      expect(url, String(distribution['@id'])).toMatch(/^https:\/\/voorbeeld\.nl\/sub\/data\/[a-z0-9-]+\.(csv|json)$/);
      expect(id(distribution['dcat:downloadURL'])).toBe(url);
      expect(id(distribution['dcat:mediaType'])).toBe(
        `https://www.iana.org/assignments/media-types/${mediaTypes[url.split('.').pop() ?? '']}`,
      );
    }
  });

  it('states a period only where the source gives one, as precise as it gives it (4.1.31)', () => {
    expect(byId('domeinen-2020')['dct:temporal']).toEqual({
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': { '@value': '2020', '@type': 'xsd:gYear' },
      'dcat:endDate': { '@value': '2020', '@type': 'xsd:gYear' },
    });
    expect(byId('inwoners-2020')['dct:temporal']).toEqual({
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': { '@value': '2020-01-01', '@type': 'xsd:date' },
      'dcat:endDate': { '@value': '2020-01-01', '@type': 'xsd:date' },
    });
    for (const name of ['coalities-2017', 'gemeenten', 'twee-data']) expect(byId(name), name).not.toHaveProperty('dct:temporal');
  });

  it('names the documents the figures come from, in the order of the dataset, and none for the register', () => {
    expect(nodes(byId('coalities-2017')['prov:wasDerivedFrom'])).toEqual([
      {
        '@id': `${CATALOGUE}#bron-agenda`,
        '@type': 'foaf:Document',
        'dct:identifier': 'agenda',
        'dct:title': { '@value': 'Regionale samenwerkingsagenda 2017-2020', '@language': 'nl' },
        'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': { '@value': 'Regio Twente', '@language': 'nl' } },
        'dct:issued': { '@value': '2017-06-28', '@type': 'xsd:date' },
      },
      expect.objectContaining({ 'dct:identifier': 'begroting', 'dct:issued': { '@value': '2019', '@type': 'xsd:gYear' } }),
    ]);
    expect(byId('coalities-2017')['dct:provenance']).toMatchObject({
      'rdfs:label': {
        '@value':
          'Twente begroting maakt deze tabel uit "Regionale samenwerkingsagenda 2017-2020" (Regio Twente, 28 juni 2017) en "Programmabegroting 2020" (Regio Twente, 2019). ' +
          'Elke rij noemt haar bron in de kolommen bron_document, bron_sectie en periode.',
      },
    });
    // Two possible dates: the document keeps its date out rather than pick one.
    expect(nodes(byId('inwoners-2020')['prov:wasDerivedFrom'])[0]).not.toHaveProperty('dct:issued');
    expect(byId('gemeenten')).not.toHaveProperty('prov:wasDerivedFrom');
    expect(byId('gemeenten')).not.toHaveProperty('dct:provenance');
  });

  it('links each dataset to its section on /data/ and to the page with its figures', () => {
    expect(byId('domeinen-2020')['dcat:landingPage']).toEqual({
      '@id': 'https://voorbeeld.nl/sub/data/#dataset-domeinen-2020',
      '@type': 'foaf:Document',
    });
    expect(byId('domeinen-2020')['foaf:page']).toEqual({ '@id': 'https://voorbeeld.nl/sub/2020/domeinen/', '@type': 'foaf:Document' });
    expect(byId('gemeenten')).not.toHaveProperty('foaf:page');
  });

  it('refuses a dataset whose source is not in content/bronnen.yaml', () => {
    expect(() => dcatCatalogue([dataset('x', { sources: ['onbekend'] })], sources, site)).toThrow(
      'source "onbekend" is not in content/bronnen.yaml',
    );
  });
});
