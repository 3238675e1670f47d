import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, COLOUR_RULES } from '../helpers/axe.ts';
import { chartsInViewDrawn, openPage } from '../helpers/browser.ts';
import { embedUrls, pageUrls } from '../helpers/dist.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
/** Every built page, the 404 page and the embed pages (/insluiten/) too; read when the tests run, after the build. */
const allPages = () => [...pageUrls(), ...embedUrls(), '/404.html'];

/**
 * Loads every page in one browser page and runs `visit` on each. One page, not several side by side:
 * on 2 cores Chromium's renderer already keeps both busy (axe on its main thread, layout and raster on
 * others). Measured over the 97 pages: 1 page 48 s, 2 pages 57 s, 4 pages 62 s.
 */
async function walkPages(options: Parameters<typeof openPage>[1], visit: (page: Page, url: string) => Promise<void>): Promise<void> {
  const { page, close } = await openPage(site.browser, options);
  for (const url of allPages()) {
    await page.goto(`${site.origin}${url}`);
    await visit(page, url);
  }
  await close();
}

/**
 * What one walk over every page finds: axe violations in light and in dark mode (in dark mode only
 * the colour rules: nothing else changes with the scheme, see COLOUR_RULES), and sideways scrolling
 * at 320 px. Each page is loaded once and then switched to dark mode and to 320 px in place (the page
 * redraws as it would for a reader who changes these), instead of three walks that load every page
 * three times.
 */
interface Findings {
  light: string[];
  dark: string[];
  reflow: string[];
}
let findings: Promise<Findings> | undefined;
function walkOnce(): Promise<Findings> {
  findings ??= (async () => {
    const light: string[] = [];
    const dark: string[] = [];
    const reflow: string[] = [];
    const lines = (url: string, scheme: string, found: Awaited<ReturnType<typeof axeViolations>>) =>
      found.map((violation) => `${url} (${scheme}): ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    await walkPages({ colorScheme: 'light' }, async (page, url) => {
      // axe checks the charts a reader sees as drawn (on embed pages the chart is the first thing).
      await chartsInViewDrawn(page);
      light.push(...lines(url, 'light', await axeViolations(page)));
      await page.emulateMedia({ colorScheme: 'dark' });
      dark.push(...lines(url, 'dark', await axeViolations(page, { rules: COLOUR_RULES })));
      await page.setViewportSize({ width: 320, height: 640 });
      // Charts follow a new width on the next frames (a ResizeObserver): an overflow must outlast them.
      const overflow = await page.evaluate(async () => {
        const measure = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;
        for (let tries = 0; tries < 20 && measure() > 0; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
        return measure();
      });
      if (overflow > 0) reflow.push(`${url}: ${overflow}px`);
      // Back to the walk's start for the next page.
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1280, height: 900 });
    });
    return { light: light.sort(), dark: dark.sort(), reflow: reflow.sort() };
  })();
  return findings;
}

describe('accessibility', () => {
  it('uses an axe set-up that does find violations', async () => {
    const { page, close } = await openPage(site.browser);
    await page.setContent('<!doctype html><html lang="nl"><title>x</title><main><img src="x.png"></main></html>');
    const violations = await axeViolations(page);
    await close();
    expect(violations.map((violation) => violation.id)).toContain('image-alt');
  });

  // The walk visits every page in the sitemap (the first of these tests waits for it): allow it time as the site grows.
  it('has zero axe violations on every page, in light mode', { timeout: 300_000 }, async () => {
    expect(embedUrls().length).toBeGreaterThan(0);
    expect((await walkOnce()).light).toEqual([]);
  });

  it('has zero axe violations on every page, in dark mode', { timeout: 300_000 }, async () => {
    expect((await walkOnce()).dark).toEqual([]);
  });

  it('reflows at 320 px: no page scrolls sideways', { timeout: 300_000 }, async () => {
    expect((await walkOnce()).reflow).toEqual([]);
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
