import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH.');
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}

/** A fresh page in its own context (axe needs one), collecting console errors. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; consoleErrors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { page, consoleErrors, close: () => context.close() };
}

/**
 * Waits until every chart in the viewport is drawn: a chart near the top is drawn as soon as its code
 * arrives. Charts further down, hidden ones and ones shown as a table are not waited for.
 */
export async function chartsInViewDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('chart-figure canvas')].every((canvas) => {
      const box = canvas.getBoundingClientRect();
      const shown = canvas.getClientRects().length > 0 && box.bottom > 0 && box.top < innerHeight;
      return !shown || canvas.dataset.rendered === 'true';
    }),
  );
}
