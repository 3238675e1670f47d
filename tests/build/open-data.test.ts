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
const datasets = () => readdirSync(join(DIST, 'data')).filter((file) => file.endsWith('.csv')).map((file) => file.replace(/\.csv$/, ''));

describe('open data', () => {
  it('has CSV, JSON and JSON Schema for every dataset, listed on /data/', () => {
    expect(datasets()).toEqual(expect.arrayContaining(['domeinen-2020', 'coalities-2020', 'coalities-2017', 'gemeenten']));
    const page = readPage('/data/');
    for (const id of datasets()) {
      expect(existsSync(join(DIST, 'data', `${id}.json`)), id).toBe(true);
      expect(existsSync(join(DIST, 'data', `${id}.schema.json`)), id).toBe(true);
      expect(page, id).toContain(`href="/data/${id}.csv"`);
    }
  });

  it('writes the domain contributions exactly as the content has them, in CSV and JSON', () => {
    const rows = parseCsv(read('domeinen-2020.csv'));
    expect(read('domeinen-2020.csv').startsWith('\uFEFF')).toBe(true);
    expect(rows[0]).toEqual(['jaar', 'domein_id', 'domein', 'bijdrage_euro', 'aandeel_procent', 'bron']);
    const csvAmounts = Object.fromEntries(rows.slice(1).map((row) => [row[1], Number(row[3])]));
    const json = JSON.parse(read('domeinen-2020.json')) as { rijen: { domein_id: string; bijdrage_euro: number }[] };
    const jsonAmounts = Object.fromEntries(json.rijen.map((row) => [row.domein_id, row.bijdrage_euro]));
    const expected = Object.fromEntries(content.domains.filter((entry) => entry.folderYear === 2020).map((entry) => [entry.slug, entry.data.bijdrage]));
    expect(csvAmounts).toEqual(expected);
    expect(jsonAmounts).toEqual(expected);
  });

  it('writes the coalitions of each year with their costs and participants', () => {
    const rows = parseCsv(read('coalities-2017.csv'));
    const netwerkstad = rows.find((row) => row[1] === 'netwerkstad-twente');
    expect(netwerkstad?.[3]).toBe('');
    expect(netwerkstad?.[6]).toBe('GM0141 GM0147 GM0153 GM0164');
    const costs = parseCsv(read('coalities-2020.csv')).slice(1).map((row) => Number(row[3]));
    expect(costs).toEqual([201000, 988000, 2105000, 85000, 395000, 3881000]);
  });

  it('publishes JSON that its own column description and JSON Schema accept', () => {
    for (const id of datasets()) {
      const json = JSON.parse(read(`${id}.json`)) as { kolommen: Column[]; rijen: unknown[] };
      const schema = JSON.parse(read(`${id}.schema.json`)) as { properties: { rijen: { items: { properties: Record<string, unknown>; required: string[] } } } };
      const rowSchemaJson = schema.properties.rijen.items;
      expect(Object.keys(rowSchemaJson.properties), id).toEqual(json.kolommen.map((column) => column.name));
      expect(rowSchemaJson.required, id).toEqual(json.kolommen.map((column) => column.name));
      const rowsCheck = rowSchema({ columns: json.kolommen }).array().safeParse(json.rijen);
      expect(rowsCheck.error?.issues ?? [], id).toEqual([]);
    }
  });

  it('is linked from each page with figures', () => {
    expect(readPage('/2020/domeinen/gezondheid/')).toContain('href="/data/domeinen-2020.csv"');
    expect(readPage('/2017/coalities/netwerkstad-twente/')).toContain('href="/data/coalities-2017.json"');
    expect(readPage('/gemeenten/')).toContain('href="/data/gemeenten.csv"');
  });
});
