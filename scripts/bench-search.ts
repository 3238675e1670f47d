// Part of `npm run bench`: the size of the search index and the time from typing a query to its
// first result in Chromium, on the built site in dist/.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';
import { serveDist } from './lib/static-server.ts';

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
  let firstSearchBytes = 0;
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/pagefind/')) {
      void response.body().then(
        (body) => (firstSearchBytes += body.length),
        () => undefined,
      );
    }
  });
  await page.goto(`${origin}/zoeken/`);
  // The first search loads pagefind and the index; measure it apart from later ones.
  const timings: { query: string; ms: number }[] = [];
  for (const query of QUERIES) {
    await page.fill('#zoekterm', '');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length === 0);
    const ms = await page.evaluate(async (text) => {
      const input = document.querySelector<HTMLInputElement>('#zoekterm');
      if (!input) return -1;
      const start = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise<void>((resolve) => {
        const check = () => (document.querySelector('[data-search-results] li') ? resolve() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - start;
    }, query);
    timings.push({ query, ms: Math.round(ms) });
    if (timings.length === 1) await page.waitForTimeout(200);
  }
  await browser.close();
  server.close();
  return { indexBytes, firstSearchBytes, timings };
}
