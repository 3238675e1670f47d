import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();

/**
 * Another site: a page on its own origin (another port) that frames the address in `?src=`, as a site
 * that pasted the embed code does.
 */
let other: { origin: string; server: Server };
beforeAll(async () => {
  const server = createServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://localhost').searchParams.get('src') ?? '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="nl"><head><title>Andere site</title></head><body><h1>Andere site</h1>` +
        `<iframe src="${src.replace(/"/g, '&quot;')}" title="Grafiek" width="100%" height="900" loading="lazy"></iframe></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  other = { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
});
afterAll(() => other?.server.close());

const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

/** Opens the other site with a frame of `path` on this site; returns the frame once it has loaded. */
async function framed(page: Page, path: string): Promise<Frame> {
  await page.goto(`${other.origin}/?src=${encodeURIComponent(`${site.origin}${path}`)}`);
  expect(new URL(page.url()).origin).not.toBe(site.origin);
  await page.locator('iframe').waitFor();
  const handle = await page.locator('iframe').elementHandle();
  await expect.poll(async () => (await handle?.contentFrame()) !== null).toBe(true);
  const frame = (await handle?.contentFrame()) as Frame;
  await frame.waitForLoadState('load');
  return frame;
}

describe('linking a chart', () => {
  it('"Link naar deze grafiek" copies the address of the chart, says so, and that address opens with the chart in view', async () => {
    const { page, consoleErrors, close } = await openPage(site.browser, CLIPBOARD);
    await page.goto(`${site.origin}/2020/domeinen/`);
    const chart = page.locator('chart-figure#grafiek-domeinen');
    const link = chart.getByRole('link', { name: 'Link naar deze grafiek' });
    // By keyboard: the link is a real link, focusable and activated with Enter.
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => chart.locator('[data-share-status]').textContent()).toBe('Link gekopieerd');
    expect(await chart.locator('[data-share-status]').getAttribute('aria-live')).toBe('polite');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${site.origin}/2020/domeinen/#grafiek-domeinen`);
    // The link also went to the chart.
    expect(new URL(page.url()).hash).toBe('#grafiek-domeinen');

    const opened = await page.context().newPage();
    await opened.goto(copied);
    const top = await opened.locator('#grafiek-domeinen').evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(100);
    // It opens on the chart, not on the table.
    await expect.poll(() => opened.locator('#grafiek-domeinen').getAttribute('data-view')).toBe('grafiek');

    // A link to the chart that stood on the year page before lands on the same amounts there, the domain cards.
    await opened.goto(`${site.origin}/2020/#grafiek-domeinen`);
    const cards = opened.locator('#grafiek-domeinen');
    await expect(cards.evaluate((element) => element.localName)).resolves.toBe('ul');
    const cardsTop = await cards.evaluate((element) => element.getBoundingClientRect().top);
    expect(cardsTop).toBeGreaterThanOrEqual(-1);
    expect(cardsTop).toBeLessThan(100);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('"Insluiten" opens by keyboard and "Kopieer code" copies the iframe of the embed page', async () => {
    const { page, consoleErrors, close } = await openPage(site.browser, CLIPBOARD);
    await page.goto(`${site.origin}/documenten/kerntakendiscussie-2024/`);
    const chart = page.locator('chart-figure#grafiek-pijlers-aandeel-kosten');
    const code = chart.getByLabel('Code om deze grafiek op uw eigen website te zetten');
    expect(await code.isVisible()).toBe(false);
    await chart.locator('summary', { hasText: 'Insluiten' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => code.isVisible()).toBe(true);
    await chart.getByRole('button', { name: 'Kopieer code' }).click();
    await expect.poll(() => chart.locator('[data-share-status]').textContent()).toBe('Code gekopieerd');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await code.inputValue());
    expect(copied).toMatch(
      /^<iframe src="https:\/\/twentebegroting\.nl\/insluiten\/kerntakendiscussie-2024-pijlers-aandeel-kosten\/" title="[^"]+" width="100%" height="\d+" loading="lazy"><\/iframe>$/,
    );
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('fits at 320 px with the embed code open, and leaves the toolbar off paper', async () => {
    const { page, close } = await openPage(site.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(`${site.origin}/gemeenten/`);
    for (const summary of await page.locator('chart-share summary').all()) if (await summary.isVisible()) await summary.click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.emulateMedia({ media: 'print' });
    for (const share of await page.locator('chart-share').all()) expect(await share.isVisible()).toBe(false);
    await close();
  });
});

describe('embedding a chart on another site', () => {
  it('sends embed pages with frame-ancestors * and no X-Frame-Options, other pages with neither allowed', async () => {
    const embed = await fetch(`${site.origin}/insluiten/2020-domeinen/`);
    expect(embed.headers.get('content-security-policy')).toBe("frame-ancestors *; object-src 'none'; base-uri 'self'");
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(embed.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await fetch(`${site.origin}/2020/`);
    expect(page.headers.get('content-security-policy')).toBe("frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  it('shows an embed page in a frame on another origin: chart drawn, table and source there, toggle working', async () => {
    const { page, consoleErrors, close } = await openPage(site.browser);
    const frame = await framed(page, '/insluiten/2020-domeinen/');
    expect(frame.url()).toBe(`${site.origin}/insluiten/2020-domeinen/`);
    await expect.poll(() => frame.locator('chart-figure canvas[data-rendered="true"]').count()).toBe(1);
    expect(await frame.locator('h1').textContent()).toBe('Bijdrage van de gemeenten per domein, 2020');
    expect(await frame.locator('table tbody tr').count()).toBe(5);
    expect(await frame.locator('.source-note').textContent()).toContain('Programmabegroting 2020');
    await frame.getByRole('button', { name: 'Toon als tabel' }).click();
    await expect.poll(() => frame.locator('table').isVisible()).toBe(true);
    const back = frame.getByRole('link', { name: /Bekijk op Twente begroting/ });
    expect(await back.getAttribute('target')).toBe('_blank');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('refuses a normal page of the site in a frame on another origin', async () => {
    const { page, close } = await openPage(site.browser);
    const frame = await framed(page, '/2020/');
    // Chromium replaces a refused frame by its error page (it reports the refusal in DevTools' Issues,
    // not on the console); nothing of the site shows. The test above frames an embed page the same way.
    expect(frame.url()).toMatch(/^chrome-error:/);
    expect(await frame.locator('chart-figure, .site-header, main#inhoud').count()).toBe(0);
    await close();
  });
});
