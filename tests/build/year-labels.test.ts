import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { DIST, embedUrls, pageUrls, readPage, requireDist, textOf } from '../helpers/dist.ts';

const { content } = validateContent(CONTENT_DIR);

// Years whose document names no year or period for any of its key figures (the 2024 slides): worked out here from
// the figures files, not with the site's own function.
const yearsWithoutPeriod = content.years
  .filter((year) => {
    const blocks = content.figures.find((entry) => entry.slug === year.data.bron.document)?.data.blokken ?? [];
    return blocks.length > 0 && blocks.every((block) => block.periode === 'geen');
  })
  .map((year) => year.folderYear);

const decode = (text: string) =>
  text
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Everything a page says about itself and its parts in few words: titles, headings, captions, table headers, kickers, metadata, embed codes. */
function labels(html: string): string[] {
  const found = [
    ...[...html.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => match[1]),
    ...[...html.matchAll(/<meta (?:name|property)="(?:description|og:title|og:description|og:image:alt)" content="([^"]*)"/g)].map(
      (match) => match[1],
    ),
    ...[...html.matchAll(/<(h[1-6]|caption|th|figcaption)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((match) => textOf(match[2] ?? '')),
    ...[...html.matchAll(/<p class="kicker"[^>]*>([\s\S]*?)<\/p>/g)].map((match) => textOf(match[1] ?? '')),
    ...[...html.matchAll(/data-pagefind-meta="([^"]*)"/g)].map((match) => match[1]),
    // The iframe another site pastes, shown escaped in a text field: its title attribute.
    ...[...decode(html).matchAll(/<iframe [^>]*title="([^"]*)"/g)].map((match) => match[1]),
  ];
  return found.map((text) => decode(text ?? ''));
}

/** Names of documents and events, dates and ranges: they may contain the year, and say what it is. */
const allowed = [
  ...content.years.map((year) => year.data.titel),
  ...(content.sources?.data ?? []).map((source) => source.titel),
  ...content.documents.map((page) => page.data.korteTitel),
  // Frames that the slides name with their own year ("visie Publieke Gezondheid, 2024").
  ...content.pillars.flatMap(
    (pillar) => pillar.data.regionaalKader?.kaders.flatMap((kader) => [kader.titel, kader.toelichting ?? '']) ?? [],
  ),
]
  .filter((name) => name.length > 0)
  .sort((a, b) => b.length - a.length);
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const withoutAllowed = (text: string) =>
  allowed
    .reduce((rest, name) => rest.split(name).join(' '), text)
    .replace(new RegExp(`\\b(?:\\d{1,2} )?(?:${MONTHS}) \\d{4}\\b`, 'gi'), ' ')
    .replace(/\b\d{4}\s*[-–]\s*\d{4}\b/g, ' ')
    .replace(/[a-z0-9-]*-\d{4}\b|\/\d{4}\//g, ' ');

beforeAll(requireDist);

describe('a year whose document gives no period', () => {
  it('is the year of the 2024 slides', () => {
    expect(yearsWithoutPeriod).toEqual([2024]);
  });

  it('is never a bare year in a title, heading, caption, table header, kicker, card, search entry or embed code', () => {
    const problems: string[] = [];
    for (const url of [...pageUrls(), ...embedUrls()]) {
      for (const label of labels(readPage(url))) {
        for (const year of yearsWithoutPeriod)
          if (new RegExp(`(?<![\\d/-])${year}(?![\\d/-])`).test(withoutAllowed(label))) problems.push(`${url}: "${label}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is named by its document and date on the pages and cards that belong to it', () => {
    const pillar = readPage('/2024/pijlers/jeugd/');
    expect(pillar).toContain(
      '<meta property="og:image:alt" content="Pijler · dia\'s van 16 oktober 2024 – Jeugd – pijler 1 – Aandeel in de totale kosten (afgerond percentage): 29%"',
    );
    expect(pillar).toContain('data-pagefind-meta="jaar:dia\'s van 16 oktober 2024"');
    expect(textOf(readPage('/2024/'))).toContain("Van domeinen (2020) naar pijlers (dia's van 16 oktober 2024)");
    const embed = readPage('/insluiten/kerntakendiscussie-2024-pijlers-soort-taak/');
    expect(textOf(embed)).toContain("Kosten per soort taak, per pijler (dia's van 16 oktober 2024)");
    // The addresses keep their year.
    expect(readPage('/2024/')).toContain('href="/insluiten/kerntakendiscussie-2024-pijlers-soort-taak/"');
  });

  it('is no period in the open data either: the figures of the slides say "geen"', () => {
    let rowsChecked = 0;
    for (const file of readdirSync(join(DIST, 'data')).filter((name) => name.includes('kerntakendiscussie') && name.endsWith('.csv'))) {
      const [header = '', ...rows] = readFileSync(join(DIST, 'data', file), 'utf8')
        .trim()
        .split(/\r?\n/);
      const column = header.split(',').indexOf('periode');
      expect(column, file).toBeGreaterThan(-1);
      for (const row of rows) expect(row.split(',').at(column - header.split(',').length), file).toBe('geen');
      rowsChecked += rows.length;
    }
    expect(rowsChecked).toBeGreaterThan(5);
  });
});
