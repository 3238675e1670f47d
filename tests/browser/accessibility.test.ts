import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { openPage } from '../helpers/browser.ts';
import { embedUrls, pageUrls } from '../helpers/dist.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
/** Every built page, the 404 page and the embed pages too; read when the tests run, after the build. */
const allPages = () => [...pageUrls(), ...embedUrls(), '/404.html'];

/** How many browser pages walk the site at once: axe is slow, and the site keeps growing. */
const WORKERS = 4;

/** Runs `visit` on every page, spread over a few browser pages, and collects what it reports. */
async function walkPages(
  options: Parameters<typeof openPage>[1],
  visit: (page: Page, url: string) => Promise<string[]>,
): Promise<string[]> {
  const queue = [...allPages()];
  const found: string[] = [];
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      const { page, close } = await openPage(site.browser, options);
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        await page.goto(`${site.origin}${url}`);
        found.push(...(await visit(page, url)));
      }
      await close();
    }),
  );
  return found.sort();
}

/** axe violations of every page as short readable lines. */
function violations(colorScheme: 'light' | 'dark'): Promise<string[]> {
  return walkPages({ colorScheme }, async (page, url) => {
    return (await axeViolations(page)).map(
      (violation) => `${url} (${colorScheme}): ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
}

describe('accessibility', () => {
  it('uses an axe set-up that does find violations', async () => {
    const { page, close } = await openPage(site.browser);
    await page.setContent('<!doctype html><html lang="nl"><title>x</title><main><img src="x.png"></main></html>');
    const violations = await axeViolations(page);
    await close();
    expect(violations.map((violation) => violation.id)).toContain('image-alt');
  });

  // Each walk visits every page in the sitemap: allow it time as the site grows.
  it('has zero axe violations on every page, in light mode', { timeout: 240_000 }, async () => {
    expect(await violations('light')).toEqual([]);
  });

  it('has zero axe violations on every page, in dark mode', { timeout: 240_000 }, async () => {
    expect(await violations('dark')).toEqual([]);
  });

  it('reflows at 320 px: no page scrolls sideways', async () => {
    const wide = await walkPages({ viewport: { width: 320, height: 640 } }, async (page, url) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      return overflow > 0 ? [`${url}: ${overflow}px`] : [];
    });
    expect(wide).toEqual([]);
  });

  it('stays readable at 200% zoom (640 px wide at twice the text size)', async () => {
    const { page, close } = await openPage(site.browser, { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const clipped: string[] = [];
    for (const url of ['/', '/2020/domeinen/gezondheid/', '/2020/coalities/twentse-kracht/', '/gemeenten/']) {
      await page.goto(`${site.origin}${url}`);
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
