import { describe, expect, it } from 'vitest';
import { dataPackage } from '../../src/lib/datapackage.ts';
import { dateLiteral, dcatCatalogue, type CatalogueSite } from '../../src/lib/dcat.ts';
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
const CATALOGUE = 'https://voorbeeld.nl/sub/data/catalogus.jsonld';

type Node = Record<string, unknown>;
const nodes = (value: unknown): Node[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Node[];
const id = (value: unknown) => (value as { '@id'?: string } | undefined)?.['@id'];
// Each test makes its own catalogue (not one at load time), so every check sees the code as it runs in that test.
const build = (over: Partial<CatalogueSite> = {}, list: readonly Dataset[] = datasets) =>
  dcatCatalogue(list, sources, { ...site, ...over });
const entriesOf = (catalogue: ReturnType<typeof build>) => catalogue['dcat:dataset'] as unknown as Node[];
const distributionsOf = (catalogue: ReturnType<typeof build>) => entriesOf(catalogue).flatMap((entry) => nodes(entry['dcat:distribution']));
const byId = (name: string, catalogue = build()) => entriesOf(catalogue).find((entry) => entry['@id'] === `${CATALOGUE}#${name}`) ?? {};

describe('dcatCatalogue', () => {
  it('conforms to the SHACL shapes of DCAT-AP 3.0 and DCAT-AP-NL 3.0', async () => {
    expect(SHAPES_FILES).toEqual([
      'dcat-ap-3.0.0-range.ttl',
      'dcat-ap-3.0.0-shapes.ttl',
      'dcat-ap-nl-SHACL-klassebereik-codelijsten.ttl',
      'dcat-ap-nl-SHACL-klassebereik.ttl',
      'dcat-ap-nl-SHACL.ttl',
    ]);
    expect(await shaclViolations(build())).toEqual([]);
  });

  it('is refused by the shapes when a mandatory field of the Dutch profile is missing', async () => {
    const broken = structuredClone(build()) as unknown as Node & { 'dcat:dataset': Node[] };
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
    const catalogue = build();
    expect((await jsonLdQuads(catalogue)).size).toBeGreaterThan(100);
    await expect(jsonLdQuads({ ...catalogue, '@context': 'https://voorbeeld.nl/context.jsonld' })).rejects.toThrow('remote context');
  });

  it('describes the catalogue: its address, title and description in Dutch, publisher, one contact point, home page, language, licence and theme list (4.4)', () => {
    const { 'dcat:dataset': list, ...head } = build();
    expect(list.length).toBe(datasets.length);
    expect(head).toEqual({
      '@context': {
        dcat: 'http://www.w3.org/ns/dcat#',
        dct: 'http://purl.org/dc/terms/',
        foaf: 'http://xmlns.com/foaf/0.1/',
        prov: 'http://www.w3.org/ns/prov#',
        rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
        skos: 'http://www.w3.org/2004/02/skos/core#',
        vcard: 'http://www.w3.org/2006/vcard/ns#',
        xsd: 'http://www.w3.org/2001/XMLSchema#',
      },
      '@id': CATALOGUE,
      '@type': 'dcat:Catalog',
      'dct:title': { '@value': 'Twente begroting: open data', '@language': 'nl' },
      'dct:description': {
        '@value':
          'Alle datasets van de site Twente begroting over de begroting van Regio Twente (nu SamenTwente), elk als CSV- en als JSON-bestand, ' +
          "met de documenten waar de cijfers uit komen. De bestanden worden bij elke bouw van de site gemaakt uit dezelfde gecontroleerde inhoud als de pagina's.",
        '@language': 'nl',
      },
      'dct:publisher': {
        '@id': `${CATALOGUE}#uitgever`,
        '@type': 'foaf:Agent',
        'foaf:name': { '@value': 'Twente begroting', '@language': 'nl' },
        'foaf:homepage': { '@id': 'https://voorbeeld.nl/sub/' },
      },
      'dct:creator': { '@id': `${CATALOGUE}#uitgever` },
      // 4.4.3: exactly one contact point, a vcard:Kind with a name and a URL; the site has no e-mail address to give.
      'dcat:contactPoint': {
        '@id': `${CATALOGUE}#contact`,
        '@type': 'vcard:Kind',
        'vcard:fn': { '@value': 'Twente begroting', '@language': 'nl' },
        'vcard:hasURL': [{ '@id': 'https://voorbeeld.nl/sub/over/#een-fout-gezien' }],
      },
      'foaf:homepage': { '@id': 'https://voorbeeld.nl/sub/', '@type': 'foaf:Document' },
      'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/NLD', '@type': 'dct:LinguisticSystem' },
      'dct:license': { '@id': 'https://creativecommons.org/publicdomain/zero/1.0/', '@type': 'dct:LicenseDocument' },
      'dcat:themeTaxonomy': {
        '@id': 'http://publications.europa.eu/resource/authority/data-theme',
        '@type': 'skos:ConceptScheme',
        'dct:title': { '@value': 'Data theme', '@language': 'en' },
      },
    });
    // A joint arrangement that kept its name is named once.
    const other = build({ name: 'Voorbeeldbegroting', body: 'Regio Voorbeeld', bodyNow: undefined });
    expect(other['dct:title']['@value']).toBe('Voorbeeldbegroting: open data');
    expect(other['dct:description']['@value']).toMatch(
      /^Alle datasets van de site Voorbeeldbegroting over de begroting van Regio Voorbeeld, /,
    );
  });

  it("adds the repository's issues to the contact point when the repository is known", () => {
    const withRepository = build({ repositoryUrl: 'https://github.com/voorbeeld/twente-begroting/' });
    expect(withRepository['dcat:contactPoint']['vcard:hasURL']).toEqual([
      { '@id': 'https://voorbeeld.nl/sub/over/#een-fout-gezien' },
      { '@id': 'https://github.com/voorbeeld/twente-begroting/issues' },
    ]);
    // Every slash at the end goes, not only the last one.
    expect(build({ repositoryUrl: 'https://github.com/voorbeeld/twente-begroting//' })['dcat:contactPoint']['vcard:hasURL'][1]).toEqual({
      '@id': 'https://github.com/voorbeeld/twente-begroting/issues',
    });
  });

  it('states CC0 1.0 as in datapackage.json, on the catalogue and on every distribution', () => {
    const licence = 'https://creativecommons.org/publicdomain/zero/1.0/';
    expect(dataPackage(datasets, sources, site).licenses).toEqual([expect.objectContaining({ name: 'CC0-1.0', path: licence })]);
    const catalogue = build();
    const distributions = distributionsOf(catalogue);
    expect(catalogue['dct:license']).toEqual({ '@id': licence, '@type': 'dct:LicenseDocument' });
    expect(distributions.length).toBe(datasets.length * 2);
    for (const distribution of distributions) expect(id(distribution['dct:license']), String(distribution['@id'])).toBe(licence);
  });

  it('has every mandatory field of a dataset, for every dataset (4.1)', () => {
    const entries = entriesOf(build());
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
    for (const distribution of distributionsOf(build())) {
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
      'Dataset x: source "onbekend" is not in content/bronnen.yaml',
    );
  });

  it('describes a dataset in full: identifier, Dutch texts, publisher, themes with their labels, access, pages, period, source and both files', () => {
    const doc = 'https://voorbeeld.nl/sub/data/domeinen-2020';
    const common = {
      '@type': 'dcat:Distribution',
      'dct:license': { '@id': 'https://creativecommons.org/publicdomain/zero/1.0/', '@type': 'dct:LicenseDocument' },
      'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/NLD', '@type': 'dct:LinguisticSystem' },
    };
    expect(byId('domeinen-2020')).toEqual({
      '@id': `${CATALOGUE}#domeinen-2020`,
      '@type': 'dcat:Dataset',
      'dct:identifier': `${CATALOGUE}#domeinen-2020`,
      'dct:title': { '@value': 'Titel domeinen-2020', '@language': 'nl' },
      'dct:description': { '@value': 'Omschrijving domeinen-2020', '@language': 'nl' },
      'dct:publisher': { '@id': `${CATALOGUE}#uitgever` },
      'dct:creator': { '@id': `${CATALOGUE}#uitgever` },
      'dcat:contactPoint': { '@id': `${CATALOGUE}#contact` },
      'dcat:theme': [
        {
          '@id': 'http://publications.europa.eu/resource/authority/data-theme/GOVE',
          '@type': 'skos:Concept',
          'skos:prefLabel': { '@value': 'Overheid en publieke sector', '@language': 'nl' },
        },
        {
          '@id': 'http://publications.europa.eu/resource/authority/data-theme/ECON',
          '@type': 'skos:Concept',
          'skos:prefLabel': { '@value': 'Economie en financiën', '@language': 'nl' },
        },
      ],
      'dct:accessRights': { '@id': 'http://publications.europa.eu/resource/authority/access-right/PUBLIC', '@type': 'dct:RightsStatement' },
      'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/NLD', '@type': 'dct:LinguisticSystem' },
      'dcat:landingPage': { '@id': 'https://voorbeeld.nl/sub/data/#dataset-domeinen-2020', '@type': 'foaf:Document' },
      'foaf:page': { '@id': 'https://voorbeeld.nl/sub/2020/domeinen/', '@type': 'foaf:Document' },
      'dct:temporal': {
        '@type': 'dct:PeriodOfTime',
        'dcat:startDate': { '@value': '2020', '@type': 'xsd:gYear' },
        'dcat:endDate': { '@value': '2020', '@type': 'xsd:gYear' },
      },
      'prov:wasDerivedFrom': [
        {
          '@id': `${CATALOGUE}#bron-begroting`,
          '@type': 'foaf:Document',
          'dct:identifier': 'begroting',
          'dct:title': { '@value': 'Programmabegroting 2020', '@language': 'nl' },
          'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': { '@value': 'Regio Twente', '@language': 'nl' } },
          'dct:issued': { '@value': '2019', '@type': 'xsd:gYear' },
        },
      ],
      'dct:provenance': {
        '@type': 'dct:ProvenanceStatement',
        'rdfs:label': {
          '@value':
            'Twente begroting maakt deze tabel uit "Programmabegroting 2020" (Regio Twente, 2019). ' +
            'Elke rij noemt haar bron in de kolommen bron_document, bron_sectie en periode.',
          '@language': 'nl',
        },
      },
      'dcat:distribution': [
        {
          ...common,
          '@id': `${CATALOGUE}#domeinen-2020-csv`,
          'dct:title': { '@value': 'Titel domeinen-2020 (CSV)', '@language': 'nl' },
          'dcat:accessURL': { '@id': `${doc}.csv` },
          'dcat:downloadURL': { '@id': `${doc}.csv` },
          'dcat:mediaType': { '@id': 'https://www.iana.org/assignments/media-types/text/csv', '@type': 'dct:MediaType' },
          'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV', '@type': 'dct:MediaTypeOrExtent' },
          'dct:conformsTo': { '@id': 'https://voorbeeld.nl/sub/data/datapackage.json', '@type': 'dct:Standard' },
        },
        {
          ...common,
          '@id': `${CATALOGUE}#domeinen-2020-json`,
          'dct:title': { '@value': 'Titel domeinen-2020 (JSON)', '@language': 'nl' },
          'dcat:accessURL': { '@id': `${doc}.json` },
          'dcat:downloadURL': { '@id': `${doc}.json` },
          'dcat:mediaType': { '@id': 'https://www.iana.org/assignments/media-types/application/json', '@type': 'dct:MediaType' },
          'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/JSON', '@type': 'dct:MediaTypeOrExtent' },
          'dct:conformsTo': { '@id': `${doc}.schema.json`, '@type': 'dct:Standard' },
        },
      ],
    });
  });

  it('labels the population theme "Bevolking en samenleving"', () => {
    expect(byId('inwoners-2020')['dcat:theme']).toEqual([
      {
        '@id': 'http://publications.europa.eu/resource/authority/data-theme/SOCI',
        '@type': 'skos:Concept',
        'skos:prefLabel': { '@value': 'Bevolking en samenleving', '@language': 'nl' },
      },
    ]);
  });

  it('states no period when only one end of it is a date', () => {
    const catalogue = build({}, [
      dataset('begin-onzeker', { period: { start: '2020-12/2021-01', end: '2021' } }),
      dataset('einde-onzeker', { period: { start: '2020', end: '2020-12/2021-01' } }),
    ]);
    expect(byId('begin-onzeker', catalogue)).not.toHaveProperty('dct:temporal');
    expect(byId('einde-onzeker', catalogue)).not.toHaveProperty('dct:temporal');
  });
});

describe('dateLiteral', () => {
  it('types a year, a month and a day as xsd:gYear, xsd:gYearMonth and xsd:date', () => {
    expect(dateLiteral('2019')).toEqual({ '@value': '2019', '@type': 'xsd:gYear' });
    expect(dateLiteral('2017-06')).toEqual({ '@value': '2017-06', '@type': 'xsd:gYearMonth' });
    expect(dateLiteral('2017-06-28')).toEqual({ '@value': '2017-06-28', '@type': 'xsd:date' });
  });

  it('gives no date for two possible dates, or for text that only contains or resembles a date', () => {
    for (const value of [
      '2020-12/2021-01',
      'ca. 2019',
      '20190',
      '219',
      'jaar',
      'x2017-06',
      '2017-06x',
      '2017-6',
      '2017-ju',
      '17-06',
      'x2017-06-28',
      '2017-06-28x',
      '2017-6-28',
      '2017-06-8',
      '2017-ju-28',
      '2017-06-ab',
      '17-06-28',
      '',
    ])
      expect(dateLiteral(value), value).toBeUndefined();
  });
});
