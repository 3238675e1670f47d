import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSitemapPaths } from '../../scripts/lib/url-manifest.ts';
import { DIST, embedUrls, pageUrls, readPage, requireDist, textOf } from '../helpers/dist.ts';

beforeAll(requireDist);

const SITE = 'https://twentebegroting.nl';

/**
 * Each chart of a page (a bar chart's <chart-figure>, a stacked chart's <stacked-chart>), and each table
 * offered for embedding (a <participation-matrix> with data-embed): its id, kind and HTML.
 */
function charts(html: string): { id: string; kind: string; html: string }[] {
  const pattern = /<(chart-figure|stacked-chart|participation-matrix)\b(?=[^>]*\bid="([^"]+)")([^>]*)>[\s\S]*?<\/\1>/g;
  return [...html.matchAll(pattern)]
    .filter(([, kind, , attributes]) => kind !== 'participation-matrix' || /\bdata-embed="/.test(attributes ?? ''))
    .map(([whole, kind, id]) => ({
      id: id ?? '',
      kind: kind ?? '',
      html: whole,
    }));
}

/** The URLs of the pages in the search index: each fragment is gzip with an 12-byte "pagefind_dcd" header, then JSON. */
function indexedUrls(): string[] {
  const folder = join(DIST, 'pagefind', 'fragment');
  return readdirSync(folder).map((name) => {
    const data = gunzipSync(readFileSync(join(folder, name)));
    expect(data.subarray(0, 12).toString('latin1')).toBe('pagefind_dcd');
    return (JSON.parse(data.subarray(12).toString('utf8')) as { url: string }).url;
  });
}

/** The rows of a chart's table as text, without the marker of the page's own row. */
const tableRows = (html: string) =>
  textOf(/<tbody[\s\S]*?<\/tbody>/.exec(html)?.[0] ?? '')
    .replace(' (deze pagina)', '')
    .trim();

describe('every chart on the site', () => {
  it('links to itself and offers embed code for an embed page that exists', () => {
    const embeds = new Set(embedUrls());
    const linked = new Set<string>();
    let count = 0;
    for (const url of pageUrls()) {
      for (const chart of charts(readPage(url))) {
        count++;
        const where = `${url}#${chart.id}`;
        expect(chart.html, where).toContain(`<a class="chart-share__link" href="#${chart.id}" data-chart-link`);
        expect(textOf(chart.html), where).toContain('Link naar deze grafiek');
        expect(chart.html, where).toMatch(/<summary[^>]*>Insluiten<span class="visually-hidden"[^>]*>: [^<]+<\/span><\/summary>/);
        const code = /<textarea[^>]*data-embed-code[^>]*>([^<]*)<\/textarea>/.exec(chart.html)?.[1] ?? '';
        const snippet = code
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&');
        expect(snippet, where).toMatch(
          /^<iframe src="[^"]+" title="[^"]+ \(Twente begroting\)" width="100%" height="\d+" loading="lazy"><\/iframe>$/,
        );
        const src = /src="([^"]+)"/.exec(snippet)?.[1] ?? '';
        expect(src.startsWith(`${SITE}/insluiten/`), where).toBe(true);
        const path = src.slice(SITE.length);
        expect(embeds.has(path), `${where} embeds ${path}`).toBe(true);
        linked.add(path);
        // The embed page shows the same chart, with the same rows.
        const embedded = charts(readPage(path)).find((other) => other.id === chart.id);
        expect(embedded, `${path} has #${chart.id}`).toBeDefined();
        expect(tableRows(embedded?.html ?? ''), where).toBe(tableRows(chart.html));
      }
    }
    expect(count).toBeGreaterThanOrEqual(10);
    // No embed page is left without a chart on the site that offers it.
    expect([...linked].sort()).toEqual([...embeds]);
  });

  it('has the slugs other sites link to', () => {
    expect(embedUrls()).toEqual(
      expect.arrayContaining([
        '/insluiten/2020-domeinen/',
        '/insluiten/2020-coalities/',
        '/insluiten/kerntakendiscussie-2024-pijlers-aandeel-kosten/',
        '/insluiten/gemeenten-coalities-2020/',
      ]),
    );
  });
});

describe('every embed page', () => {
  const pages = new Set(pageUrls());

  it('is a lean Dutch page: title, no site header or search, its canonical is an existing page, not for search engines', () => {
    const sitemap = new Set(builtSitemapPaths(DIST));
    const indexed = new Set(indexedUrls());
    expect(embedUrls().length).toBeGreaterThanOrEqual(5);
    for (const url of embedUrls()) {
      const html = readPage(url);
      expect(html, url).toContain('<html lang="nl"');
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1] ?? '';
      expect(title.length, url).toBeGreaterThan(10);
      expect(title.length, url).toBeLessThanOrEqual(70);
      expect(html, url).toContain('<meta name="robots" content="noindex">');
      const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1] ?? '';
      expect(canonical.startsWith(SITE), url).toBe(true);
      expect(canonical, url).not.toContain('#');
      expect(pages.has(canonical.slice(SITE.length)), `${url} canonical ${canonical}`).toBe(true);
      expect(html, url).not.toContain('class="site-header"');
      expect(html, url).not.toContain('data-pagefind-body');
      expect(html, url).not.toContain('<chart-share');
      expect(sitemap.has(url), url).toBe(false);
      expect(indexed.has(url), url).toBe(false);
      expect(html, url).toMatch(/<meta property="og:image" content="https:\/\/twentebegroting\.nl\/deelkaart\/insluiten\/[^"]+\.png">/);
    }
    // The index still has the pages of the site.
    expect(indexed.size).toBeGreaterThan(40);
  });

  it('shows the chart with its table, the source line and a link to the chart on its page', () => {
    for (const url of embedUrls()) {
      const html = readPage(url);
      const [chart] = charts(html);
      expect(chart, url).toBeDefined();
      expect(chart?.html, url).toMatch(/<table[\s\S]*<caption[\s\S]*<tbody[^>]*>\s*<tr/);
      // A bar chart switches between chart and table; a stacked chart shows both.
      if (chart?.kind === 'chart-figure') expect(chart.html, url).toContain('class="chart__toggle"');
      const source = /<p class="source-note source-note--inline"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
      expect(textOf(source), url).toMatch(/^\s*\S[^:]*: .+ \(.+, [^)]*\d{4}\), .+/);
      const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1] ?? '';
      const back = /<a href="([^"]+)" target="_blank" rel="noopener"[^>]*>Bekijk op Twente begroting/.exec(html)?.[1];
      expect(back, url).toBe(`${canonical.slice(SITE.length)}#${chart?.id}`);
      // The chart is really there, at that anchor.
      expect(readPage(canonical.slice(SITE.length)), url).toMatch(new RegExp(`<${chart?.kind} class="[^"]+" id="${chart?.id}"`));
    }
  });

  it('names each source of the domain chart of 2020: the section per domain', () => {
    const text = textOf(readPage('/insluiten/2020-domeinen/'));
    expect(text).toContain('Gezondheid: Programmabegroting 2020');
    expect(text).toContain('Gezondheid, "Wat dragen de gemeenten bij?"');
    const block = textOf(readPage('/insluiten/kerntakendiscussie-2024-pijlers-aandeel-kosten/'));
    expect(block).toContain('Cijfers: ');
  });

  it('says what the page says next to key figures: their period, and that the source rounds them', () => {
    const page = readPage('/documenten/kerntakendiscussie-2024/');
    // The comparison of the pillars by kind of task is not a block of key figures: tests/build/core-tasks.test.ts covers it.
    const blockEmbeds = embedUrls().filter(
      (path) => path.startsWith('/insluiten/kerntakendiscussie-2024-') && !path.endsWith('-pijlers-soort-taak/'),
    );
    for (const url of blockEmbeds) {
      const blockId = url.slice('/insluiten/kerntakendiscussie-2024-'.length, -1);
      const at = page.indexOf(`id="cijfers-${blockId}"`);
      expect(at, blockId).toBeGreaterThan(0);
      const section = page.slice(at, page.indexOf('</section>', at));
      // The block's own note, or the one note above blocks that all say the same.
      const own = /<p class="muted figure-period"[^>]*>([\s\S]*?)<\/p>/.exec(section)?.[1];
      const sharedAt = page.lastIndexOf('data-period-shared', at);
      const shared = sharedAt < 0 ? '' : page.slice(page.indexOf('>', sharedAt) + 1, page.indexOf('</p>', sharedAt));
      const period = textOf(own ?? shared)
        .replace(/^\s*Voor alle cijfers hieronder:\s*/, '')
        .trim();
      expect(period.length, blockId).toBeGreaterThan(5);
      const embed = textOf(readPage(url));
      expect(embed, url).toContain(period);
      const notice = /<p class="notice"[^>]*>([\s\S]*?)<\/p>/.exec(section)?.[1];
      if (notice) expect(embed, url).toContain(textOf(notice).trim());
    }
  });
});
