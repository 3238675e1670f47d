import type { CartesianScaleOptions, Scale } from 'chart.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BarChart } from '../../src/browser/render-chart.ts';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { axeViolations } from '../helpers/axe.ts';
import { openPage } from '../helpers/browser.ts';
import { embedUrls, pageUrls, readPage } from '../helpers/dist.ts';
import { useSite } from '../helpers/site.ts';

// A resident on a phone (390 and 320 px wide) and on a laptop: tables that fit or say they scroll, a
// header that leads to every year, links to a chart that land on it, targets big enough to tap, and
// charts whose labels stand clear.
const site = useSite();
const { content } = validateContent(CONTENT_DIR);
const PHONES = [390, 320];
/** WCAG 2.5.8: a target of at least 24 × 24 CSS px. */
const MIN_TARGET = 24;

/** Every page (and embed page) whose HTML holds a table. */
const tablePages = [...pageUrls(), ...embedUrls()].filter((url) => readPage(url).includes('<table'));

/**
 * On the page in view: every table cell and caption that reaches past the viewport's sides and is not
 * inside a scroll region that says what it is and that it scrolls. Charts are shown as tables and
 * closed <details> opened first, so every table is measured.
 */
async function tablesCutOff(page: Page): Promise<{ tables: number; problems: string[] }> {
  await page.evaluate(() => {
    document
      .querySelectorAll<HTMLButtonElement>('chart-figure:not([data-view="tabel"]) .chart__toggle')
      .forEach((button) => button.click());
    document.querySelectorAll('details').forEach((details) => (details.open = true));
  });
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    const name = (table: HTMLTableElement) => (table.caption?.textContent ?? '(no caption)').trim().slice(0, 60);
    const tables = [...document.querySelectorAll('table')];
    if (document.documentElement.scrollWidth > width)
      problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
    for (const table of tables) {
      const caption = table.caption?.getBoundingClientRect();
      if (caption && (caption.left < -0.5 || caption.right > width + 0.5)) problems.push(`${name(table)}: caption cut off`);
      const region = table.closest<HTMLElement>('.scroll-region');
      if (region) {
        const label = (document.getElementById(region.getAttribute('aria-labelledby') ?? '')?.textContent ?? '').trim();
        const role = region.getAttribute('role') ?? (region.localName === 'section' ? 'region' : '');
        if (role !== 'region' || !label) problems.push(`${name(table)}: scroll region without a name`);
        if (region.tabIndex !== 0) problems.push(`${name(table)}: scroll region not focusable`);
        if (!getComputedStyle(region).backgroundImage.includes('gradient')) problems.push(`${name(table)}: no scroll shadows`);
        const hint = region.querySelector<HTMLElement>('.scroll-hint');
        const scrolls = region.scrollWidth > region.clientWidth;
        if (scrolls && !(hint && hint.getClientRects().length > 0 && hint.getBoundingClientRect().right <= width))
          problems.push(`${name(table)}: scrolls without a visible hint`);
        continue;
      }
      for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
        const box = cell.getBoundingClientRect();
        const hidden = box.width === 0 || cell.closest('thead')?.getBoundingClientRect().width === 1;
        if (!hidden && (box.left < -0.5 || box.right > width + 0.5)) {
          problems.push(`${name(table)}: cell "${(cell.textContent ?? '').trim().slice(0, 30)}" outside the screen`);
          break;
        }
      }
    }
    return { tables: tables.length, problems };
  });
}

describe('tables on a phone', () => {
  it('are found on the pages the check walks', () => {
    expect(tablePages.length).toBeGreaterThan(20);
    expect(tablePages).toEqual(
      expect.arrayContaining(['/2020/', '/2024/', '/2020/coalities/', '/gemeenten/', '/gemeenten/losser/', '/data/']),
    );
  });

  for (const width of PHONES) {
    it(`fit the screen at ${width} px, or scroll in a named region with a visible cue, on every page`, async () => {
      const { page, consoleErrors, close } = await openPage(site.browser, { viewport: { width, height: 800 } });
      const problems: string[] = [];
      let tables = 0;
      for (const url of tablePages) {
        await page.goto(`${site.origin}${url}`);
        const result = await tablesCutOff(page);
        tables += result.tables;
        problems.push(...result.problems.map((problem) => `${url} ${problem}`));
      }
      expect(tables).toBeGreaterThan(tablePages.length);
      expect(problems).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await close();
    });
  }

  it('show a row as a block whose cells name their column, and stay a table for screen readers', async () => {
    const { page, close } = await openPage(site.browser, { viewport: { width: 320, height: 800 } });
    await page.goto(`${site.origin}/gemeenten/losser/`);
    const table = page.getByRole('table', { name: /per inwoner van Twente, per domein/ });
    const row = table.getByRole('row', { name: /^Gezondheid/ });
    await expect(row.getByRole('cell').first().textContent()).resolves.toMatch(/^€\s18\.165\.000$/);
    await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual(['Domein', 'Bijdrage', 'Per inwoner']);
    const label = await row
      .getByRole('cell')
      .first()
      .evaluate((cell) => getComputedStyle(cell, '::before').content);
    expect(label).toContain('Bijdrage');
    // One block under the other: the amount stands below the domain's name, not beside it.
    const [name, amount] = await Promise.all([row.getByRole('rowheader').boundingBox(), row.getByRole('cell').first().boundingBox()]);
    expect(amount!.y).toBeGreaterThanOrEqual(name!.y + name!.height - 1);
    await close();
  });

  it('let a keyboard user scroll a wide matrix, and pass axe on a phone', async () => {
    const { page, close } = await openPage(site.browser, { viewport: { width: 390, height: 800 } });
    await page.goto(`${site.origin}/2020/coalities/`);
    const region = page.getByRole('region', { name: /Wie doet mee aan welke coalitie/ });
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    for (const url of ['/2020/coalities/', '/2024/', '/gemeenten/', '/gemeenten/losser/']) {
      await page.goto(`${site.origin}${url}`);
      expect(await axeViolations(page), url).toEqual([]);
    }
    await close();
  });
});

describe('the header on every year', () => {
  const years = content.years.map((year) => year.folderYear).sort((a, b) => a - b);

  it('leads to every year of the content, marks the one being read, and fits 320 px', async () => {
    expect(years.length).toBeGreaterThan(2);
    const { page, close } = await openPage(site.browser, { viewport: { width: 320, height: 800 } });
    for (const url of [
      '/',
      ...years.map((year) => `/${year}/`),
      '/2024/pijlers/jeugd/',
      '/2020/domeinen/gezondheid/',
      '/gemeenten/',
      '/zoeken/',
    ]) {
      await page.goto(`${site.origin}${url}`);
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      const yearLinks = menu.getByRole('list', { name: 'Jaren' }).getByRole('link');
      await expect(yearLinks.evaluateAll((links) => links.map((link) => link.textContent?.match(/\d{4}/)?.[0]))).resolves.toEqual(
        years.map(String),
      );
      const marked = await yearLinks.evaluateAll((links) =>
        links
          .filter((link) => link.hasAttribute('aria-current'))
          .map((link) => [link.getAttribute('href'), link.getAttribute('aria-current')]),
      );
      const year = /^\/(\d{4})\//.exec(url)?.[1];
      expect(marked, url).toEqual(year ? [[`/${year}/`, url === `/${year}/` ? 'page' : 'location']] : []);
      // Marked by a frame and bold type, not by colour alone.
      if (year) {
        const style = await menu
          .locator('a[aria-current]')
          .first()
          .evaluate((link) => getComputedStyle(link));
        expect(style.borderTopWidth).not.toBe('0px');
      }
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
      for (const box of await menu
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect)))
        expect(box.right, url).toBeLessThanOrEqual(320);
    }
    await close();
  });

  it('takes a keyboard user to another year', async () => {
    const { page, close } = await openPage(site.browser, { viewport: { width: 390, height: 800 } });
    await page.goto(`${site.origin}/2020/`);
    const target = years.at(-1);
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() =>
        document.activeElement?.closest('nav[aria-label="Hoofdmenu"]') ? (document.activeElement.textContent ?? '').trim() : '',
      );
      if (text.startsWith(String(target))) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}/${target}/`);
    await close();
  });
});

/** Every share link ("Link naar deze grafiek") of the site, as page and fragment. */
const shareTargets = pageUrls().flatMap((url) =>
  [...readPage(url).matchAll(/<a\b[^>]*\bhref="#([^"]+)"[^>]*\bdata-chart-link\b/g)].map((match) => ({ url, fragment: match[1] ?? '' })),
);

describe('a link to a chart', () => {
  it('is found on the pages with charts', () => {
    expect(shareTargets.length).toBeGreaterThan(10);
    expect(shareTargets.map((target) => target.url)).toEqual(expect.arrayContaining(['/2024/pijlers/jeugd/', '/2020/', '/gemeenten/']));
  });

  it("lands on a phone with the chart's heading in view and the chart framed", async () => {
    const { page, close } = await openPage(site.browser, { viewport: { width: 390, height: 800 } });
    const problems: string[] = [];
    for (const { url, fragment } of shareTargets) {
      await page.goto(`${site.origin}${url}#${fragment}`);
      const result = await page.evaluate((id) => {
        const figure = document.getElementById(id);
        if (!figure) return 'no element with that id';
        const titles = [...figure.querySelectorAll<HTMLElement>('h2, h3, .chart__title, .stacked__title, caption')].filter(
          (element) => element.getClientRects().length > 0 && element.getBoundingClientRect().width > 1,
        );
        const heading = titles[0]?.getBoundingClientRect();
        if (!heading) return 'no visible heading';
        if (heading.top < 0 || heading.bottom > innerHeight) return `heading at ${Math.round(heading.top)} px`;
        const style = getComputedStyle(figure);
        if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return 'not framed';
        return '';
      }, fragment);
      if (result) problems.push(`${url}#${fragment}: ${result}`);
    }
    expect(problems).toEqual([]);
    await close();
  });
});

describe('tap targets', () => {
  /** The boxes of the elements `selector` finds, that are shown. */
  const boxes = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((elements) =>
      elements
        .filter((element) => element.getClientRects().length > 0)
        .map(
          (element) =>
            ({ text: (element.textContent ?? '').trim(), ...element.getBoundingClientRect().toJSON() }) as {
              text: string;
              width: number;
              height: number;
            },
        ),
    );

  it('of download links, breadcrumbs and search filters are at least 24 × 24 px on every kind of page', async () => {
    const { page, close } = await openPage(site.browser, { viewport: { width: 390, height: 800 } });
    const small: string[] = [];
    const counts = { downloads: 0, breadcrumbs: 0, filters: 0 };
    const measure = async (url: string, selector: string, kind: keyof typeof counts) => {
      const found = await boxes(page, selector);
      counts[kind] += found.length;
      for (const box of found)
        if (box.width < MIN_TARGET - 0.5 || box.height < MIN_TARGET - 0.5)
          small.push(`${url} ${kind} "${box.text}": ${box.width}×${box.height}`);
    };
    const kinds = [
      '/2020/',
      '/2020/domeinen/gezondheid/',
      '/2020/coalities/netwerkstad-twente/',
      '/2024/',
      '/2024/pijlers/jeugd/',
      '/2025/themas/meedoen/',
      '/gemeenten/',
      '/gemeenten/losser/',
      '/data/',
      '/documenten/programmabegroting-2020/',
      '/begrippen/',
    ];
    for (const url of kinds) {
      await page.goto(`${site.origin}${url}`);
      await measure(url, '.breadcrumbs a', 'breadcrumbs');
      await measure(url, 'a[download], .downloads a', 'downloads');
    }
    await page.goto(`${site.origin}/zoeken/?q=gezondheid`);
    await page.locator('.search-filters label:not([hidden])').first().waitFor();
    await measure('/zoeken/', '.search-filters label:not([hidden])', 'filters');
    expect(counts.downloads).toBeGreaterThan(10);
    expect(counts.breadcrumbs).toBeGreaterThan(10);
    expect(counts.filters).toBeGreaterThan(1);
    expect(small).toEqual([]);
    await close();
  });
});

/** The drawn charts on the page, each scrolled into view and waited for. */
async function drawnCharts(page: Page): Promise<string[]> {
  const ids = await page
    .locator('chart-figure')
    .evaluateAll((figures) => figures.filter((figure) => figure.getClientRects().length > 0).map((figure) => figure.id));
  for (const id of ids) {
    await page.locator(`chart-figure#${id} canvas`).scrollIntoViewIfNeeded();
    await page.waitForSelector(`chart-figure#${id} canvas[data-rendered="true"]`);
  }
  return ids;
}

describe('charts on a phone and a laptop', () => {
  for (const width of [320, 390, 1280]) {
    it(`keep axis amounts apart and draw no grid line through a label at ${width} px`, async () => {
      const { page, close } = await openPage(site.browser, { viewport: { width, height: 800 } });
      const problems: string[] = [];
      let charts = 0;
      for (const url of ['/', '/2020/', '/2020/coalities/', '/2024/', '/2024/pijlers/jeugd/', '/gemeenten/enschede/']) {
        await page.goto(`${site.origin}${url}`);
        for (const id of await drawnCharts(page)) {
          charts++;
          const problem = await page.locator(`chart-figure#${id}`).evaluate((element: HTMLElement & { chart?: BarChart }) => {
            const chart = element.chart;
            const x = chart?.scales.x as Scale<CartesianScaleOptions> | undefined;
            const y = chart?.scales.y as Scale<CartesianScaleOptions> | undefined;
            if (!chart || !x || !y) return 'not drawn';
            const font = x.options.ticks.font as { size: number; family: string };
            const context = document.createElement('canvas').getContext('2d')!;
            context.font = `${font.size}px ${font.family}`;
            const spans = x.ticks.map((tick) => {
              const centre = x.getPixelForValue(tick.value);
              const half = context.measureText(String(tick.label)).width / 2;
              return [centre - half, centre + half] as const;
            });
            for (let index = 1; index < spans.length; index++) {
              const gap = spans[index]![0] - spans[index - 1]![1];
              if (gap < font.size * 1.5 - 0.5) return `axis amounts ${Math.round(gap)} px apart`;
            }
            // Labels above the bars (mirrored) stand in the chart area, where grid lines run.
            if (y.options.ticks.mirror && x.options.grid.drawOnChartArea !== false) {
              const lines = x.ticks.map((tick) => x.getPixelForValue(tick.value)).filter((pixel) => pixel > x.left + 1);
              const widest = Math.max(...(chart.data.labels ?? []).flat().map((line) => context.measureText(String(line)).width));
              if (lines.some((pixel) => pixel < x.left + widest)) return 'a grid line runs through a label';
            }
            return '';
          });
          if (problem) problems.push(`${url}#${id}: ${problem}`);
        }
      }
      expect(charts).toBeGreaterThan(6);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('show the whole embed code, at 320, 390 and 1280 px', async () => {
    for (const width of [320, 390, 1280]) {
      const { page, close } = await openPage(site.browser, { viewport: { width, height: 800 } });
      for (const url of ['/2020/', '/2024/', '/gemeenten/']) {
        await page.goto(`${site.origin}${url}`);
        await page.evaluate(() =>
          document.querySelectorAll<HTMLDetailsElement>('.chart-share__embed').forEach((details) => (details.open = true)),
        );
        const clipped = await page
          .locator('.chart-share__code')
          .evaluateAll((boxes) =>
            (boxes as HTMLTextAreaElement[]).filter((box) => box.scrollHeight > box.clientHeight + 1).map((box) => box.id),
          );
        expect(clipped, `${url} at ${width} px`).toEqual([]);
      }
      await close();
    }
  });
});

describe('dark mode', () => {
  it('has a calm header band: dark, with light text', async () => {
    const { page, close } = await openPage(site.browser, { colorScheme: 'dark' });
    await page.goto(`${site.origin}/`);
    const [band, text] = await page
      .locator('.site-header')
      .evaluate((header) => [getComputedStyle(header).backgroundColor, getComputedStyle(header).color]);
    const luminance = (colour: string) => {
      const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
        const channel = Number(part) / 255;
        return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    // No brighter than a dark surface; the light-blue accent band of before measured 0.55.
    expect(luminance(band!)).toBeLessThan(0.05);
    expect((luminance(text!) + 0.05) / (luminance(band!) + 0.05)).toBeGreaterThanOrEqual(7);
    await close();
  });
});

describe('a resident on a phone', () => {
  it('links to the chart of what Jeugd costs in four taps from the start page, and lands on it', async () => {
    const { page, consoleErrors, close } = await openPage(site.browser, { viewport: { width: 390, height: 800 } });
    await page.goto(`${site.origin}/`);
    let taps = 0;
    const tap = async (link: ReturnType<Page['getByRole']>) => {
      await link.tap().catch(() => link.click());
      taps++;
    };
    await tap(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: '2024' }));
    await page.waitForURL(`${site.origin}/2024/`);
    await tap(page.getByRole('link', { name: '1. Jeugd' }).first());
    await page.waitForURL(`${site.origin}/2024/pijlers/jeugd/`);
    await tap(page.getByRole('region', { name: 'Aandeel in de kosten' }).getByRole('link', { name: /Kerntakendiscussie/ }));
    await page.waitForURL(`${site.origin}/2024/#cijfers-pijlers-aandeel-kosten`);
    const chart = page.locator('chart-figure#grafiek-pijlers-aandeel-kosten');
    const inView = () =>
      chart.locator('h3').evaluate((heading) => {
        const box = heading.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
    await expect(inView()).resolves.toBe(true);
    await expect(chart.evaluate((element) => getComputedStyle(element).outlineStyle)).resolves.toBe('solid');
    await tap(chart.getByRole('link', { name: /^Link naar deze grafiek/ }));
    await page.waitForURL(`${site.origin}/2024/#grafiek-pijlers-aandeel-kosten`);
    await expect(inView()).resolves.toBe(true);
    expect(taps).toBe(4);
    expect(consoleErrors).toEqual([]);
    await close();
  });
});
