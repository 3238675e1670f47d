import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowSchema, type Column } from '../../src/lib/open-data.ts';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { parseCsv } from '../helpers/csv.ts';
import { DIST, readPage, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);
const { content } = validateContent(CONTENT_DIR);
const read = (file: string) => readFileSync(join(DIST, 'data', file), 'utf8');
const datasets = () =>
  readdirSync(join(DIST, 'data'))
    .filter((file) => file.endsWith('.csv'))
    .map((file) => file.replace(/\.csv$/, ''));

/** A CSV file as its header and its rows, each row keyed by column name. */
function table(id: string): { header: string[]; rows: Record<string, string>[] } {
  const [header = [], ...rows] = parseCsv(read(`${id}.csv`));
  return { header, rows: rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? '']))) };
}

interface DataPackage {
  name: string;
  licenses: { name: string }[];
  sources: { id: string; title: string; publisher: string }[];
  resources: {
    name: string;
    path: string;
    format: string;
    mediatype: string;
    encoding: string;
    sources?: { id: string }[];
    schema: { fields: { name: string; type: string; description: string }[]; missingValues: string[] };
  }[];
}
const dataPackage = () => JSON.parse(read('datapackage.json')) as DataPackage;

const PERIOD = /^(?:\d{4}|\d{4}-\d{4}|per jaar|onbepaalde tijd|geen)$/;

describe('open data', () => {
  it('has CSV, JSON and JSON Schema for every dataset, listed on /data/', () => {
    expect(datasets()).toEqual(expect.arrayContaining(['domeinen-2020', 'coalities-2020', 'coalities-2017', 'inwoners-2020', 'gemeenten']));
    const page = readPage('/data/');
    for (const id of datasets()) {
      expect(existsSync(join(DIST, 'data', `${id}.json`)), id).toBe(true);
      expect(existsSync(join(DIST, 'data', `${id}.schema.json`)), id).toBe(true);
      expect(page, id).toContain(`href="/data/${id}.csv"`);
    }
  });

  it('writes the domain contributions exactly as the content has them, in CSV and JSON', () => {
    expect(read('domeinen-2020.csv').startsWith('\uFEFF')).toBe(true);
    const { header, rows } = table('domeinen-2020');
    expect(header).toEqual([
      'jaar',
      'domein_id',
      'domein',
      'bijdrage_euro',
      'aandeel_procent',
      'bijdrage_per_inwoner_euro',
      'bron_document',
      'bron_sectie',
      'periode',
    ]);
    const csvAmounts = Object.fromEntries(rows.map((row) => [row['domein_id'], Number(row['bijdrage_euro'])]));
    const json = JSON.parse(read('domeinen-2020.json')) as { rijen: { domein_id: string; bijdrage_euro: number }[] };
    const jsonAmounts = Object.fromEntries(json.rijen.map((row) => [row.domein_id, row.bijdrage_euro]));
    const domains = content.domains.filter((entry) => entry.folderYear === 2020);
    const expected = Object.fromEntries(domains.map((entry) => [entry.slug, entry.data.bijdrage]));
    expect(csvAmounts).toEqual(expected);
    expect(jsonAmounts).toEqual(expected);
    for (const row of rows) {
      const domain = domains.find((entry) => entry.slug === row['domein_id']);
      expect([row['bron_document'], row['bron_sectie'], row['periode']]).toEqual([
        domain?.data.bron.document,
        domain?.data.bron.sectie,
        '2020',
      ]);
    }
  });

  it('gives each 2020 domain its contribution per inhabitant of Twente, from the population in content/2020/inwoners.yaml', () => {
    const twente = content.population.find((entry) => entry.folderYear === 2020)?.data.regio;
    expect(twente?.aantal).toBe(631064);
    const { rows } = table('domeinen-2020');
    // Rounded to whole cents, half a cent up, in integers: computed here, not with src/lib/per-inhabitant.ts.
    const cents = (euros: number) => Number((BigInt(euros) * 200n + 631064n) / (2n * 631064n));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      expect(Number(row['bijdrage_per_inwoner_euro']), row['domein_id']).toBe(cents(Number(row['bijdrage_euro'])) / 100);
    }
    // The same figure as the pages show: € 28,78 per inhabitant for Gezondheid.
    expect(rows.find((row) => row['domein_id'] === 'gezondheid')?.['bijdrage_per_inwoner_euro']).toBe('28.78');
    const json = JSON.parse(read('domeinen-2020.json')) as { kolommen: Column[] };
    const description = json.kolommen.find((column) => column.name === 'bijdrage_per_inwoner_euro')?.description;
    expect(description).toContain('631.064 inwoners van Twente op 1 januari 2020');
    expect(description).toContain('bevolking-twente-2020');
  });

  it('publishes the population figure with its source', () => {
    expect(table('inwoners-2020').rows).toEqual([
      {
        jaar: '2020',
        peildatum: '2020-01-01',
        gebied: 'Twente',
        cbs_code: '',
        inwoners: '631064',
        bron_document: 'bevolking-twente-2020',
        bron_sectie: 'inwoners van Twente op 1 januari 2020',
        periode: '',
      },
    ]);
  });

  it('writes the coalitions of each year with their costs and participants', () => {
    const netwerkstad = table('coalities-2017').rows.find((row) => row['coalitie_id'] === 'netwerkstad-twente');
    expect(netwerkstad).toMatchObject({
      verwachte_kosten_euro: '',
      looptijd: 'Onbepaalde tijd',
      deelnemers_genoemd: 'ja',
      gemeenten: 'GM0141 GM0147 GM0153 GM0164',
      periode: 'onbepaalde tijd',
    });
    const costs = table('coalities-2020').rows.map((row) => Number(row['verwachte_kosten_euro']));
    expect(costs).toEqual([201000, 988000, 2105000, 85000, 395000, 3881000]);
  });

  it('gives each 2017 coalition the period of its own participant list in Bijlage 1', () => {
    const lists = new Map(
      content.coalitions.filter((entry) => entry.folderYear === 2017).map((entry) => [entry.slug, entry.data.deelnemers?.periode]),
    );
    const rows = table('coalities-2017').rows;
    expect(rows.length).toBe(lists.size);
    for (const row of rows) expect(row['periode'], row['coalitie_id']).toBe(lists.get(row['coalitie_id'] ?? ''));
  });

  it('names participants in 2020 only for Netwerkstad Twente, the one coalition the Programmabegroting 2020 gives them for', () => {
    const rows = table('coalities-2020').rows;
    const named = rows.filter((row) => row['deelnemers_genoemd'] === 'ja');
    expect(named.map((row) => row['coalitie_id'])).toEqual(['netwerkstad-twente']);
    expect(named[0]).toMatchObject({
      gemeenten: 'GM0141 GM0147 GM0153 GM0164 GM0173',
      andere_deelnemers: 'Provincie Overijssel',
      // The budget names them without a period ("voor 2020" is about the activities).
      periode: 'geen',
    });
    for (const row of rows.filter((row) => row['coalitie_id'] !== 'netwerkstad-twente')) {
      // Never a list from 2017 standing in for 2020.
      expect(
        [row['deelnemers_genoemd'], row['gemeenten'], row['andere_deelnemers'], row['deelnemers_bron_sectie'], row['periode']],
        row['coalitie_id'],
      ).toEqual(['nee', '', '', '', '']);
      expect(row['bron_document'], row['coalitie_id']).toBe('programmabegroting-2020');
    }
  });

  it('gives every CSV the provenance columns bron_document, bron_sectie and periode', () => {
    const resources = new Map(dataPackage().resources.map((resource) => [resource.name, resource]));
    const withoutSource: string[] = [];
    for (const id of datasets()) {
      const { header, rows } = table(id);
      expect(header.slice(-3), id).toEqual(['bron_document', 'bron_sectie', 'periode']);
      expect(rows.length, id).toBeGreaterThan(0);
      const documents = new Set(resources.get(id)?.sources?.map((source) => source.id));
      if (documents.size === 0) {
        withoutSource.push(id);
        for (const row of rows) expect([row['bron_document'], row['bron_sectie'], row['periode']], id).toEqual(['', '', '']);
        continue;
      }
      for (const row of rows) {
        expect(row['bron_document'], `${id}: ${JSON.stringify(row)}`).not.toBe('');
        expect(documents.has(row['bron_document'] ?? ''), `${id}: ${row['bron_document']}`).toBe(true);
        expect(row['bron_sectie'], `${id}: ${JSON.stringify(row)}`).not.toBe('');
      }
    }
    // Every dataset cites its documents; the municipality codes cite the CBS list.
    expect(withoutSource).toEqual([]);
  });

  it('writes every period in one of the five forms, or leaves it empty', () => {
    for (const id of datasets()) {
      for (const row of table(id).rows) {
        const value = row['periode'] ?? '';
        if (value !== '') expect(value, `${id}: ${JSON.stringify(row)}`).toMatch(PERIOD);
      }
    }
    const figures = table('kerncijfers-samenwerkingsagenda-2017-2020').rows;
    expect(figures.find((row) => row['label'] === 'ontwikkeling van het regionaal product in 2015')?.['periode']).toBe('2015');
    expect(figures.find((row) => row['blok_id'] === 'twentse-economie')?.['periode']).toBe('geen');
  });

  it('describes the anchor that the document page really has for each block', () => {
    for (const entry of content.figures) {
      const html = readPage(`/documenten/${entry.slug}/`);
      for (const block of entry.data.blokken) expect(html, block.id).toContain(`id="cijfers-${block.id}"`);
      const json = JSON.parse(read(`kerncijfers-${entry.slug}.json`)) as { kolommen: Column[] };
      expect(json.kolommen.find((column) => column.name === 'blok_id')?.description).toContain('cijfers-<blok_id>');
    }
  });

  it('publishes JSON that its own column description and JSON Schema accept', () => {
    for (const id of datasets()) {
      const json = JSON.parse(read(`${id}.json`)) as { kolommen: Column[]; rijen: unknown[] };
      const schema = JSON.parse(read(`${id}.schema.json`)) as {
        properties: { rijen: { items: { properties: Record<string, unknown>; required: string[] } } };
      };
      const rowSchemaJson = schema.properties.rijen.items;
      expect(Object.keys(rowSchemaJson.properties), id).toEqual(json.kolommen.map((column) => column.name));
      expect(rowSchemaJson.required, id).toEqual(json.kolommen.map((column) => column.name));
      const rowsCheck = rowSchema({ columns: json.kolommen }).array().safeParse(json.rijen);
      expect(rowsCheck.error?.issues ?? [], id).toEqual([]);
    }
  });

  it('describes every CSV file in one datapackage.json, with the fields of its header', () => {
    const pack = dataPackage();
    expect(pack.licenses).toEqual([expect.objectContaining({ name: 'CC0-1.0' })]);
    const sourceIds = content.sources?.data.map((source) => source.id) ?? [];
    for (const source of pack.sources) expect(sourceIds, source.id).toContain(source.id);
    expect(pack.resources.map((resource) => resource.name).sort()).toEqual(datasets().sort());
    for (const resource of pack.resources) {
      expect(resource.path, resource.name).toBe(`${resource.name}.csv`);
      expect(existsSync(join(DIST, 'data', resource.path)), resource.path).toBe(true);
      expect([resource.format, resource.mediatype], resource.name).toEqual(['csv', 'text/csv']);
      expect(resource.encoding === 'utf-8-sig', resource.name).toBe(read(resource.path).startsWith('\uFEFF'));
      expect(
        resource.schema.fields.map((field) => field.name),
        resource.name,
      ).toEqual(table(resource.name).header);
      expect(resource.schema.missingValues).toEqual(['']);
      for (const field of resource.schema.fields) {
        expect(['integer', 'number', 'string'], `${resource.name}.${field.name}`).toContain(field.type);
        expect(field.description.length, `${resource.name}.${field.name}`).toBeGreaterThan(0);
      }
      for (const source of resource.sources ?? [])
        expect(
          pack.sources.map((entry) => entry.id),
          resource.name,
        ).toContain(source.id);
    }
  });

  it('writes values of the type datapackage.json gives each field', () => {
    for (const resource of dataPackage().resources) {
      const { rows } = table(resource.name);
      for (const field of resource.schema.fields.filter((entry) => entry.type !== 'string')) {
        const pattern = field.type === 'integer' ? /^-?\d+$/ : /^-?\d+(?:\.\d+)?$/;
        for (const row of rows) {
          const value = row[field.name] ?? '';
          if (value !== '') expect(value, `${resource.name}.${field.name}`).toMatch(pattern);
        }
      }
    }
  });

  it('is linked from each page with figures, and the data package from /data/', () => {
    expect(readPage('/2020/domeinen/gezondheid/')).toContain('href="/data/domeinen-2020.csv"');
    expect(readPage('/2017/coalities/netwerkstad-twente/')).toContain('href="/data/coalities-2017.json"');
    expect(readPage('/gemeenten/')).toContain('href="/data/gemeenten.csv"');
    expect(readPage('/data/')).toContain('href="/data/datapackage.json"');
  });
});
