import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { errorsAfter, type Edits } from '../helpers/content-copy.ts';
import { buildEnvironment, siteCopy, type SiteCopy } from '../helpers/site-copy.ts';
import { INPUT_CASES } from '../fixtures/content-input.ts';
import type { Browser } from 'playwright-core';

// The same mistakes give the same list in all three ways staff meet it: `npm run check:content`,
// `astro build` and `astro dev` (terminal and error overlay); fixed, the dev page comes back.
// Written the other ways of tests/fixtures/content-input.ts (BOM, CRLF, unquoted date), files still work.
const CASES = [
  'a date with or without quotes is the same date',
  'a byte-order mark before the first line is ignored',
  'Windows line endings (CRLF) read like Unix ones',
  'an unquoted year where a date is text gets the fix with quotes',
  'an amount with thousands separators gets the amount without them',
  'a key figure with thousands separators gets the number without them',
  'yes, on and ja for a true-or-false field get true',
  'a tab as indentation is named',
];
const edits: Edits = {};
for (const name of CASES) {
  const input = INPUT_CASES.find((candidate) => candidate.name === name);
  if (!input) throw new Error(`No input case "${name}"`);
  for (const [file, edit] of Object.entries(input.edits)) {
    const before = edits[file];
    edits[file] = before ? (text) => edit(before(text)) : edit;
  }
}
// In the order every command prints them: by file, then position.
const expected = errorsAfter(edits).sort(byPlace);
const ROOT = resolve('.');
const PORT = 4391;
const LOCATED = /^content\/\S+:\d+:\d+ {2}.*$/gm;

let site: SiteCopy;
let browser: Browser;
let dev: ChildProcess | undefined;
let devOutput = '';

beforeAll(async () => {
  site = siteCopy();
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(site.dir, 'content', file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  dev?.kill();
  await browser?.close();
  site?.cleanup();
});

describe('a content mistake, in each command', () => {
  it('gives the errors the fixtures expect (one per case, every case)', () => {
    expect(expected.length).toBe(INPUT_CASES.filter((input) => CASES.includes(input.name)).flatMap((input) => input.errors).length);
  });

  it('npm run check:content lists them', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], { cwd: site.dir, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.match(LOCATED)).toEqual(expected);
  });

  it('astro build stops with the same list', () => {
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    expect(output).toContain(`De inhoud bevat ${expected.length} fouten`);
    expect(output.match(LOCATED)).toEqual(expected);
  }, 120_000);

  it('astro dev shows the same list in the terminal and on the page, the page once the files are fixed, and a new mistake at once', async () => {
    dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT)], {
      cwd: site.dir,
      env: { ...devEnvironment(), ASTRO_DEV_BACKGROUND: '0', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    dev.stdout?.on('data', (chunk) => (devOutput += String(chunk)));
    dev.stderr?.on('data', (chunk) => (devOutput += String(chunk)));
    await until(() => devOutput.includes(`localhost:${PORT}`), 40_000);
    await until(() => (devOutput.match(LOCATED) ?? []).length >= expected.length, 20_000);
    expect(devOutput.match(LOCATED)).toEqual(expected);

    // Vite may restart once after its first start (it optimises dependencies); until then, no page.
    await until(async () => (await fetch(`http://localhost:${PORT}/2020/`)).status !== 404, 30_000);

    const { page, close } = await openPage(browser);
    try {
      const response = await page.goto(`http://localhost:${PORT}/2020/`, { waitUntil: 'commit' });
      expect(response?.status()).toBe(500);
      const overlay = page.locator('vite-error-overlay');
      await overlay.waitFor({ state: 'attached', timeout: 20_000 });
      const shown = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '');
      for (const line of expected) expect(shown).toContain(line);

      // The staff member fixes the files: the open page reloads itself and shows the year, without a restart.
      // Only the files that were broken, as staff save them (a copy of the whole folder touches every file).
      for (const file of Object.keys(edits)) cpSync(join(ROOT, 'content', file), join(site.dir, 'content', file));
      await page.getByRole('heading', { level: 1, name: /2020/ }).waitFor({ timeout: 30_000 });
      await expect(page.locator('vite-error-overlay').count()).resolves.toBe(0);

      // A file that breaks while the page is open shows its error at once, without reloading by hand.
      const domain = join(site.dir, 'content/2020/domeinen/gezondheid.md');
      writeFileSync(domain, readFileSync(domain, 'utf8').replace(/^bijdrage: .*$/m, 'bijdrage: veel'));
      const again = page.locator('vite-error-overlay');
      await again.waitFor({ state: 'attached', timeout: 20_000 });
      await expect(again.evaluate((element) => element.shadowRoot?.textContent ?? '')).resolves.toContain(
        'content/2020/domeinen/gezondheid.md:9:11  bijdrage:',
      );
    } finally {
      await close();
    }
  }, 120_000);
});

/** Without vitest's variables: with VITEST or NODE_ENV=test set, Astro's dev server serves no pages. */
function devEnvironment(): NodeJS.ProcessEnv {
  const env = buildEnvironment();
  for (const key of Object.keys(env)) if (/^VITEST|^TEST$|^NODE_ENV$/.test(key)) delete env[key];
  return env;
}

function byPlace(a: string, b: string): number {
  const place = (line: string) => /^(\S+?):(\d+):(\d+)/.exec(line)?.slice(1) ?? [line, '0', '0'];
  const [fileA = '', lineA, columnA] = place(a);
  const [fileB = '', lineB, columnB] = place(b);
  return fileA.localeCompare(fileB) || Number(lineA) - Number(lineB) || Number(columnA) - Number(columnB);
}

async function until(ready: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`Timed out; dev server said:\n${devOutput}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}
