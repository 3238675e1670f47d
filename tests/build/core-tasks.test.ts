import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pillarShares, sharesByKind, taskSplitBlock } from '../../src/lib/core-tasks.ts';
import { formatPercent } from '../../src/lib/stacked-chart.ts';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { DIST, readPage, requireDist, textOf } from '../helpers/dist.ts';

const { content } = validateContent(CONTENT_DIR);
const blocks = content.figures.find((entry) => entry.slug === 'kerntakendiscussie-2024')?.data.blokken ?? [];
const coreTasks = content.coreTasks.find((entry) => entry.folderYear === 2024)?.data;
const kinds = coreTasks?.taaksoorten.soorten ?? [];
const pillars = [...content.pillars].sort((a, b) => a.data.nummer - b.data.nummer);
const main = (url: string) => textOf(/<main\b[\s\S]*<\/main>/.exec(readPage(url))?.[0] ?? '');
const links = (html: string) => [...html.matchAll(/<a\b[^>]*href="([^"]+)"/g)].map((match) => match[1] ?? '');

beforeAll(requireDist);

describe('pillar pages', () => {
  it('exist for the five pillars of 2024', () => {
    expect(pillars.map((entry) => entry.slug)).toEqual([
      'jeugd',
      'publieke-gezondheid-en-leefomgeving',
      'veiligheid',
      'kennisontwikkeling-en-kennisdeling',
      'inkoop-en-contractbeheer',
    ]);
  });

  for (const pillar of pillars) {
    const url = `/2024/pijlers/${pillar.slug}/`;
    it(`${pillar.slug} shows both of its shares and, where the slides give one, each kind of task`, () => {
      const text = main(url);
      const shares = pillarShares(blocks, pillar.slug);
      expect(shares).toHaveLength(2);
      for (const share of shares) expect(text, share.title).toContain(`${share.title} ${formatPercent(share.value)}`);
      const block = taskSplitBlock(blocks, pillar.slug);
      if (pillar.data.nummer <= 3) {
        expect(block, pillar.slug).toBeDefined();
        for (const { kind, value } of sharesByKind(block!, kinds)) {
          if (value !== undefined) expect(text, kind.id).toContain(`${formatPercent(value)}`);
          expect(text, kind.id).toContain(kind.korteNaam);
        }
        // The approximation is labelled as one and shows its calculation.
        expect(text).toContain('Een benadering, door deze site berekend');
        expect(text).toMatch(/\d+% × \d+%/);
      } else {
        expect(block, pillar.slug).toBeUndefined();
        expect(text).toContain(
          "De dia's geven voor deze pijler geen verdeling van de kosten naar soort taak, geen regionaal kader en geen samenhang met andere pijlers.",
        );
      }
      // What the slides do not give is said once, and no euro amount appears.
      expect(text.match(/De dia's geven voor deze pijler geen/g)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(text).toContain("geen bedragen in euro's");
      expect(text).not.toMatch(/€/);
    });
  }

  it('link each "samenhang" to the page of that pillar', () => {
    const html = readPage('/2024/pijlers/jeugd/');
    const related = [...html.matchAll(/<a href="([^"]+)" data-related-pillar/g)].map((match) => match[1]);
    expect(related).toEqual([
      '/2024/pijlers/inkoop-en-contractbeheer/',
      '/2024/pijlers/veiligheid/',
      '/2024/pijlers/publieke-gezondheid-en-leefomgeving/',
      '/2024/pijlers/kennisontwikkeling-en-kennisdeling/',
    ]);
    for (const url of related) expect(existsSync(join(DIST, url!, 'index.html')), url).toBe(true);
  });

  it('explain the five kinds of task, as does the glossary', () => {
    for (const url of ['/2024/pijlers/veiligheid/', '/begrippen/']) {
      const text = main(url);
      for (const kind of kinds) {
        expect(text, `${url} ${kind.id}`).toContain(kind.korteNaam);
        expect(text, `${url} ${kind.id}`).toContain(kind.uitleg.replace(/\s+/g, ' '));
      }
    }
    expect(readPage('/begrippen/')).toContain('id="soorten-taken"');
  });

  it('switch years to what the sources connect: pillar 2 of 2024 and Gezondheid of 2020, both ways', () => {
    const switcher = (url: string) => /<nav class="year-switcher"[\s\S]*?<\/nav>/.exec(readPage(url))?.[0] ?? '';
    const yearLink = (url: string, year: number) =>
      /<a href="([^"]+)"[^>]*>\s*(\d{4})/g[Symbol.matchAll](switcher(url)).find((match) => match[2] === String(year))?.[1];
    expect(yearLink('/2024/pijlers/publieke-gezondheid-en-leefomgeving/', 2020)).toBe('/2020/domeinen/gezondheid/');
    expect(yearLink('/2020/domeinen/gezondheid/', 2024)).toBe('/2024/pijlers/publieke-gezondheid-en-leefomgeving/');
    expect(yearLink('/2020/domeinen/veilig-thuis-twente/', 2024)).toBe('/2024/pijlers/veiligheid/');
    expect(yearLink('/2020/domeinen/ozjt-samen14/', 2024)).toBe('/2024/pijlers/jeugd/');
  });
});

describe('the 2024 overview', () => {
  it('links every pillar and the scenarios', () => {
    const found = links(readPage('/2024/'));
    for (const pillar of pillars) expect(found).toContain(`/2024/pijlers/${pillar.slug}/`);
    expect(found).toContain('/2024/scenarios/');
  });

  it('compares pillars 1-3 by kind of task in a stacked chart with a table of the percentages as given', () => {
    const html = readPage('/2024/');
    const chart = /<stacked-chart[\s\S]*?<\/stacked-chart>/.exec(html)?.[0] ?? '';
    expect(chart).toContain('id="grafiek-pijlers-soort-taak"');
    const text = textOf(chart);
    // Pillar 2's slide does not name "taak in lijn met kaders": the table says so rather than 0%.
    expect(text).toContain('Taak in lijn met kaders 4% niet genoemd 5%');
    expect(text).toContain('Wettelijke taak, keuze collectief 90% 13% 28%');
    expect(text).toContain('Som van de percentages 100% 99% 100%');
    expect(textOf(html)).toContain('in afgeronde percentages');
  });

  it('has a "toen en nu" table from the 2020 domains to the 2024 pillars, each cell with its source', () => {
    const html = readPage('/2024/');
    const table = /<table class="then-now[^"]*"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    const text = textOf(table);
    for (const name of ['GGD Twente', 'OZJT', 'Samen14', 'Veilig Thuis Twente', 'JGZ']) expect(text).toContain(name);
    for (const path of [
      '/2020/domeinen/gezondheid/',
      '/2020/domeinen/ozjt-samen14/',
      '/2020/domeinen/veilig-thuis-twente/',
      '/2024/pijlers/jeugd/',
    ])
      expect(links(table)).toContain(path);
    // JGZ is not named in 2020: the cell says so instead of guessing a domain.
    expect(text).toContain('De Programmabegroting 2020 noemt dit niet bij naam');
    // Each cell says where it stands; a reading of the site says where the pillar stands in the slides.
    expect(text.match(/(?:Bron|Plaats in de bron): /g)?.length).toBe(9);
    expect(text.match(/Onze lezing: /g)?.length).toBe(2);
    expect(text).not.toMatch(/€/);
  });
});

describe('the comparison of the pillars as an embed', () => {
  it('has its own embed page with the table, the rounding note and a link back to /2024/', () => {
    const html = readPage('/insluiten/kerntakendiscussie-2024-pijlers-soort-taak/');
    const text = textOf(html);
    expect(text).toContain('Som van de percentages 100% 99% 100%');
    expect(text).toContain('De bron geeft afgeronde percentages');
    expect(text).toContain("Bedragen in euro's geeft de bron niet.");
    expect(html).toContain('<link rel="canonical" href="https://twentebegroting.nl/2024/">');
    expect(html).toMatch(/<a href="\/2024\/#grafiek-pijlers-soort-taak" target="_blank"/);
    // The chart on /2024/ links to itself and offers this page's code.
    const chart = /<stacked-chart[\s\S]*?<\/stacked-chart>/.exec(readPage('/2024/'))?.[0] ?? '';
    expect(chart).toContain('href="#grafiek-pijlers-soort-taak" data-chart-link');
    expect(chart).toContain('https://twentebegroting.nl/insluiten/kerntakendiscussie-2024-pijlers-soort-taak/');
  });
});

describe('scenarios page', () => {
  it('names all five scenarios and the three statements, and says what the slides leave out', () => {
    const text = main('/2024/scenarios/');
    for (const scenario of coreTasks?.scenarios.lijst ?? []) expect(text).toContain(`${scenario.code ?? ''} ${scenario.naam}`.trim());
    expect(coreTasks?.stellingen?.lijst).toHaveLength(3);
    for (const statement of coreTasks?.stellingen?.lijst ?? []) {
      expect(text).toContain(`Stelling ${statement.nummer}`);
      expect(text).toContain(statement.tekst.replace(/\s+/g, ' '));
    }
    expect(text).toContain("De dia's geven alleen de namen van de scenario's. Wat elk scenario inhoudt");
    for (const period of coreTasks?.proces?.perioden ?? []) expect(text).toContain(period);
  });
});
