// `npm run bench:dev`: how long `npm run dev` takes to show an edited content file on its page. Starts
// `astro dev` on a copy of the project, opens a domain page in Chromium, changes its title in the
// Markdown file, and times from the save to the new title on screen (the page reloads itself). Five
// edits; prints each and the median, and writes bench/dev.json. Goal: under a second.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';
import { copyProject } from './lib/project-copy.ts';
import { median } from './lib/median.ts';

const PORT = 4399;
const FILE = 'content/2020/domeinen/gezondheid.md';
const EDITS = 5;

const dir = copyProject(process.cwd(), 'twente-dev-');
const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT)], {
  cwd: dir,
  env: { ...process.env, ASTRO_DEV_BACKGROUND: '0', NO_COLOR: '1' },
});
let output = '';
dev.stdout?.on('data', (chunk) => (output += String(chunk)));
dev.stderr?.on('data', (chunk) => (output += String(chunk)));

const until = async (check: () => boolean | Promise<boolean>, ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out; astro dev printed:\n${output}`);
};

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium: run node scripts/ensure-chromium.mjs');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
const timings: number[] = [];
try {
  await until(() => output.includes(`localhost:${PORT}`), 60_000);
  const url = `http://localhost:${PORT}/2020/domeinen/gezondheid/`;
  await until(async () => (await fetch(url).catch(() => undefined))?.status === 200, 60_000);
  const page = await browser.newPage();
  await page.goto(url);
  const original = readFileSync(join(dir, FILE), 'utf8');
  for (let edit = 1; edit <= EDITS; edit++) {
    const title = `Gezondheid ${edit}`;
    await page.waitForTimeout(500);
    const saved = performance.now();
    writeFileSync(join(dir, FILE), original.replace(/^titel: .*$/m, `titel: ${title}`));
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor({ timeout: 30_000 });
    timings.push(Math.round(performance.now() - saved));
    console.log(`edit ${edit}: ${timings.at(-1)} ms from saving the file to the new title on the page`);
  }
} finally {
  await browser.close();
  dev.kill();
  rmSync(dir, { recursive: true, force: true });
}
const middle = median(timings);
console.log(`median ${middle} ms (goal: under 1000 ms)`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/dev.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), timings, medianMs: middle }, null, 2)}\n`);
