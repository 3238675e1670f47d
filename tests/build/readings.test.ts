import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { mentionPath } from '../../src/lib/paths.ts';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { pageUrls, readPage, requireDist, textOf } from '../helpers/dist.ts';

const { content } = validateContent(CONTENT_DIR);
const connections = content.connections?.data ?? [];

beforeAll(requireDist);

describe("the site's own readings (content/verbanden.yaml, lezing)", () => {
  const readings = connections.flatMap((connection) => connection.jaren.filter((mention) => mention.lezing !== undefined));

  it('are labelled "onze lezing" wherever a page shows them: tables, year switchers, lists of years', () => {
    expect(readings.length).toBeGreaterThan(0);
    const problems: string[] = [];
    let shown = 0;
    for (const url of pageUrls()) {
      const html = readPage(url);
      for (const mention of readings) {
        const link = `href="${mentionPath(mention)}"`;
        // Every link to the place of a reading that says what the reading says.
        for (const match of html.matchAll(new RegExp(`<a [^>]*${link.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^>]*>`, 'g'))) {
          const start = match.index ?? 0;
          const inside = textOf(html.slice(start, html.indexOf('</a>', start) + 4));
          if (!inside.includes(mention.wat)) continue;
          shown++;
          const before = textOf(html.slice(Math.max(0, start - 300), start));
          if (!/lezing:\s*$/i.test(before) && !/lezing: /i.test(inside)) problems.push(`${url}: "${inside}" without "onze lezing"`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Toen en nu on /2024/ and the pillar pages, year switchers, /organisatie/, the municipality pages.
    expect(shown).toBeGreaterThan(20);
  });

  it('say why, in the table "Toen en nu"', () => {
    const html = readPage('/2024/');
    for (const mention of readings) expect(textOf(html)).toContain(`Onze lezing: ${mention.wat} ${mention.lezing}`);
  });

  it('never stand where a document quotes the subject itself', () => {
    for (const mention of connections.flatMap((connection) => connection.jaren.filter((item) => item.citaat !== undefined)))
      expect(textOf(readPage('/2024/')), mention.wat).not.toContain(`Onze lezing: ${mention.wat} `);
  });
});

describe('tasks and coalitions of the 2020 budget that later documents do not name', () => {
  // Worked out here from the content: a 2020 domain or coalition whose subject has no quoted mention in the later year.
  const expected = (year: number) =>
    connections
      .filter((connection) => connection.jaren.some((mention) => mention.jaar === 2020 && (mention.domein || mention.coalitie)))
      .filter((connection) => !connection.jaren.some((mention) => mention.jaar === year && mention.citaat !== undefined))
      .map((connection) => connection.naam);
  const listed = (year: number) => {
    const html = readPage(`/${year}/`);
    const section = /<section [^>]*data-not-named="\d+"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    return [...section.matchAll(/<li data-not-named-item[^>]*>\s*<strong>([\s\S]*?)<\/strong>/g)].map((match) =>
      textOf(match[1] ?? '').trim(),
    );
  };
  const document = { 2024: 'kerntakendiscussie-2024', 2025: 'strategisch-programma-2025-2030' } as const;

  for (const year of [2024, 2025] as const) {
    it(`are listed on /${year}/ as a fact about the documents, and the text of ${document[year]} indeed lacks them`, () => {
      const names = listed(year);
      expect(names.length).toBeGreaterThan(3);
      expect([...names].sort()).toEqual(expected(year).sort());
      const source = readFileSync(`tests/fixtures/bronnen/${document[year]}.txt`, 'utf8').replace(/\s+/g, ' ').toLowerCase();
      for (const name of names) expect(source, name).not.toContain(name.replace(/\s*\(.*\)$/, '').toLowerCase());
      const text = textOf(readPage(`/${year}/`));
      expect(text).toContain('Deze taken en coalities uit de Programmabegroting 2020 staan niet bij naam in');
      expect(text).toContain('Dat zegt iets over de documenten, niet over het werk');
    });
  }

  it('are linked from /organisatie/', () => {
    const html = readPage('/organisatie/');
    for (const year of [2024, 2025]) expect(html).toContain(`href="/${year}/#niet-meer-genoemd"`);
  });
});
