import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { brokenLinks } from '../../scripts/lib/link-check.ts';
import { DIST, pageUrls, readPage, requireDist, textOf } from '../helpers/dist.ts';
import { parseCsv } from '../helpers/csv.ts';

const { content } = validateContent(CONTENT_DIR);
const domains2020 = content.domains.filter((entry) => entry.folderYear === 2020);
const coalitions2020 = content.coalitions.filter((entry) => entry.folderYear === 2020);
const euro = (amount: number) => `€ ${amount.toLocaleString('nl-NL')}`;
/** A CSV file of the open data, as rows keyed by column. */
function readCsv(name: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(readFileSync(join(DIST, 'data', name), 'utf8').trim());
  return rows.map((row) => Object.fromEntries(header.map((column, index) => [column, row[index] ?? ''])));
}

beforeAll(requireDist);

describe('home', () => {
  it('shows the total the municipalities contribute, computed from the domains', () => {
    const text = textOf(readPage('/'));
    expect(text).toContain('€ 33.343.000');
    expect(text).toContain('Wat dragen de gemeenten bij in 2020?');
  });

  it('shows every domain and coalition amount, each linking to its page', () => {
    const html = readPage('/');
    for (const entry of domains2020) {
      expect(html).toMatch(
        new RegExp(`href="/2020/domeinen/${entry.slug}/"[^>]*>\\s*${euro(entry.data.bijdrage).replace(' ', '(?:\\s|&nbsp;|\\u00a0)')}`),
      );
    }
    for (const entry of coalitions2020) {
      expect(html).toMatch(
        new RegExp(`href="/2020/coalities/${entry.slug}/"[^>]*>\\s*${euro(entry.data.kosten ?? 0).replace(' ', '(?:\\s|&nbsp;|\\u00a0)')}`),
      );
    }
  });

  it('shows each domain amount once, with its amount per inhabitant beside it (from the open data)', () => {
    const text = textOf(readPage('/')).replace(/\u00a0/g, ' ');
    const rows = readCsv('domeinen-2020.csv');
    expect(rows.length).toBe(domains2020.length);
    for (const row of rows) {
      const amount = euro(Number(row.bijdrage_euro));
      const cents = `€ ${Number(row.bijdrage_per_inwoner_euro).toLocaleString('nl-NL', { minimumFractionDigits: 2 })}`;
      expect(text.split(amount).length - 1, amount).toBe(1);
      expect(text, row.domein).toContain(`${amount} · ${cents} per inwoner`);
    }
  });

  it('asks which municipality the reader lives in right after the total', () => {
    const text = textOf(readPage('/'));
    const total = text.indexOf('€ 33.343.000');
    const chooser = text.indexOf('Kies uw gemeente');
    expect(total).toBeGreaterThan(0);
    expect(chooser).toBeGreaterThan(total);
    // Between them only the total's own explanation: no domain amount, no other section.
    expect(chooser - total).toBeLessThan(600);
    expect(text.slice(total, chooser)).not.toContain(euro(domains2020[0]!.data.bijdrage));
  });

  it('has the domain amounts in a table with caption and header cells, on the domains page', () => {
    const html = readPage('/2020/domeinen/');
    expect(html).toMatch(/<caption[^>]*>Bijdrage van de gemeenten per domein, 2020 \(in euro(?:'|&#39;)s\)<\/caption>/);
    expect(html).toMatch(/<th scope="col"[^>]*>Bijdrage<\/th>/);
    expect((html.match(/<th scope="row"/g) ?? []).length).toBeGreaterThanOrEqual(5 + 1);
  });
});

describe('domain pages', () => {
  it.each(domains2020.map((entry) => [entry.slug, entry] as const))('%s shows its amount, share, executor and source', (slug, entry) => {
    const text = textOf(readPage(`/2020/domeinen/${slug}/`));
    expect(text).toContain(`Wat dragen de gemeenten bij? ${euro(entry.data.bijdrage)}`);
    const share = ((entry.data.bijdrage / 33343000) * 100).toFixed(1).replace('.', ',');
    expect(text).toContain(`Dat is ${share}% van de € 33.343.000`);
    expect(text).toContain('Uitgevoerd door');
    expect(text).toContain('Programmabegroting 2020 (Regio Twente, 2019)');
    expect(text).toContain(entry.data.kernzin);
  });

  it('keeps the source text: every heading and list item of each domain', () => {
    for (const entry of domains2020) {
      const text = textOf(readPage(`/2020/domeinen/${entry.slug}/`));
      const lines = (entry.body ?? '').split('\n').filter((line) => /^(#+|-) /.test(line));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        const words = line.replace(/^(#+|-) /, '').replace(/\*\*/g, '');
        expect(text, `${entry.slug}: ${words}`).toContain(words);
      }
    }
  });

  it('gives every sub-section heading a stable id', () => {
    const html = readPage('/2020/domeinen/gezondheid/');
    expect(html).toMatch(/<h2 id="gezond-opgroeien">Gezond opgroeien<a class="heading-link" href="#gezond-opgroeien"[^>]*>/);
    expect(html).toContain('<h3 id="de-gezondheid-van-de-jeugd-als-basis-voor-een-gezonde-levensloop">');
    const headings = html.match(/<h[2-4][^>]*>/g) ?? [];
    expect(headings.length).toBeGreaterThan(8);
    expect(headings.filter((tag) => !/ id="[^"]+"/.test(tag))).toEqual([]);
  });
});

describe('coalition pages', () => {
  it.each(coalitions2020.map((entry) => [entry.slug, entry] as const))('%s shows its expected costs and source', (slug, entry) => {
    const text = textOf(readPage(`/2020/coalities/${slug}/`));
    expect(text).toContain(`Wat zijn de verwachte kosten? ${euro(entry.data.kosten ?? 0)}`);
    expect(text).toContain('Wie doen mee?');
    expect(text).toContain('Programmabegroting 2020');
  });

  it('lists the 2020 participants of Netwerkstad Twente, linked to their municipality', () => {
    const html = readPage('/2020/coalities/netwerkstad-twente/');
    for (const [id, name] of [
      ['borne', 'Borne'],
      ['hengelo', 'Hengelo'],
      ['enschede', 'Enschede'],
      ['almelo', 'Almelo'],
      ['oldenzaal', 'Oldenzaal'],
    ]) {
      expect(html).toMatch(new RegExp(`<a href="/gemeenten/${id}/"[^>]*>${name}</a>`));
    }
    expect(textOf(html)).toContain('Provincie Overijssel');
  });

  it('says where participants come from when the 2020 budget does not name them', () => {
    const text = textOf(readPage('/2020/coalities/twentse-kracht/'));
    expect(text).toContain('De Programmabegroting 2020 noemt geen deelnemers van Twentse Kracht.');
    expect(text).toContain('Die lijst zegt niet wie in 2020 meedoet');
    expect(text).toContain(
      'Twentse Kracht, 2017: de Regionale samenwerkingsagenda 2017-2020 (28 juni 2017), Bijlage 1. Coalitions of the willing, noemt alle Twentse gemeenten',
    );
    expect(text).toContain('Waterschap Vechtstromen');
    expect(text).toContain('Periode volgens de bron: onbepaalde tijd.');
    expect(textOf(readPage('/2020/coalities/it-platform-twente/'))).toContain(
      'De Programmabegroting 2020 noemt geen deelnemers van IT-Platform Twente.',
    );
  });
});

describe('municipality pages', () => {
  it('has fourteen pages, each with its CBS code', () => {
    for (const municipality of content.municipalities?.data ?? []) {
      const text = textOf(readPage(`/gemeenten/${municipality.id}/`));
      expect(text).toContain(`Gemeente ${municipality.naam}`);
      expect(text).toContain(municipality.cbs);
    }
    expect(content.municipalities?.data).toHaveLength(14);
  });

  it('links a municipality back to its coalitions', () => {
    const html = readPage('/gemeenten/oldenzaal/');
    expect(html).toContain('href="/2020/coalities/netwerkstad-twente/"');
    expect(readPage('/gemeenten/losser/')).not.toContain('href="/2020/coalities/netwerkstad-twente/"');
  });
});

describe('every page', () => {
  const urls = () => pageUrls();

  it('exists for every piece of content, and nothing else', () => {
    const years = content.years.map((entry) => entry.folderYear);
    const expected = [
      ...[
        '/',
        '/begrippen/',
        '/data/',
        '/documenten/',
        '/gemeenten/',
        '/jaren/',
        '/organisatie/',
        '/over/',
        '/toegankelijkheid/',
        '/zoeken/',
      ],
      ...years.map((year) => `/${year}/`),
      ...years.filter((year) => content.domains.some((entry) => entry.folderYear === year)).map((year) => `/${year}/domeinen/`),
      ...years.filter((year) => content.coalitions.some((entry) => entry.folderYear === year)).map((year) => `/${year}/coalities/`),
      ...content.domains.map((entry) => `/${entry.folderYear}/domeinen/${entry.slug}/`),
      ...content.coalitions.map((entry) => `/${entry.folderYear}/coalities/${entry.slug}/`),
      ...content.themes.map((entry) => `/${entry.folderYear}/themas/${entry.slug}/`),
      ...content.pillars.map((entry) => `/${entry.folderYear}/pijlers/${entry.slug}/`),
      ...content.coreTasks.map((entry) => `/${entry.folderYear}/scenarios/`),
      ...(content.municipalities?.data ?? []).map((municipality) => `/gemeenten/${municipality.id}/`),
      ...content.documents.map((entry) => `/documenten/${entry.slug}/`),
      ...(content.connections?.data.length ? ['/door-de-jaren/'] : []),
      ...(content.connections?.data ?? []).map((subject) => `/door-de-jaren/${subject.id}/`),
    ];
    expect(urls()).toEqual(expected.sort());
    expect(urls().length).toBeGreaterThanOrEqual(44);
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
  });

  it('is Dutch, titled, described, with one h1 and a skip link', () => {
    for (const url of [...urls(), '/404.html']) {
      const html = readPage(url);
      expect(html, url).toContain('<html lang="nl"');
      expect(html, url).toMatch(/<title>[^<]+\| Twente begroting<\/title>|<title>Twente begroting<\/title>/);
      expect(html, url).toMatch(/<meta name="description" content="[^"]{40,}"/);
      expect(html.match(/<h1[\s>]/g), url).toHaveLength(1);
      expect(html, url).toContain('<a class="skip-link" href="#inhoud">');
    }
  });

  it('links only to pages and anchors that exist', () => {
    expect(brokenLinks(DIST)).toEqual([]);
  });

  it('shows no "Bewerk deze pagina" link when no repository address is set', () => {
    for (const url of urls()) expect(readPage(url), url).not.toContain('Bewerk deze pagina');
  });

  it('writes money the Dutch way everywhere', () => {
    for (const url of urls()) {
      const text = textOf(readPage(url));
      expect(text.match(/€ ?\d+(?:[.,]\d+)*/g)?.filter((amount) => !/^€ \d{1,3}(?:\.\d{3})*(?:,\d{2})?$/.test(amount)) ?? [], url).toEqual(
        [],
      );
    }
  });
});
