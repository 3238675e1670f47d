import AxeBuilder from '@axe-core/playwright';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { pageUrls, requireDist } from '../helpers/dist.ts';
import { serveDist } from '../helpers/static-server.ts';

let browser: Browser;
let server: Server;
let origin: string;
const urls = [...pageUrls(), '/404.html'];

beforeAll(async () => {
  requireDist();
  ({ server, origin } = await serveDist());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe violations as short readable lines. */
async function violations(url: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
  const { page, close } = await openPage(browser, { colorScheme });
  await page.goto(`${origin}${url}`);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  await close();
  return results.violations.map((violation) => `${url} (${colorScheme}): ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('accessibility', () => {
  it('has zero axe violations on every page, in light mode', async () => {
    const found: string[] = [];
    for (const url of urls) found.push(...(await violations(url, 'light')));
    expect(found).toEqual([]);
  });

  it('has zero axe violations on every page, in dark mode', async () => {
    const found: string[] = [];
    for (const url of urls) found.push(...(await violations(url, 'dark')));
    expect(found).toEqual([]);
  });

  it('reflows at 320 px: no page scrolls sideways', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const url of urls) {
      await page.goto(`${origin}${url}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${url}: ${overflow}px`);
    }
    await close();
    expect(wide).toEqual([]);
  });

  it('stays readable at 200% zoom (640 px wide at twice the text size)', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const clipped: string[] = [];
    for (const url of ['/', '/2020/domeinen/gezondheid/', '/2020/coalities/twentse-kracht/', '/gemeenten/']) {
      await page.goto(`${origin}${url}`);
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) clipped.push(`${url}: ${overflow}px`);
    }
    await close();
    expect(clipped).toEqual([]);
  });
});
