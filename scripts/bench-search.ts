// Part of `npm run bench`: the size of the search index and the time from typing a query to its
// first result in Chromium, on the built site in dist/.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';
import { serveDist } from './lib/static-server.ts';

/** Time between two keystrokes of a quick typist, in ms. */
const KEY_DELAY = 120;

const QUERIES = ['ggd', 'fietspaden', 'jeugdhulp', 'oldenzaal', '18.165.000', 'energie', 'kennispunt', 'huiselijk geweld'];

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((total, name) => {
    const path = join(dir, name);
    return total + (statSync(path).isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

export async function benchSearch(dist = 'dist') {
  const indexBytes = folderBytes(join(dist, 'pagefind'));
  const executablePath = findChromium();
  if (!executablePath) return { indexBytes, firstSearchBytes: 0, timings: [], note: 'no Chromium: run node scripts/ensure-chromium.mjs' };
  const { origin, server } = await serveDist(dist);
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_FLAGS,
  });
  const page = await (await browser.newContext()).newPage();
  let loadedBytes = 0;
  let firstSearchBytes = 0;
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/pagefind/')) {
      void response.body().then(
        (body) => (loadedBytes += body.length),
        () => undefined,
      );
    }
  });
  await page.goto(`${origin}/zoeken/`);
  // A reader starts typing a moment after the page opened: by then the search page has loaded
  // pagefind (its filters show). Measured from there.
  await page.locator('.search-filters:not([hidden])').waitFor();
  // Typed key by key, as a reader does (KEY_DELAY ms between keys): the time from the last keystroke
  // until the results for the whole query are on screen. The first query also loads pagefind.
  const timings: { query: string; ms: number }[] = [];
  for (const query of QUERIES) {
    await page.fill('#zoekterm', '');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length === 0);
    await page.evaluate((text) => {
      const input = document.querySelector<HTMLInputElement>('#zoekterm');
      const status = document.querySelector('[data-search-status]');
      const found = window as unknown as { lastKey: number; shown: Promise<number> };
      input?.addEventListener('input', () => (found.lastKey = performance.now()));
      found.shown = new Promise<number>((resolve) => {
        const done = () => status?.textContent?.includes(`"${text}"`) && document.querySelector('[data-search-results] li');
        new MutationObserver((_, observer) => {
          if (!done()) return;
          observer.disconnect();
          resolve(performance.now());
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    }, query);
    await page.type('#zoekterm', query, { delay: KEY_DELAY });
    const ms = await page.evaluate(async () => {
      const found = window as unknown as { lastKey: number; shown: Promise<number> };
      return (await found.shown) - found.lastKey;
    });
    timings.push({ query, ms: Math.round(ms) });
    // Everything of the search loaded before the first results showed: pagefind, its index and fragments.
    if (timings.length === 1) firstSearchBytes = loadedBytes;
  }
  await browser.close();
  server.close();
  return { indexBytes, firstSearchBytes, timings };
}
