import { describe, expect, it } from 'vitest';
import { CSV_DIALECT, CSV_ENCODING, toCsv } from '../../src/lib/csv.ts';
import { csvPath, dataPackage, tableField } from '../../src/lib/datapackage.ts';
import type { Dataset, SourceInfo } from '../../src/lib/open-data.ts';

const sources = new Map<string, SourceInfo>([
  ['a', { id: 'a', titel: 'Document A', uitgever: 'Regio Twente', datum: '2019' }],
  ['b', { id: 'b', titel: 'Document B', uitgever: 'SamenTwente', datum: '2024-10-16' }],
  ['c', { id: 'c', titel: 'Document C', uitgever: 'Kennispunt Twente', datum: '2020' }],
]);
const dataset = (id: string, datasetSources: string[]): Dataset => ({
  id,
  title: `Titel ${id}`,
  description: `Omschrijving ${id}`,
  columns: [
    { name: 'jaar', type: 'geheel getal', description: 'Jaar.' },
    { name: 'aandeel', type: 'getal', description: 'Aandeel.' },
    { name: 'peildatum', type: 'datum', description: 'Datum.' },
    { name: 'ongeveer', type: 'tekst', values: ['ja'], description: 'Ongeveer.' },
    { name: 'periode', type: 'tekst', pattern: '\\d{4}|geen', description: 'Periode.' },
  ],
  rows: [],
  sources: datasetSources,
  themes: ['GOVE'],
});

describe('dataPackage', () => {
  const site = { name: 'Twente begroting', body: 'Regio Twente', bodyNow: 'SamenTwente' };
  // Each test makes its own package (not one at load time), so every check sees the code as it runs in that test.
  const build = () => dataPackage([dataset('b-set', ['b', 'a']), dataset('geen-bron', [])], sources, site);

  it('describes the package: name, title, description, CC0 licence and the documents the files use', () => {
    const pack = build();
    expect(pack).toMatchObject({ profile: 'tabular-data-package', name: 'twente-begroting', licenses: [{ name: 'CC0-1.0' }] });
    expect(pack.title).toBe('Twente begroting: open data');
    expect(pack.description).toMatch(/^Alle cijfers van de site Twente begroting over de begroting van Regio Twente \(nu SamenTwente\), /);
    expect(pack.description).toContain('bron_document');
    // Another site: its own name, and a joint arrangement that kept its name is named once.
    const other = dataPackage([], sources, { name: 'Voorbeeld begroting', body: 'Regio Voorbeeld' });
    expect(other).toMatchObject({ name: 'voorbeeld-begroting', title: 'Voorbeeld begroting: open data' });
    expect(other.description).toMatch(/^Alle cijfers van de site Voorbeeld begroting over de begroting van Regio Voorbeeld, /);
    // In the order of content/bronnen.yaml; a document no file uses is left out.
    expect(pack.sources).toEqual([
      { id: 'a', title: 'Document A', publisher: 'Regio Twente', date: '2019' },
      { id: 'b', title: 'Document B', publisher: 'SamenTwente', date: '2024-10-16' },
    ]);
  });

  it('has one CSV resource per dataset, with the path, format, encoding and dialect toCsv writes', () => {
    const pack = build();
    expect(pack.resources.map((resource) => [resource.name, resource.path])).toEqual([
      ['b-set', 'b-set.csv'],
      ['geen-bron', 'geen-bron.csv'],
    ]);
    const [resource] = pack.resources;
    expect(resource).toMatchObject({
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      title: 'Titel b-set',
      description: 'Omschrijving b-set',
    });
    expect(resource?.sources?.map((source) => source.id)).toEqual(['b', 'a']);
    // The standard asks for at least one source when the property is there.
    expect(pack.resources[1]).not.toHaveProperty('sources');
    const csv = toCsv(['a', 'b'], [['x', 1]]);
    expect(CSV_ENCODING === 'utf-8-sig').toBe(csv.startsWith('\uFEFF'));
    expect(csv).toBe(`\uFEFFa${resource?.dialect.delimiter}b${resource?.dialect.lineTerminator}x,1${CSV_DIALECT.lineTerminator}`);
  });

  it('writes datapackage.json in full: profile, name, title, description, licence, sources and each resource with its file, dialect and schema', () => {
    const dialect = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };
    const onlyYear = (id: string, ids: string[]): Dataset => ({
      ...dataset(id, ids),
      columns: [{ name: 'jaar', type: 'geheel getal', description: 'Jaar.' }],
    });
    expect(dataPackage([onlyYear('met-bron', ['c']), onlyYear('zonder-bron', [])], sources, site)).toEqual({
      profile: 'tabular-data-package',
      name: 'twente-begroting',
      title: 'Twente begroting: open data',
      description:
        'Alle cijfers van de site Twente begroting over de begroting van Regio Twente (nu SamenTwente), als CSV-bestanden met een beschrijving van elke kolom. ' +
        'Elke rij noemt haar bron: bron_document (het id van een document in sources), bron_sectie en periode. ' +
        "De bestanden worden bij elke bouw van de site gemaakt uit dezelfde gecontroleerde inhoud als de pagina's.",
      licenses: [{ name: 'CC0-1.0', title: 'CC0 1.0 (publiek domein)', path: 'https://creativecommons.org/publicdomain/zero/1.0/' }],
      sources: [{ id: 'c', title: 'Document C', publisher: 'Kennispunt Twente', date: '2020' }],
      resources: [
        {
          profile: 'tabular-data-resource',
          name: 'met-bron',
          path: 'met-bron.csv',
          title: 'Titel met-bron',
          description: 'Omschrijving met-bron',
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8-sig',
          dialect,
          sources: [{ id: 'c', title: 'Document C', publisher: 'Kennispunt Twente', date: '2020' }],
          schema: { fields: [{ name: 'jaar', type: 'integer', description: 'Jaar.' }], missingValues: [''] },
        },
        {
          profile: 'tabular-data-resource',
          name: 'zonder-bron',
          path: 'zonder-bron.csv',
          title: 'Titel zonder-bron',
          description: 'Omschrijving zonder-bron',
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8-sig',
          dialect,
          schema: { fields: [{ name: 'jaar', type: 'integer', description: 'Jaar.' }], missingValues: [''] },
        },
      ],
    });
  });

  it('gives a Table Schema whose fields are the columns, in order, with types and descriptions', () => {
    const schema = build().resources[0]?.schema;
    expect(schema?.missingValues).toEqual(['']);
    expect(schema?.fields).toEqual([
      { name: 'jaar', type: 'integer', description: 'Jaar.' },
      { name: 'aandeel', type: 'number', description: 'Aandeel.' },
      { name: 'peildatum', type: 'string', description: 'Datum.' },
      { name: 'ongeveer', type: 'string', description: 'Ongeveer.', constraints: { enum: ['ja'] } },
      { name: 'periode', type: 'string', description: 'Periode.', constraints: { pattern: '(\\d{4}|geen)' } },
    ]);
  });

  it('groups the alternatives of a pattern, so a reader that anchors it with ^ and $ anchors all of them', () => {
    const field = tableField({ name: 'periode', type: 'tekst', pattern: '\\d{4}|geen', description: '' });
    const anchored = new RegExp(`^${field.constraints?.pattern}$`);
    expect(anchored.test('2016x')).toBe(false);
    expect(anchored.test('geen')).toBe(true);
  });

  it('refuses two datasets with one name, a name the standard does not allow, or an unknown source', () => {
    expect(() => dataPackage([dataset('x', []), dataset('x', [])], sources, site)).toThrow('Dataset "x" is in the list twice');
    expect(() => dataPackage([dataset('Domeinen 2020', [])], sources, site)).toThrow('only lower-case letters');
    expect(() => dataPackage([dataset('x', ['onbekend'])], sources, site)).toThrow('source "onbekend" is not in content/bronnen.yaml');
  });

  it('names each CSV file after its dataset', () => {
    expect(csvPath({ id: 'domeinen-2020' })).toBe('domeinen-2020.csv');
  });
});
