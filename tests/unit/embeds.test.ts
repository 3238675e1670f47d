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
    ];
    expect(slugs).toEqual([
      '2020-domeinen',
      '2020-coalities',
      '2017-coalities',
      'kerntakendiscussie-2024-pijlers-aandeel-kosten',
      'enschede-bijdrage-2020',
      'gemeenten-bijdrage-2020',
      'gemeenten-coalities-2020',
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
});
