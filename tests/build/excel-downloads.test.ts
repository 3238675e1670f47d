import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv.ts';
import { DIST, pageUrls, readPage, requireDist } from '../helpers/dist.ts';

/**
 * Every open-data table has a copy that Excel with Dutch settings opens in columns: semicolons, a
 * byte-order mark, whole euros as plain integers and decimals with a comma, holding the same rows as
 * the standard CSV. Every page that offers the standard CSV offers the Excel copy too.
 */
beforeAll(requireDist);

const DATA = join(DIST, 'data');
const standardIds = () =>
  readdirSync(DATA)
    .filter((file) => file.endsWith('.csv'))
    .map((file) => file.replace(/\.csv$/, ''))
    .sort();

interface Field {
  name: string;
  type: 'string' | 'integer' | 'number';
}
const fieldTypes = (id: string): Field[] => {
  const pkg = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8')) as {
    resources: { name: string; schema: { fields: Field[] } }[];
  };
  return pkg.resources.find((resource) => resource.name === id)?.schema.fields ?? [];
};

describe('the CSV for Dutch Excel', () => {
  it('exists for every standard CSV file, and for nothing else', () => {
    expect(standardIds().length).toBeGreaterThan(5);
    expect(readdirSync(join(DATA, 'excel')).sort()).toEqual(standardIds().map((id) => `${id}.csv`));
  });

  it('starts with a byte-order mark, separates with semicolons and ends lines with CRLF', () => {
    for (const id of standardIds()) {
      const text = readFileSync(join(DATA, 'excel', `${id}.csv`), 'utf8');
      expect(text.startsWith('\uFEFF'), id).toBe(true);
      const header = text.slice(1).split('\r\n')[0] ?? '';
      const standardHeader =
        readFileSync(join(DATA, `${id}.csv`), 'utf8')
          .slice(1)
          .split('\r\n')[0] ?? '';
      expect(header, id).toBe(standardHeader.split(',').join(';'));
      expect(text.endsWith('\r\n'), id).toBe(true);
    }
  });

  it('parses with ";" into the same rows as the standard CSV, whole numbers plain and decimals with a comma', () => {
    let decimals = 0;
    for (const id of standardIds()) {
      const standard = parseCsv(readFileSync(join(DATA, `${id}.csv`), 'utf8'));
      const excel = parseCsv(readFileSync(join(DATA, 'excel', `${id}.csv`), 'utf8'), ';');
      const fields = fieldTypes(id);
      expect(
        fields.map((field) => field.name),
        id,
      ).toEqual(standard[0]);
      expect(excel.length, id).toBe(standard.length);
      expect(excel[0], id).toEqual(standard[0]);
      standard.slice(1).forEach((row, rowIndex) => {
        const excelRow = excel[rowIndex + 1] ?? [];
        expect(excelRow.length, `${id} row ${rowIndex + 1}`).toBe(row.length);
        row.forEach((value, column) => {
          const type = fields[column]?.type;
          const cell = excelRow[column] ?? '';
          const where = `${id} row ${rowIndex + 1}, ${fields[column]?.name}`;
          if (type === 'integer' && value !== '') expect(cell, where).toMatch(/^-?\d+$/);
          if (type === 'number' && value.includes('.')) {
            decimals++;
            expect(cell, where).toBe(value.replace('.', ','));
          } else expect(cell, where).toBe(value);
        });
      });
    }
    // The 2020 shares and amounts per inhabitant have decimals, so the comma is really tested.
    expect(decimals).toBeGreaterThan(0);
  });

  it('keeps the whole euros of the 2020 budget intact: Gezondheid 18165000', () => {
    const rows = parseCsv(readFileSync(join(DATA, 'excel', 'domeinen-2020.csv'), 'utf8'), ';');
    const header = rows[0] ?? [];
    const health = rows.find((row) => row[header.indexOf('domein_id')] === 'gezondheid') ?? [];
    expect(health[header.indexOf('bijdrage_euro')]).toBe('18165000');
    expect(health[header.indexOf('bijdrage_per_inwoner_euro')]).toBe('28,78');
  });

  it('is offered next to the standard CSV on every page that offers it, under a name of its own', () => {
    const offering: string[] = [];
    for (const url of pageUrls()) {
      const html = readPage(url);
      for (const [, id] of html.matchAll(/href="\/data\/([a-z0-9-]+)\.csv"/g)) {
        offering.push(`${url} ${id}`);
        expect(html, `${url}: ${id}`).toContain(`href="/data/excel/${id}.csv" download="${id}-excel.csv"`);
        expect(existsSync(join(DATA, 'excel', `${id}.csv`)), id).toBe(true);
      }
    }
    expect(offering.length).toBeGreaterThan(standardIds().length);
  });

  it('is explained on /data/: semicolons, decimal comma, and which file Dutch Excel opens in columns', () => {
    const page = readPage('/data/');
    for (const id of standardIds()) expect(page, id).toContain(`href="/data/excel/${id}.csv"`);
    expect(page).toContain('Puntkomma als scheidingsteken');
    expect(page).toContain('decimalen staan met een komma (12,5)');
    expect(page).toContain('Excel met Nederlandse instellingen zet dit bestand in één kolom');
    expect(page).not.toContain('opent goed in Excel');
  });
});
