import type { CartesianScaleOptions, Scale } from 'chart.js';
import { axeViolations, COLOUR_RULES } from '../helpers/axe.ts';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BarChart } from '../../src/browser/render-chart.ts';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { chartsInViewDrawn, openPage } from '../helpers/browser.ts';
import { pageUrls, readPage } from '../helpers/dist.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const { content } = validateContent(CONTENT_DIR);
const SCREENSHOTS = 'test-results/screenshots';

/** Waits until the chart in `selector` has been drawn, then counts its painted pixels. */
async function paintedPixels(page: Page, selector: string): Promise<number> {
  const canvas = page.locator(`${selector} canvas`);
  await canvas.scrollIntoViewIfNeeded();
  await page.waitForSelector(`${selector} canvas[data-rendered="true"]`);
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d');
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let painted = 0;
    for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) painted++;
    return painted;
  });
}

/** The table's rows as [label, amount] with plain spaces. */
async function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page
    .locator(`${selector} tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())),
    );
}

describe('charts', () => {
  it('draw the coalition chart on home and the domain chart on the domains page, with tables that hold the content values', async () => {
    const { page, consoleErrors, close } = await openPage(site.browser, { reducedMotion: 'reduce' });
    const euro = (amount: number) => `€ ${amount.toLocaleString('nl-NL')}`;
    await page.goto(`${site.origin}/`);
    // Home gives each domain amount once, in the cards: its chart is on the domains page.
    await expect(page.locator('chart-figure#grafiek-domeinen').count()).resolves.toBe(0);
    expect(await paintedPixels(page, '#grafiek-coalities')).toBeGreaterThan(5000);
    const coalitionRows = await tableRows(page, '#grafiek-coalities');
    expect(coalitionRows).toEqual(
      [...content.coalitions.filter((entry) => entry.folderYear === 2020)]
        .sort((a, b) => a.data.volgorde - b.data.volgorde)
        .map((entry) => [entry.data.titel, euro(entry.data.kosten ?? 0)]),
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/home.png`, fullPage: true });
    await page.goto(`${site.origin}/2020/domeinen/`);
    expect(await paintedPixels(page, '#grafiek-domeinen')).toBeGreaterThan(5000);
    const domainRows = await tableRows(page, '#grafiek-domeinen');
    expect(domainRows.map(([label, amount]) => [label, amount])).toEqual(
      [...content.domains.filter((entry) => entry.folderYear === 2020)]
        .sort((a, b) => a.data.volgorde - b.data.volgorde)
        .map((entry) => [entry.data.titel, euro(entry.data.bijdrage)]),
    );
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('mark the current domain in words, and a screenshot shows it', async () => {
    const { page, consoleErrors, close } = await openPage(site.browser, { viewport: { width: 390, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${site.origin}/2020/domeinen/veilig-thuis-twente/`);
    expect(await paintedPixels(page, '#grafiek-domeinen')).toBeGreaterThan(3000);
    const label = await page.locator('#grafiek-domeinen canvas').getAttribute('aria-label');
    expect(label).toContain('Veilig Thuis Twente (deze pagina) € 2.964.000 (8,9%)'.replace(/€ /g, '€\u00a0'));
    await expect(page.locator('#grafiek-domeinen tr.is-current th').textContent()).resolves.toContain('Veilig Thuis Twente');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/domein-mobiel.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('switch to the table and back, keeping the choice in the URL', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.origin}/2020/domeinen/gezondheid/`);
    const chart = page.locator('#grafiek-domeinen');
    const toggle = chart.getByRole('button', { name: 'Toon als tabel' });
    await expect(chart.locator('table').isVisible()).resolves.toBe(false);
    await toggle.click();
    expect(new URL(page.url()).hash).toBe('#grafiek-domeinen=tabel');
    await expect(chart.locator('table').isVisible()).resolves.toBe(true);
    await expect(chart.locator('canvas').isVisible()).resolves.toBe(false);
    await chart.getByRole('button', { name: 'Toon als grafiek' }).click();
    expect(new URL(page.url()).hash).toBe('#grafiek-domeinen=grafiek');
    await expect(chart.locator('canvas').isVisible()).resolves.toBe(true);
    await close();
  });

  it('open on the table from a shared link, before and after the script runs', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.origin}/#grafiek-coalities=tabel`);
    const coalitions = page.locator('#grafiek-coalities');
    await expect(coalitions.locator('table').isVisible()).resolves.toBe(true);
    await expect(coalitions.locator('canvas').isVisible()).resolves.toBe(false);
    await expect(coalitions.getByRole('button').textContent()).resolves.toBe('Toon als grafiek');
    // The other chart on the page keeps its default view.
    await expect(page.locator('#grafiek-pijlers-aandeel-kosten canvas').isVisible()).resolves.toBe(true);
    await close();
  });

  it('show the table without JavaScript, and do not load chart code', async () => {
    const { page, close } = await openPage(site.browser, { javaScriptEnabled: false });
    const start = site.requests.length;
    await page.goto(`${site.origin}/2020/domeinen/gezondheid/`);
    await expect(page.locator('#grafiek-domeinen table').isVisible()).resolves.toBe(true);
    await expect(page.locator('#grafiek-domeinen canvas').isVisible()).resolves.toBe(false);
    // No button that needs the script; the link to the chart and the embed code (to copy by hand) work without it.
    await page.locator('#grafiek-domeinen summary').click();
    for (const button of await page.locator('#grafiek-domeinen button').all()) await expect(button.isVisible()).resolves.toBe(false);
    await expect(page.locator('#grafiek-domeinen a[href="#grafiek-domeinen"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('#grafiek-domeinen textarea').isVisible()).resolves.toBe(true);
    expect(site.requests.slice(start).filter((path) => /render-chart/.test(path))).toEqual([]);
    await close();
  });

  it('fetch the chart code on the first scroll, long before a chart comes near, and draw only near the viewport', async () => {
    // On home the first chart starts well below a 500 px high window.
    const { page, close } = await openPage(site.browser, { viewport: { width: 1280, height: 500 } });
    const start = site.requests.length;
    await page.goto(`${site.origin}/`);
    const chartRequests = () => site.requests.slice(start).filter((path) => /render-chart/.test(path));
    const chartTop = () => page.locator('#grafiek-coalities').evaluate((element) => element.getBoundingClientRect().top);
    // Not needed for the first paint: nothing yet.
    expect(chartRequests()).toEqual([]);
    await page.mouse.wheel(0, 100);
    await expect.poll(chartRequests).toHaveLength(1);
    // Requested while the chart is still more than a screen away, and not drawn yet.
    expect(await chartTop()).toBeGreaterThan(500 + 200);
    expect(await page.locator('#grafiek-coalities canvas[data-rendered="true"]').count()).toBe(0);
    await page.locator('#grafiek-coalities').scrollIntoViewIfNeeded();
    await page.waitForSelector('#grafiek-coalities canvas[data-rendered="true"]');
    expect(chartRequests()).toHaveLength(1);
    await close();
  });

  it('fetch the chart code for a reader who does not scroll too, without drawing a chart out of view', async () => {
    const { page, close } = await openPage(site.browser, { viewport: { width: 1280, height: 500 } });
    const start = site.requests.length;
    await page.goto(`${site.origin}/`);
    const chartRequests = () => site.requests.slice(start).filter((path) => /render-chart/.test(path));
    // A few seconds after the load event, when the browser is idle (src/browser/chart-figure.ts).
    await expect.poll(chartRequests, { timeout: 10_000 }).toHaveLength(1);
    expect(await page.locator('#grafiek-coalities canvas[data-rendered="true"]').count()).toBe(0);
    await close();
  });

  it('reserve the chart height, so nothing moves when it is drawn', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.origin}/2020/domeinen/gezondheid/`);
    const graph = page.locator('#grafiek-domeinen .chart__graph');
    const before = await graph.boundingBox();
    await page.waitForSelector('#grafiek-domeinen canvas[data-rendered="true"]');
    const after = await graph.boundingBox();
    expect(before?.height).toBe(260);
    expect(after).toEqual(before);
    await close();
  });

  it('can be read with the keyboard: arrows move through the bars and announce them', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.origin}/2020/domeinen/`);
    const canvas = page.locator('#grafiek-domeinen canvas');
    await canvas.scrollIntoViewIfNeeded();
    await page.waitForSelector('#grafiek-domeinen canvas[data-rendered="true"]');
    await canvas.focus();
    await expect(canvas.getAttribute('data-active')).resolves.toBe('0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(canvas.getAttribute('data-active')).resolves.toBe('2');
    await expect(page.locator('#grafiek-domeinen [data-chart-live]').textContent()).resolves.toBe('Veilig Thuis Twente: €\u00a02.964.000');
    await page.keyboard.press('End');
    await expect(canvas.getAttribute('data-active')).resolves.toBe('4');
    await close();
  });

  it('redraw in the colours of a new colour scheme', async () => {
    const { page, close } = await openPage(site.browser, { colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(`${site.origin}/2020/domeinen/gezondheid/`);
    await page.waitForSelector('#grafiek-domeinen canvas[data-rendered="true"]');
    const canvas = page.locator('#grafiek-domeinen canvas');
    const blueBars = () =>
      canvas.evaluate(
        (element: HTMLCanvasElement, colour: number[]) => {
          const { data } = element.getContext('2d')?.getImageData(0, 0, element.width, element.height) ?? { data: [] };
          let count = 0;
          for (let index = 0; index < data.length; index += 4) {
            if (data[index] === colour[0] && data[index + 1] === colour[1] && data[index + 2] === colour[2]) count++;
          }
          return count;
        },
        [0x00, 0x72, 0xb2],
      );
    expect(await blueBars()).toBeGreaterThan(1000);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(200);
    expect(await blueBars()).toBe(0);
    await close();
  });

  it('have zero axe violations once drawn, in both views and both colour schemes', async () => {
    const { page, close } = await openPage(site.browser);
    const found: string[] = [];
    for (const url of ['/', '/2020/domeinen/gezondheid/#grafiek-domeinen=tabel']) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${site.origin}${url}`);
      await page.locator('chart-figure').last().scrollIntoViewIfNeeded();
      await chartsInViewDrawn(page);
      found.push(...(await axeViolations(page)).map((violation) => `${url} light: ${violation.id}`));
      // Dark mode changes only colours (see COLOUR_RULES); the charts redraw in the new colours first.
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.waitForTimeout(200);
      found.push(...(await axeViolations(page, { rules: COLOUR_RULES })).map((violation) => `${url} dark: ${violation.id}`));
    }
    await close();
    expect(found).toEqual([]);
  });
});

/** A category label as chart.js laid it out: its text and the box its lines take on the canvas. */
interface AxisLabel {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** What one drawn chart shows on its category axis, next to the row labels of its table. */
interface AxisReport {
  id: string;
  tableLabels: string[];
  shown: boolean;
  labels: AxisLabel[];
  /** Where labels may be drawn without being cut off: chart.js clips axis labels to the axis box. */
  room: { left: number; right: number; top: number; bottom: number };
  /** The bars, which no label may cover. */
  bars: { left: number; right: number; top: number; bottom: number }[];
}

/** Reads the category axis of the chart in <chart-figure id=`id`> through its chart.js instance. */
async function axisReport(page: Page, id: string): Promise<AxisReport> {
  const figure = page.locator(`chart-figure#${id}`);
  // On /gemeenten/ sorting the table by a column shows that column's chart; the others are hidden.
  if (!(await figure.isVisible())) {
    const column = await figure.evaluate((element) => element.closest<HTMLElement>('[data-chart-column]')?.dataset.chartColumn);
    if (column) await page.locator(`th[data-sort="${column}"] button`).click();
  }
  await figure.locator('canvas').scrollIntoViewIfNeeded();
  await page.waitForSelector(`chart-figure#${id} canvas[data-rendered="true"]`);
  return figure.evaluate((element, id) => {
    const chart = (element as HTMLElement & { chart?: BarChart }).chart;
    const tableLabels = [...element.querySelectorAll('tbody th')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (!chart) throw new Error(`chart-figure#${id} has no chart instance`);
    const scale = chart.scales[chart.options.indexAxis ?? 'x'] as Scale<CartesianScaleOptions> | undefined;
    if (!scale) throw new Error(`chart-figure#${id} has no category axis`);
    const { ctx } = chart;
    const shown = Boolean(scale.options.ticks.display);
    const labels = (shown ? scale.getLabelItems() : []).map((item) => {
      const lines = Array.isArray(item.label) ? item.label : [item.label];
      // Empty lines only push a label up (labels above the bars end just above their bar).
      const text = lines.filter((line) => line !== '').join(' ');
      ctx.save();
      ctx.font = item.font.string;
      const width = Math.max(...lines.map((line) => ctx.measureText(line).width));
      ctx.restore();
      const [x = 0, y = 0] = item.options.translation ?? [];
      const align = item.options.textAlign;
      const left = align === 'right' ? x - width : align === 'center' ? x - width / 2 : x;
      const lineHeight = Number(item.font.lineHeight);
      const baseline = item.options.textBaseline ?? 'middle';
      // The first line's baseline is at y + textOffset; each further line is one line height lower.
      const firstTop = y + item.textOffset - (baseline === 'middle' ? lineHeight / 2 : baseline === 'bottom' ? lineHeight : 0);
      return { text, left, right: left + width, top: firstTop, bottom: firstTop + lines.length * lineHeight };
    });
    // Labels beside the bars are clipped to the axis box; mirrored labels (inside the chart) only by the canvas.
    const room = scale.options.ticks.mirror
      ? { left: 0, right: chart.width, top: 0, bottom: chart.height }
      : { left: scale.left, right: scale.right, top: 0, bottom: chart.height };
    // Horizontal bars run from `base` to `x`, `height` thick around `y`.
    const bars = chart.getDatasetMeta(0).data.map((bar) => {
      const { x, y, base, height } = bar.getProps(['x', 'y', 'base', 'height'], true) as {
        x: number;
        y: number;
        base: number;
        height: number;
      };
      return { left: Math.min(x, base), right: Math.max(x, base), top: y - height / 2, bottom: y + height / 2 };
    });
    return { id, tableLabels, shown, labels, room, bars };
  }, id);
}

/** Every way a chart can fail to name a bar on its axis; an empty list means all labels show in full. */
function labelProblems(report: AxisReport): string[] {
  const problems: string[] = [];
  const where = (label: AxisLabel) =>
    `"${label.text}" at ${Math.round(label.left)}-${Math.round(label.right)} x ${Math.round(label.top)}-${Math.round(label.bottom)}`;
  const slack = 0.5;
  if (!report.shown) problems.push('category labels are not drawn by chart.js');
  const drawn = report.labels.map((label) => label.text);
  for (const label of report.tableLabels)
    if (!drawn.includes(label)) problems.push(`no axis label for "${label}" (drawn: ${JSON.stringify(drawn)})`);
  if (report.shown && drawn.length !== report.tableLabels.length)
    problems.push(`${drawn.length} axis labels for ${report.tableLabels.length} rows`);
  for (const label of report.labels) {
    const { room } = report;
    if (
      label.left < room.left - slack ||
      label.right > room.right + slack ||
      label.top < room.top - slack ||
      label.bottom > room.bottom + slack
    ) {
      problems.push(
        `${where(label)} is cut off (room ${Math.round(room.left)}-${Math.round(room.right)} x ${Math.round(room.top)}-${Math.round(room.bottom)})`,
      );
    }
  }
  report.labels.forEach((label, index) => {
    const next = report.labels[index + 1];
    if (next && next.top < label.bottom - slack && label.top < next.bottom - slack)
      problems.push(`${where(label)} overlaps ${where(next)}`);
    for (const bar of report.bars) {
      const overlaps =
        label.top < bar.bottom - slack &&
        bar.top < label.bottom - slack &&
        label.left < bar.right - slack &&
        bar.left < label.right - slack;
      if (overlaps)
        problems.push(
          `${where(label)} covers the bar at ${Math.round(bar.left)}-${Math.round(bar.right)} x ${Math.round(bar.top)}-${Math.round(bar.bottom)}`,
        );
    }
  });
  return problems.map((problem) => `${report.id}: ${problem}`);
}

describe('chart labels', () => {
  /**
   * From a small phone to a wide screen: up to 576 px labels stand above the bars, from 577 px beside
   * them; from 768 px the charts have their full width; 1280 px is where /2024/ used to drop labels.
   */
  const WIDTHS = [320, 390, 576, 577, 768, 1280, 1920];

  /**
   * Every distinct chart of the site once, on the first page that shows it. The same chart on several
   * pages (the domain chart on /2020/, /2020/domeinen/ and each domain page) draws the same labels at
   * the same width; only the highlighted bar differs, which does not touch the labels.
   */
  function distinctCharts(): { url: string; ids: string[] }[] {
    const seen = new Set<string>();
    return pageUrls()
      .map((url) => {
        const charts = [...readPage(url).matchAll(/<chart-figure\b[^>]*\sid="([^"]+)"[^>]*\sdata-chart="([^"]*)"/g)];
        const ids = charts.flatMap(([, id = '', data = '']) => {
          const { highlight: _highlight, ...drawn } = JSON.parse(data.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Record<
            string,
            unknown
          >;
          const key = `${id} ${JSON.stringify(drawn)}`;
          if (seen.has(key)) return [];
          seen.add(key);
          return [id];
        });
        return { url, ids };
      })
      .filter((entry) => entry.ids.length > 0);
  }

  it('checks each distinct chart once: every chart of the site is among them', () => {
    const all = pageUrls().flatMap((url) => [...readPage(url).matchAll(/<chart-figure\b[^>]*\sid="([^"]+)"/g)].map((match) => match[1]));
    const checked = distinctCharts().flatMap((entry) => entry.ids);
    expect(new Set(checked)).toEqual(new Set(all));
    expect(checked.length).toBeGreaterThanOrEqual(15);
  });

  it(`name every bar in full on every page with a chart, at ${WIDTHS.join(', ')} px wide`, { timeout: 120_000 }, async () => {
    const pages = distinctCharts();
    expect(pages.map((entry) => entry.url)).toContain('/2024/');
    const { page, consoleErrors, close } = await openPage(site.browser, { reducedMotion: 'reduce' });
    const problems: string[] = [];
    for (const [index, { url, ids }] of pages.entries()) {
      // Each page loads once and then takes every width, as a reader turning a phone or resizing a
      // window would; it loads at a different first width per page, so first layouts are checked too.
      const widths = [...WIDTHS.slice(index % WIDTHS.length), ...WIDTHS.slice(0, index % WIDTHS.length)];
      for (const [step, width] of widths.entries()) {
        await page.setViewportSize({ width, height: 900 });
        if (step === 0) await page.goto(`${site.origin}${url}`);
        // Drawn charts lay out again in their resize handler; wait two frames for chart.js to follow.
        else await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        for (const id of ids) problems.push(...labelProblems(await axisReport(page, id)).map((problem) => `${url} ${width} px ${problem}`));
      }
    }
    expect(problems).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await close();
  });
});
