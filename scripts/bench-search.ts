// Part of `npm run bench`: the size of the search index and the time from typing a query to its
// first result in Chromium, on the built site in dist/. `npm run bench:zoeken` also asks the search
// page the questions of tests/fixtures/search-questions.ts and prints how often a page that answers
// one is among the first three results, with the misses.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';
import { serveDist } from './lib/static-server.ts';
import { median } from './lib/median.ts';
import { SEARCH_QUESTIONS } from '../tests/fixtures/search-questions.ts';

/** Time between two keystrokes of a quick typist, in ms. */
const KEY_DELAY = 120;

const QUERIES = ['ggd', 'fietspaden', 'jeugdhulp', 'oldenzaal', '18.165.000', 'energie', 'kennispunt', 'huiselijk geweld'];

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((total, name) => {
    const path = join(dir, name);
    return total + (statSync(path).isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

/** One file of the search, loaded before the first results: its size as served, and as a host that compresses text sends it. */
export interface LoadedFile {
  path: string;
  bytes: number;
  /**
   * gzip size for text (JavaScript, JSON), as every static host sends it; pagefind's index, fragments
   * and wasm are gzip files already, so they travel as they are.
   */
  transferBytes: number;
}

const transferSize = (path: string, body: Buffer) => (/\.(js|json|html)$/.test(path) ? gzipSync(body, { level: 6 }).length : body.length);

export async function benchSearch(dist = 'dist') {
  const indexBytes = folderBytes(join(dist, 'pagefind'));
  const executablePath = findChromium();
  if (!executablePath)
    return {
      indexBytes,
      firstSearchBytes: 0,
      firstSearchTransferBytes: 0,
      firstSearchFiles: [],
      timings: [],
      note: 'no Chromium: run node scripts/ensure-chromium.mjs',
    };
  const { origin, server } = await serveDist(dist);
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_FLAGS,
  });
  const page = await (await browser.newContext()).newPage();
  const loaded: LoadedFile[] = [];
  let firstSearchFiles: LoadedFile[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/pagefind/')) {
      void response.body().then(
        (body) => loaded.push({ path, bytes: body.length, transferBytes: transferSize(path, body) }),
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
    if (timings.length === 1) firstSearchFiles = [...loaded];
  }
  await browser.close();
  server.close();
  const sum = (pick: (file: LoadedFile) => number) => firstSearchFiles.reduce((total, file) => total + pick(file), 0);
  return {
    indexBytes,
    firstSearchBytes: sum((file) => file.bytes),
    firstSearchTransferBytes: sum((file) => file.transferBytes),
    firstSearchFiles,
    timings,
  };
}

/** Prints what benchSearch measured. */
export function printSearch(search: Awaited<ReturnType<typeof benchSearch>>): number | undefined {
  const middle = median(search.timings.map((timing) => timing.ms));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`\nSearch index: ${kb(search.indexBytes)} in pagefind/.`);
  console.log(
    `Loaded from opening the search page to the first results: ${kb(search.firstSearchBytes)} as served, ${kb(search.firstSearchTransferBytes)} with gzip for text:`,
  );
  for (const file of search.firstSearchFiles)
    console.log(`  ${file.path.padEnd(52)} ${kb(file.bytes).padStart(9)} ${kb(file.transferBytes).padStart(9)}`);
  console.log('From the last keystroke to the results on screen (ms; typed key by key, 120 ms apart, once the search page has loaded):');
  for (const timing of search.timings) console.log(`  ${timing.query.padEnd(18)} ${String(timing.ms).padStart(5)}`);
  if (middle !== undefined) console.log(`  median             ${String(middle).padStart(5)}`);
  return middle;
}

/** How many results count as found: what a reader sees on a phone without scrolling. */
const TOP = 3;

/** One question asked on the search page: the first results and the spelling suggestion shown, if any. */
export interface QuestionResult {
  question: string;
  expected: string[];
  top: string[];
  suggestion: string;
  hit: boolean;
}

/**
 * Asks the search page each question of tests/fixtures/search-questions.ts, as a shared link
 * (/zoeken/?q=...), in Chromium on the built site: the page's own query handling counts.
 */
export async function benchQuestions(dist = 'dist'): Promise<QuestionResult[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run node scripts/ensure-chromium.mjs');
  const { origin, server } = await serveDist(dist);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  const page = await (await browser.newContext()).newPage();
  const results: QuestionResult[] = [];
  for (const { vraag, paginas } of SEARCH_QUESTIONS) {
    await page.goto(`${origin}/zoeken/?q=${encodeURIComponent(vraag)}`);
    // Done when the status names the question (the results and any suggestion are then in place).
    await page.waitForFunction((query) => document.querySelector('[data-search-status]')?.textContent?.includes(`"${query}"`), vraag);
    const top = await page
      .locator('[data-search-results] h2 a')
      .evaluateAll((links, count) => links.slice(0, count).map((link) => new URL((link as HTMLAnchorElement).href).pathname), TOP);
    const suggestion = (await page.locator('[data-search-suggestion]').count())
      ? ((await page.locator('[data-search-suggestion]').textContent()) ?? '')
      : '';
    results.push({
      question: vraag,
      expected: paginas,
      top,
      suggestion: suggestion.trim(),
      hit: top.some((path) => paginas.includes(path)),
    });
  }
  await browser.close();
  server.close();
  return results;
}

/** Prints the hit rate and the misses; returns the rate (0-1). */
export function printQuestions(results: QuestionResult[]): number {
  const hits = results.filter((result) => result.hit).length;
  const rate = results.length ? hits / results.length : 0;
  console.log(`\nQuestions answered among the first ${TOP} results: ${hits} of ${results.length} (${Math.round(rate * 100)}%).`);
  const misses = results.filter((result) => !result.hit);
  if (misses.length) console.log('Misses (question -> first results; pages that answer it):');
  for (const miss of misses) {
    const suggestion = miss.suggestion ? ` [suggestion: ${miss.suggestion}]` : '';
    console.log(`  ${miss.question} -> ${miss.top.join(', ') || '(none)'}; expected ${miss.expected.join(' or ')}${suggestion}`);
  }
  return rate;
}

// `node scripts/bench-search.ts [dist folder]`: the questions and the speed, for example on a kept scale build.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  printQuestions(await benchQuestions(dist));
  printSearch(await benchSearch(dist));
}
