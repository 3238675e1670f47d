import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, pageUrls, readPage, requireDist } from '../helpers/dist.ts';
import { blockingScripts, inlineScripts, scriptsOf, stylesheetsOf } from '../../scripts/lib/page-assets.ts';

beforeAll(requireDist);

/** The stylesheets a page links to, read from dist/. */
function linkedCss(html: string): string {
  return stylesheetsOf(html)
    .map((href) => readFileSync(join(DIST, href), 'utf8'))
    .join('\n');
}

describe('byte budgets', () => {
  const hasChart = (html: string) => html.includes('<chart-figure');
  /** Pages with an interactive part: a chart, a sortable table or the search. */
  const isInteractive = (html: string) => hasChart(html) || html.includes('<sortable-table') || html.includes('<site-search');

  /** Pages whose headings link to themselves; a small script also copies the link. */
  const hasSectionLinks = (html: string) => html.includes('class="heading-link"');

  it('ships no JavaScript on pages without charts, sortable tables, search or section links', () => {
    const plain = pageUrls().filter((url) => !isInteractive(readPage(url)) && !hasSectionLinks(readPage(url)));
    expect(plain).toEqual(expect.arrayContaining(['/organisatie/', '/begrippen/', '/gemeenten/enschede/']));
    for (const url of plain) expect(readPage(url), url).not.toMatch(/<script\b/);
  });

  it('keeps the copy-link script of text pages under 1 KB gzip, not render-blocking', () => {
    const textPages = pageUrls().filter((url) => !isInteractive(readPage(url)) && hasSectionLinks(readPage(url)));
    expect(textPages).toEqual(expect.arrayContaining(['/over/', '/documenten/bedrijfsplan-2015/']));
    for (const url of textPages) {
      const html = readPage(url);
      const gzipBytes =
        scriptsOf(html).reduce((total, file) => total + gzipSync(readFileSync(join(DIST, file))).length, 0) +
        inlineScripts(html).reduce((total, code) => total + gzipSync(code).length, 0);
      expect(gzipBytes, url).toBeGreaterThan(0);
      expect(gzipBytes, url).toBeLessThanOrEqual(1024);
      expect(blockingScripts(html), url).toEqual([]);
    }
  });

  it('keeps the JavaScript of a page with charts within 60 KB gzip, none of it render-blocking', () => {
    const withCharts = pageUrls().filter((url) => hasChart(readPage(url)));
    expect(withCharts).toEqual(
      expect.arrayContaining(['/', '/2020/', '/2020/domeinen/gezondheid/', '/2020/coalities/netwerkstad-twente/']),
    );
    for (const url of withCharts) {
      const html = readPage(url);
      const scripts = scriptsOf(html);
      expect(
        scripts.some((file) => /render-chart/.test(file)),
        url,
      ).toBe(true);
      const gzipBytes = scripts.reduce((total, file) => total + gzipSync(readFileSync(join(DIST, file))).length, 0);
      expect(gzipBytes, url).toBeLessThanOrEqual(60 * 1024);
      expect(blockingScripts(html), url).toEqual([]);
    }
  });

  it('imports only the chart.js parts a bar chart needs, not chart.js/auto', () => {
    const chunk = scriptsOf(readPage('/')).find((file) => /render-chart/.test(file)) ?? '';
    const code = readFileSync(join(DIST, chunk), 'utf8');
    // Controllers of chart types we do not use must not be in the bundle.
    expect(code).toMatch(/static id=.bar.;/);
    for (const unused of ['doughnut', 'polarArea', 'radar', 'bubble', 'line', 'pie']) {
      expect(code, unused).not.toMatch(new RegExp(`static id=.${unused}.;`));
    }
  });

  it('paints from the first response: no page links a stylesheet, its styles are in the page', () => {
    for (const url of pageUrls()) {
      const html = readPage(url);
      expect(html, url).not.toMatch(/<link\b[^>]*rel="stylesheet"/);
      expect(html, url).toMatch(/<style>[\s\S]*--color-text[\s\S]*<\/style>/);
    }
  });

  it('keeps HTML plus CSS of every page within 14 KB gzip (one round trip)', () => {
    const sizes = pageUrls().map((url) => {
      const html = readPage(url);
      return { url, bytes: gzipSync(html).length + gzipSync(linkedCss(html)).length };
    });
    // A long source text (the 2025-2030 programme) may stream on after the first round trip, as
    // long as everything up to the start of its text arrives in it (below) and it stays under 20 KB.
    expect(sizes.filter((size) => size.bytes > 20 * 1024)).toEqual([]);
    const long = sizes.filter((size) => size.bytes > 14 * 1024);
    expect(long.length).toBeLessThanOrEqual(2);
    for (const { url } of long) {
      const html = readPage(url);
      const firstScreen = html.slice(0, html.indexOf('<div class="prose">'));
      expect(firstScreen.length, url).toBeGreaterThan(0);
      expect(gzipSync(firstScreen).length + gzipSync(linkedCss(html)).length, url).toBeLessThanOrEqual(14 * 1024);
    }
  });
});
