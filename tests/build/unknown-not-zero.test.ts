import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv.ts';
import { DIST, embedUrls, pageUrls, readPage, requireDist, textOf } from '../helpers/dist.ts';

// Where a document names nobody, the site says so: it never turns silence into a count. The oracle is
// the open data (which coalitions each document names the participants of), not the code under test.

beforeAll(requireDist);

/** Per year with coalitions: the coalitions, and whether the document names each one's participants. */
function coalitionYears(): { jaar: number; named: boolean[] }[] {
  return readdirSync(join(DIST, 'data'))
    .flatMap((file) => /^coalities-(\d{4})\.csv$/.exec(file)?.slice(1) ?? [])
    .map((jaar) => {
      const [header = [], ...rows] = parseCsv(readFileSync(join(DIST, 'data', `coalities-${jaar}.csv`), 'utf8'));
      const column = header.indexOf('deelnemers_genoemd');
      return { jaar: Number(jaar), named: rows.map((row) => row[column] === 'ja') };
    });
}
const countable = (year: { named: boolean[] }) => year.named.length > 0 && year.named.every(Boolean);
const partial = (year: { named: boolean[] }) => year.named.some(Boolean) && !countable(year);

describe('a count per municipality only where the document names every coalition', () => {
  it('has both kinds of document to check: one that names every coalition and one that names only some', () => {
    const years = coalitionYears();
    expect(years.filter(countable).map((year) => year.jaar)).toContain(2017);
    expect(years.filter(partial).map((year) => year.jaar)).toContain(2020);
  });

  it('/gemeenten/ has a count column for each countable document and none for the others, and says why', () => {
    const html = readPage('/gemeenten/');
    const counted = [...html.matchAll(/data-sort="coalities-(\d{4})"/g)].map((match) => Number(match[1]));
    const years = coalitionYears();
    expect(counted.sort()).toEqual(
      years
        .filter(countable)
        .map((year) => year.jaar)
        .sort(),
    );
    for (const year of years.filter(partial)) {
      const note = textOf(new RegExp(`data-not-counted="${year.jaar}"[^>]*>([\\s\\S]*?)</p>`).exec(html)?.[1] ?? '');
      expect(note, String(year.jaar)).toContain('geen coalities per gemeente');
    }
  });

  it('no chart, embed or preview counts coalities for a document that names only some of them', () => {
    const partialYears = coalitionYears()
      .filter(partial)
      .map((year) => String(year.jaar));
    const pages = [...pageUrls(), ...embedUrls()];
    let counts = 0;
    for (const url of pages) {
      const html = readPage(url);
      for (const match of html.matchAll(/(?:Aantal coalities|Coalities) [^<"]*?(\d{4})/g)) {
        counts += 1;
        expect(partialYears, `${url}: "${match[0]}"`).not.toContain(match[1]);
      }
    }
    expect(counts, 'the countable documents still have their counts').toBeGreaterThan(0);
  });

  it('the embed address of a document without a count shows who is named, and where the document is silent', () => {
    for (const year of coalitionYears().filter(partial)) {
      const url = `/insluiten/gemeenten-coalities-${year.jaar}/`;
      const html = readPage(url);
      expect(html, url).not.toContain('<chart-figure');
      expect(textOf(html), url).toContain('niet genoemd');
      expect(html, url).toMatch(/<caption[^>]*>Wie doet mee aan welke coalitie/);
    }
  });

  it('every municipality page says of a document that names only some coalitions which ones it names, not a count of zero', () => {
    const municipalities = pageUrls().filter((url) => /^\/gemeenten\/[^/]+\/$/.test(url));
    expect(municipalities).toHaveLength(14);
    const partialYears = coalitionYears().filter(partial);
    for (const url of municipalities) {
      const html = readPage(url);
      for (const year of partialYears) {
        const section = new RegExp(`data-participation-year="${year.jaar}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
        const text = textOf(section);
        expect(text, url).toMatch(/Niet genoemd: bij .+ noemt dit document geen deelnemers/);
        expect(text, url).not.toMatch(/staat bij geen van de/);
      }
    }
  });
});

describe('sentences built from counts read as Dutch', () => {
  /** Plural nouns the site counts; after "1" or "een" they are wrong ("1 coalities"). */
  const PLURALS = ['coalities', 'domeinen', 'gemeenten', 'pijlers', "thema's", 'documenten', 'scenario', 'organisaties', 'taken'];

  it('no page says "1 coalities", "van de 1 …" or "(elk 0)"', () => {
    const wrong = new RegExp(`\\b(?:1|één) (?:${PLURALS.join('|')})\\b|van de (?:1|één|een) (?:${PLURALS.join('|')})\\b|\\(elk 0\\)`);
    let checked = 0;
    for (const url of [...pageUrls(), ...embedUrls()]) {
      const html = readPage(url);
      const text = `${textOf(html)} ${[...html.matchAll(/<meta [^>]*content="([^"]*)"/g)].map((match) => match[1]).join(' ')}`;
      expect(wrong.exec(text)?.[0], url).toBeUndefined();
      checked += 1;
    }
    expect(checked).toBeGreaterThan(70);
  });
});

describe('open data: an unknown is empty with a reason, never 0', () => {
  it('a coalition whose participants the document does not name has empty participant cells, and the columns say when they are empty', () => {
    let unnamed = 0;
    for (const { jaar } of coalitionYears()) {
      const [header = [], ...rows] = parseCsv(readFileSync(join(DIST, 'data', `coalities-${jaar}.csv`), 'utf8'));
      const cell = (row: string[], name: string) => row[header.indexOf(name)];
      for (const row of rows.filter((entry) => cell(entry, 'deelnemers_genoemd') === 'nee')) {
        expect([cell(row, 'gemeenten'), cell(row, 'periode')], `${jaar} ${cell(row, 'coalitie_id')}`).toEqual(['', '']);
        unnamed += 1;
      }
      const schema = JSON.parse(readFileSync(join(DIST, 'data', 'datapackage.json'), 'utf8')) as {
        resources: { name: string; schema: { fields: { name: string; description: string }[] } }[];
      };
      const fields = schema.resources.find((resource) => resource.name === `coalities-${jaar}`)?.schema.fields ?? [];
      for (const name of ['gemeenten', 'periode']) {
        expect(fields.find((field) => field.name === name)?.description, `${jaar} ${name}`).toMatch(/leeg als/);
      }
    }
    // The 2017 document names no participants for some coalitions: the loop above checked rows.
    expect(unnamed).toBeGreaterThan(0);
  });

  it('no dataset has a 0 where its source gives nothing: every 0 in a number column is a 0 in the content', () => {
    let numbers = 0;
    for (const file of readdirSync(join(DIST, 'data')).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))) {
      const data = JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8')) as { rijen?: Record<string, unknown>[] };
      for (const row of data.rijen ?? []) {
        for (const [column, value] of Object.entries(row)) {
          if (typeof value === 'number') numbers += 1;
          // The only zeros the sources give are percentages on the 2024 slides (pillar 4: 0%).
          if (value === 0) expect(`${file} ${column}`).toMatch(/^kerncijfers-kerntakendiscussie-2024\.json waarde$/);
        }
      }
    }
    // The datasets were read: amounts, years and figures in the hundreds.
    expect(numbers).toBeGreaterThan(100);
  });
});
