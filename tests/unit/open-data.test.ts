import { describe, expect, it } from 'vitest';
import { datasetJson, datasetJsonSchema, datasetSources, type Dataset, type SourceInfo } from '../../src/lib/open-data.ts';

const sources = new Map<string, SourceInfo>([
  ['a', { id: 'a', titel: 'Document A', uitgever: 'Regio Twente', datum: '2019' }],
  ['b', { id: 'b', titel: 'Document B', uitgever: 'SamenTwente', datum: '2024-10-16' }],
]);
const dataset: Dataset = {
  id: 'domeinen-2020',
  title: 'Domeinen 2020',
  description: 'Het geld per domein.',
  columns: [
    { name: 'jaar', type: 'geheel getal', description: 'Jaar.' },
    { name: 'periode', type: 'tekst', pattern: '\\d{4}|geen', description: 'Periode.' },
  ],
  rows: [
    { jaar: 2020, periode: '2020' },
    { jaar: null, periode: 'geen' },
  ],
  sources: ['b', 'a'],
  themes: ['GOVE'],
};

describe('datasetSources', () => {
  it('gives the documents of a dataset in the order the dataset names them', () => {
    expect(datasetSources(dataset, sources).map((source) => source.titel)).toEqual(['Document B', 'Document A']);
  });

  it('names the dataset and the source when a source is not in content/bronnen.yaml', () => {
    expect(() => datasetSources({ id: 'x', sources: ['a', 'onbekend'] }, sources)).toThrow(
      new Error('Dataset x: source "onbekend" is not in content/bronnen.yaml'),
    );
  });
});

describe('datasetJson', () => {
  it('writes title, description, the CC0 licence with its Dutch page, the sources, the columns without their rules, and the rows', () => {
    expect(datasetJson(dataset, sources)).toEqual({
      titel: 'Domeinen 2020',
      omschrijving: 'Het geld per domein.',
      licentie: { name: 'CC0 1.0 (publiek domein)', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl' },
      bronnen: [
        { id: 'b', titel: 'Document B', uitgever: 'SamenTwente', datum: '2024-10-16' },
        { id: 'a', titel: 'Document A', uitgever: 'Regio Twente', datum: '2019' },
      ],
      kolommen: [
        { name: 'jaar', type: 'geheel getal', description: 'Jaar.' },
        { name: 'periode', type: 'tekst', description: 'Periode.' },
      ],
      rijen: [
        { jaar: 2020, periode: '2020' },
        { jaar: null, periode: 'geen' },
      ],
    });
  });
});

describe('datasetJsonSchema', () => {
  it('publishes a JSON Schema with its own address, the title, every field of the file and the rules of each column', () => {
    const string = { type: 'string' };
    expect(datasetJsonSchema(dataset).json).toEqual({
      $id: '/data/domeinen-2020.schema.json',
      title: 'Domeinen 2020',
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: {
        titel: string,
        omschrijving: string,
        licentie: {
          type: 'object',
          properties: { name: string, url: string },
          required: ['name', 'url'],
          additionalProperties: false,
        },
        bronnen: {
          type: 'array',
          items: {
            type: 'object',
            properties: { id: string, titel: string, uitgever: string, datum: string },
            required: ['id', 'titel', 'uitgever', 'datum'],
            additionalProperties: false,
          },
        },
        kolommen: {
          type: 'array',
          items: {
            type: 'object',
            properties: { name: string, type: string, description: string },
            required: ['name', 'type', 'description'],
            additionalProperties: false,
          },
        },
        rijen: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              jaar: {
                anyOf: [{ type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991 }, { type: 'null' }],
                description: 'Jaar.',
              },
              periode: { anyOf: [{ type: 'string', pattern: '^(?:\\d{4}|geen)$' }, { type: 'null' }], description: 'Periode.' },
            },
            required: ['jaar', 'periode'],
            additionalProperties: false,
          },
        },
      },
      required: ['titel', 'omschrijving', 'licentie', 'bronnen', 'kolommen', 'rijen'],
      additionalProperties: false,
    });
  });

  it('takes the address with the base path when the site has one', () => {
    expect(datasetJsonSchema(dataset, '/sub/data/domeinen-2020.schema.json').json.$id).toBe('/sub/data/domeinen-2020.schema.json');
  });

  it('accepts the JSON file of the dataset and refuses one with a field too many or a row that breaks a column rule', () => {
    const { schema } = datasetJsonSchema(dataset);
    const file = datasetJson(dataset, sources);
    expect(schema.safeParse(file).success).toBe(true);
    expect(schema.safeParse({ ...file, extra: 1 }).success).toBe(false);
    expect(schema.safeParse({ ...file, licentie: { ...file.licentie, jaar: 2020 } }).success).toBe(false);
    expect(schema.safeParse({ ...file, rijen: [{ jaar: 2020, periode: '2020-2021' }] }).success).toBe(false);
    expect(schema.safeParse({ ...file, rijen: [{ jaar: 2020.5, periode: '2020' }] }).success).toBe(false);
  });
});
