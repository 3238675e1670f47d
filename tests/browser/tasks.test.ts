import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';

// The eight everyday tasks of residents and council members (issue 27), done as a person would: from the
// start page, tapping links and buttons, on a phone (390 px) and a laptop. Each task counts its taps
// and ends with the answer on screen. Scrolling is free; typing a search is one tap (the button).
const site = useSite();
const DEVICES = [
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  { name: 'laptop', viewport: { width: 1280, height: 800 } },
] as const;

interface Task {
  page: Page;
  /** Taps (clicks) so far. */
  taps: number;
  tap(target: Locator): Promise<void>;
}

async function startTask(page: Page): Promise<Task> {
  await page.goto(`${site.origin}/`);
  const task: Task = {
    page,
    taps: 0,
    async tap(target) {
      await target.scrollIntoViewIfNeeded();
      await target.click();
      task.taps += 1;
      await page.waitForLoadState('domcontentloaded');
    },
  };
  return task;
}

/** The element is on screen: in the viewport once scrolled to, and not hidden. */
async function onScreen(target: Locator): Promise<boolean> {
  await target.scrollIntoViewIfNeeded();
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return element.getClientRects().length > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
  });
}

const main = (page: Page) => page.locator('main');

describe.each(DEVICES)('the eight tasks on a $name', (device) => {
  const open = () =>
    openPage(site.browser, { viewport: device.viewport, ...('isMobile' in device ? { isMobile: true, hasTouch: true } : {}) });

  it('1. what the municipalities pay for health: one tap to the domain, the amount in the first screen', async () => {
    const { page, close } = await open();
    const task = await startTask(page);
    await task.tap(main(page).getByRole('link', { name: 'Gezondheid', exact: true }));
    expect(new URL(page.url()).pathname).toBe('/2020/domeinen/gezondheid/');
    const amount = main(page).getByText('€ 18.165.000', { exact: false }).first();
    const top = await amount.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeLessThan(device.viewport.height);
    expect(task.taps).toBe(1);
    await close();
  });

  it('2. what Hengelo pays: the chooser right after the total, one tap, and the page says what the documents say', async () => {
    const { page, close } = await open();
    const task = await startTask(page);
    const hengelo = main(page).getByRole('link', { name: 'Hengelo', exact: true });
    // The chooser stands within two screens of the top, right after the total.
    const chooserTop = await hengelo.evaluate((element) => element.getBoundingClientRect().top + scrollY);
    expect(chooserTop).toBeLessThan(device.viewport.height * 2);
    await task.tap(hengelo);
    expect(new URL(page.url()).pathname).toBe('/gemeenten/hengelo/');
    await expect(
      onScreen(
        main(page)
          .getByText(/Wat één gemeente zelf betaalt|wat elke gemeente betaalt|per inwoner/i)
          .first(),
      ),
    ).resolves.toBe(true);
    expect(task.taps).toBe(1);
    await close();
  });

  it('3. what the region does against domestic violence: a search, one result, the page and the help number', async () => {
    const { page, close } = await open();
    const task = await startTask(page);
    await page.getByRole('searchbox').first().fill('huiselijk geweld');
    await task.tap(page.getByRole('button', { name: 'Zoek' }).first());
    await page.waitForURL(/\/zoeken\//);
    const first = page.locator('[data-search-results] a, .search-results a').first();
    await first.waitFor({ timeout: 10_000 });
    await task.tap(first);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Veilig Thuis|Veiligheid/);
    await expect(onScreen(page.locator('[data-help-number]'))).resolves.toBe(true);
    expect(task.taps).toBe(2);
    await close();
  });

  it("4. what a coalition is and whether Losser takes part: Losser's page says it, and the word is explained one tap on", async () => {
    const { page, close } = await open();
    const task = await startTask(page);
    await task.tap(main(page).getByRole('link', { name: 'Losser', exact: true }));
    expect(new URL(page.url()).pathname).toBe('/gemeenten/losser/');
    await expect(
      onScreen(
        main(page)
          .getByText(/Losser (doet|staat)/)
          .first(),
      ),
    ).resolves.toBe(true);
    await task.tap(main(page).locator('a.term[href*="/begrippen/#coalition"], a[href*="/begrippen/#coalition"]').first());
    await expect(onScreen(page.locator(':target'))).resolves.toBe(true);
    expect(task.taps).toBe(2);
    await close();
  });

  it('5. a link to the Jeugd share chart: 2024, the pillar, its share link lands on the chart', async () => {
    const { page, close } = await open();
    const task = await startTask(page);
    await task.tap(page.locator('header').getByRole('link', { name: '2024' }));
    await task.tap(main(page).getByRole('link', { name: /Jeugd/ }).first());
    const share = main(page).getByRole('link', { name: 'Link naar deze grafiek' }).first();
    await task.tap(share);
    const hash = new URL(page.url()).hash;
    expect(hash).toMatch(/^#grafiek-/);
    await expect(onScreen(page.locator(hash))).resolves.toBe(true);
    expect(task.taps).toBeLessThanOrEqual(3);
    await close();
  });

  it('6. health across the years: from the domain to its subject through the years, a row per year that links to each', async () => {
    const { page, close } = await open();
    const task = await startTask(page);
    await task.tap(main(page).getByRole('link', { name: 'Gezondheid', exact: true }));
    await task.tap(main(page).getByRole('link', { name: 'GGD Twente door de jaren' }).first());
    expect(new URL(page.url()).pathname).toBe('/door-de-jaren/ggd-twente/');
    const rows = main(page).locator('[data-subject-year]');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    // And back to any year's place in one tap.
    await task.tap(rows.filter({ hasText: 'Programmabegroting' }).getByRole('link', { name: /domein Gezondheid/ }));
    expect(new URL(page.url()).pathname).toBe('/2020/domeinen/gezondheid/');
    expect(task.taps).toBe(3);
    await close();
  });

  it('7. printing a domain page: one tap to it; printed, the figures stand as tables and the page names its address', async () => {
    const { page, close } = await open();
    const task = await startTask(page);
    await task.tap(main(page).getByRole('link', { name: 'Gezondheid', exact: true }));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('chart-figure table').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-url').isVisible()).resolves.toBe(true);
    expect(task.taps).toBe(1);
    await close();
  });

  it('8. the data in a spreadsheet: open data, and a CSV for Dutch Excel with semicolons and whole euros', async () => {
    const { page, close } = await open();
    const task = await startTask(page);
    await task.tap(page.locator('footer').getByRole('link', { name: 'Open data' }));
    const link = main(page).locator('a[href="/data/excel/domeinen-2020.csv"]').first();
    const [download] = await Promise.all([page.waitForEvent('download'), task.tap(link)]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\n')[0]).toContain(';');
    expect(text).toContain('18165000');
    expect(task.taps).toBe(2);
    await close();
  });
});
