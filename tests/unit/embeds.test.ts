import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/lib/chart-data.ts';
import {
  checkEmbeds,
  coalitionsEmbedSlug,
  distinctSources,
  domainsEmbedSlug,
  embedHeight,
  embedPageTitle,
  embedSnippet,
  figureBlockEmbedSlug,
  municipalitiesEmbedSlug,
  municipalityEmbedSlug,
  pillarComparisonEmbedSlug,
  chartFacts,
  sameChart,
  type Embed,
  type MatrixEmbedChart,
} from '../../src/lib/embeds.ts';

const spec = (id: string, rows = 3): ChartSpec => ({
  id,
  title: `Titel ${id}`,
  labelHeader: 'Domein',
  valueHeader: 'Bijdrage',
  noun: 'domeinen',
  rows: Array.from({ length: rows }, (_, index) => ({ label: `Rij ${index}`, value: index + 1 })),
});
const ref = { document: 'programmabegroting-2020', sectie: 'Gezondheid' };
const embed = (slug: string, rows = 3): Embed => ({
  slug,
  chart: { kind: 'bar', spec: spec(`grafiek-${slug}`, rows) },
  sources: [{ label: 'Bijdragen', ref }],
  home: { path: '/2020/domeinen/', label: 'Domeinen 2020' },
});

describe('the embed registry', () => {
  it('gives every kind of chart its own Dutch slug, also for the same year or document', () => {
    const slugs = [
      domainsEmbedSlug(2020),
      coalitionsEmbedSlug(2020),
      coalitionsEmbedSlug(2017),
      figureBlockEmbedSlug('kerntakendiscussie-2024', 'pijlers-aandeel-kosten'),
      municipalityEmbedSlug('enschede', 2020),
      municipalitiesEmbedSlug('bijdrage', 2020),
      municipalitiesEmbedSlug('coalities', 2020),
      pillarComparisonEmbedSlug('kerntakendiscussie-2024'),
    ];
    expect(slugs).toEqual([
      '2020-domeinen',
      '2020-coalities',
      '2017-coalities',
      'kerntakendiscussie-2024-pijlers-aandeel-kosten',
      'enschede-bijdrage-2020',
      'gemeenten-bijdrage-2020',
      'gemeenten-coalities-2020',
      'kerntakendiscussie-2024-pijlers-soort-taak',
    ]);
    expect(checkEmbeds(slugs.map((slug) => embed(slug))).size).toBe(slugs.length);
  });

  it('refuses a slug twice, an unsafe slug, a chart without rows or sources, and a home with an anchor', () => {
    expect(() => checkEmbeds([embed('2020-domeinen'), embed('2020-domeinen')])).toThrow('2020-domeinen: two charts have this slug');
    expect(() => checkEmbeds([embed('2020 Domeinen')])).toThrow('2020 Domeinen: a slug has lower-case letters');
    expect(() => checkEmbeds([embed('leeg', 0)])).toThrow('leeg: the chart has no rows');
    expect(() => checkEmbeds([{ ...embed('x'), sources: [] }])).toThrow('x: the chart names no source');
    expect(() => checkEmbeds([{ ...embed('y'), home: { path: '/2020/#grafiek', label: '2020' } }])).toThrow('y: home must be a page path');
  });

  it('refuses a home that is not a path from the root, such as "2020/domeinen/"', () => {
    expect(() => checkEmbeds([{ ...embed('z'), home: { path: '2020/domeinen/', label: '2020' } }])).toThrow(
      'z: home must be a page path without anchor',
    );
    expect(checkEmbeds([{ ...embed('z'), home: { path: '/2020', label: '2020' } }]).get('z')?.home.path).toBe('/2020');
  });

  it('lists every problem of the registry in one error, one line each', () => {
    expect(() => checkEmbeds([{ ...embed('leeg', 0), sources: [] }, embed('Fout')])).toThrow(
      new Error(
        [
          'Embeddable charts (src/data/embeds.ts):',
          'leeg: the chart has no rows',
          'leeg: the chart names no source',
          'Fout: a slug has lower-case letters, digits and single hyphens only',
        ].join('\n'),
      ),
    );
  });

  it('takes a table of who takes part as an embed too: its anchor, caption and rows, a frame tall enough for every row', () => {
    const matrix: MatrixEmbedChart = {
      kind: 'matrix',
      jaar: 2020,
      id: 'deelname-2020',
      title: 'Wie doet mee',
      municipalities: 14,
      coalitions: 6,
    };
    expect(chartFacts(matrix)).toEqual({ id: 'deelname-2020', title: 'Wie doet mee', rows: 14 });
    expect(embedHeight(matrix)).toBe(420 + 14 * 42);
    expect(() => checkEmbeds([{ ...embed('gemeenten-coalities-2020'), chart: { ...matrix, municipalities: 0 } }])).toThrow(
      'gemeenten-coalities-2020: the chart has no rows',
    );
  });

  it('gives a frame the height of the chart on a phone plus room around it, at most 1600 pixels', () => {
    // Five rows of one label line: 5 × (44 + 20) + 40 = 360 for the chart, 340 for title, summary, buttons and links.
    expect(embedHeight({ kind: 'bar', spec: spec('a', 5) })).toBe(700);
    expect(embedHeight({ kind: 'bar', spec: spec('a', 30) })).toBe(1600);
    const stacked = (rows: number, series: number) => ({
      kind: 'stacked' as const,
      spec: {
        id: 'pijlers',
        title: 'Pijlers',
        labelHeader: 'Pijler',
        seriesHeader: 'Soort taak',
        series: Array.from({ length: series }, (_, index) => ({ key: `s${index}`, label: `Soort ${index}` })),
        rows: Array.from({ length: rows }, (_, index) => ({ label: `Pijler ${index}`, values: Array.from({ length: series }, () => 50) })),
      },
    });
    // 420 + 3 rows × 70 + 2 parts × 90.
    expect(embedHeight(stacked(3, 2))).toBe(810);
    expect(embedHeight(stacked(10, 10))).toBe(1600);
  });

  it('lists a source once when several rows cite the same place', () => {
    const other = { document: 'programmabegroting-2020', sectie: 'Leefomgeving' };
    expect(
      distinctSources([
        { label: 'A', ref },
        { label: 'B', ref: other },
        { label: 'C', ref },
      ]),
    ).toEqual([
      { label: 'A', ref },
      { label: 'B', ref: other },
    ]);
  });

  it('compares a highlighted chart on a page with its embed, ignoring only the highlight', () => {
    const shown = { ...spec('a'), rows: spec('a').rows.map((row, index) => ({ ...row, highlight: index === 1 })) };
    expect(sameChart(spec('a'), shown)).toBe(true);
    expect(sameChart(spec('a'), { ...spec('a'), title: 'Anders' })).toBe(false);
    expect(sameChart(spec('a'), spec('a', 4))).toBe(false);
    // Same number of rows, one value or one label different.
    const rows = spec('a').rows;
    expect(sameChart(spec('a'), { ...spec('a'), rows: rows.map((row, index) => (index === 2 ? { ...row, value: 4 } : row)) })).toBe(false);
    expect(sameChart(spec('a'), { ...spec('a'), rows: rows.map((row, index) => (index === 0 ? { ...row, label: 'Ander' } : row)) })).toBe(
      false,
    );
  });

  it('keeps the page title within 70 characters, cut at a word', () => {
    expect(embedPageTitle('Bijdrage per domein, 2020', 'Twente begroting')).toBe('Bijdrage per domein, 2020 | Twente begroting');
    const long = 'Aantal coalities per gemeente volgens de Samenwerkingsagenda 2017-2020';
    expect(embedPageTitle(long, 'Twente begroting')).toBe(long);
    const longer = 'Kosten per pijler zonder overhead, in procenten van de totale kosten van de regio in 2024';
    const title = embedPageTitle(longer, 'Twente begroting');
    expect(title).toBe('Kosten per pijler zonder overhead, in procenten van de totale kosten…');
    expect(title.length).toBeLessThanOrEqual(70);
  });

  it('keeps the site name in a title of exactly 70 characters', () => {
    const title = embedPageTitle('Bijdrage van de gemeenten aan het domein Zorg, 2020', 'Twente begroting');
    expect(title).toBe('Bijdrage van de gemeenten aan het domein Zorg, 2020 | Twente begroting');
    expect(title).toHaveLength(70);
  });

  it('cuts before a word that would end just at the limit, so the ellipsis still fits', () => {
    // The 71st character is a space: "kosten" ends at character 70, with no room left for "…".
    const title = embedPageTitle(
      'Aandeel van elke pijler in de kosten van Regio Twente zonder de kosten van overhead van 2024',
      'Twente begroting',
    );
    expect(title).toBe('Aandeel van elke pijler in de kosten van Regio Twente zonder de…');
  });

  it('drops every space and punctuation mark before the ellipsis of a cut title', () => {
    const title = embedPageTitle('Kosten per pijler in procent van de totale kosten van SamenTwente:  zonder overhead', 'Twente begroting');
    expect(title).toBe('Kosten per pijler in procent van de totale kosten van SamenTwente…');
  });

  it('writes an iframe with a title, full width, a height for the rows and lazy loading', () => {
    const height = embedHeight({ kind: 'bar', spec: spec('a', 5) });
    expect(height).toBeGreaterThan(embedHeight({ kind: 'bar', spec: spec('a', 2) }));
    expect(
      embedSnippet({
        url: 'https://twentebegroting.nl/insluiten/2020-domeinen/',
        title: 'Bijdrage "per" domein & meer',
        height,
        siteName: 'Twente begroting',
      }),
    ).toBe(
      `<iframe src="https://twentebegroting.nl/insluiten/2020-domeinen/" title="Bijdrage &quot;per&quot; domein &amp; meer (Twente begroting)" width="100%" height="${height}" loading="lazy"></iframe>`,
    );
  });

  it('escapes a "<" in the title of the iframe', () => {
    expect(embedSnippet({ url: 'https://x.nl/insluiten/a/', title: 'Kosten < 5%', height: 700, siteName: 'Twente begroting' })).toBe(
      '<iframe src="https://x.nl/insluiten/a/" title="Kosten &lt; 5% (Twente begroting)" width="100%" height="700" loading="lazy"></iframe>',
    );
  });
});
