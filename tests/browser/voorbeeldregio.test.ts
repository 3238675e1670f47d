import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, COLOUR_RULES } from '../helpers/axe.ts';
import { chartsInViewDrawn, openPage } from '../helpers/browser.ts';
import { buildExampleSite } from '../helpers/example-site.ts';
import { useSite } from '../helpers/site.ts';
import { adminPath } from '../../src/lib/paths.ts';

// The fictional example of another joint arrangement (tests/fixtures/voorbeeldregio), built from its own
// folder: every page of it passes axe, as the pages of the real site do (tests/browser/accessibility.test.ts).
let example: ReturnType<typeof buildExampleSite>;
beforeAll(() => {
  example = buildExampleSite();
  if (example.result.status !== 0) throw new Error(example.result.output);
}, 120_000);
afterAll(() => example?.cleanup());
const site = useSite(() => example.dist);

/** Every HTML file of the example as the address it is served at. */
const urls = (dir: string, prefix = '/'): string[] =>
  readdirSync(dir).flatMap((name) => {
    if (statSync(join(dir, name)).isDirectory()) return urls(join(dir, name), `${prefix}${name}/`);
    if (!name.endsWith('.html')) return [];
    return [name === 'index.html' ? prefix : `${prefix}${name}`];
  });

describe('the fictional example in a browser', () => {
  it('has zero axe violations on every page, in light and dark mode', async () => {
    // Not the staff's CMS: tests/browser/beheer.test.ts checks it, with what comes from Decap CMS itself.
    const pages = urls(example.dist).filter((url) => url !== adminPath());
    expect(pages.length).toBeGreaterThan(15);
    const { page, close } = await openPage(site.browser, { colorScheme: 'light' });
    const found: string[] = [];
    for (const url of pages) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${site.origin}${url}`);
      await chartsInViewDrawn(page);
      for (const violation of await axeViolations(page)) found.push(`${url} (light): ${violation.id}`);
      await page.emulateMedia({ colorScheme: 'dark' });
      for (const violation of await axeViolations(page, { rules: COLOUR_RULES })) found.push(`${url} (dark): ${violation.id}`);
    }
    await close();
    expect(found).toEqual([]);
  }, 120_000);
});
