import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { pageUrls } from '../helpers/dist.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
/** Every built page, the 404 page too; read when the tests run, after the build. */
const allPages = () => [...pageUrls(), '/404.html'];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe violations of every page as short readable lines; one browser page visits them all. */
async function violations(colorScheme: 'light' | 'dark'): Promise<string[]> {
  const { page, close } = await openPage(site.browser, { colorScheme });
  const found: string[] = [];
  for (const url of allPages()) {
    await page.goto(`${site.origin}${url}`);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    found.push(
      ...results.violations.map(
        (violation) => `${url} (${colorScheme}): ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    );
  }
  await close();
  return found;
}

describe('accessibility', () => {
  it('uses an axe set-up that does find violations', async () => {
    const { page, close } = await openPage(site.browser);
    await page.setContent('<!doctype html><html lang="nl"><title>x</title><main><img src="x.png"></main></html>');
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    await close();
    expect(results.violations.map((violation) => violation.id)).toContain('image-alt');
  });

  it('has zero axe violations on every page, in light mode', async () => {
    expect(await violations('light')).toEqual([]);
  });

  it('has zero axe violations on every page, in dark mode', async () => {
    expect(await violations('dark')).toEqual([]);
  });

  it('reflows at 320 px: no page scrolls sideways', async () => {
    const { page, close } = await openPage(site.browser, { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const url of allPages()) {
      await page.goto(`${site.origin}${url}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${url}: ${overflow}px`);
    }
    await close();
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
