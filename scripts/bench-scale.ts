// `node scripts/bench-scale.ts [sizes...] [--herhaal=N] [--keep]`: how the build scales with the number of pages.
// Builds the real content and, for each size (default 500 2000 5000), the real content plus synthetic
// years (scripts/lib/synthetic-content.ts), each in a throw-away copy of the project. Measures build
// wall time, peak memory, HTML pages in dist/, the time of the pagefind step and the index size;
// prints a table and writes bench/scale.json. Every build starts with an empty cache of preview images
// (deelkaarten, src/cards/card-cache.ts): "cold". The largest size is then built once more in a fresh
// copy with the cache the first build filled ("warm"), as a later build of a changed site would be; the
// target of 45 s for 5.000 pages is judged on that warm build. --herhaal=N builds each size N times and
// judges the median (build times on a shared machine vary); --keep keeps the temporary folders.
import { execFile, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { benchSearch } from './bench-search.ts';
import { copyProject } from './lib/project-copy.ts';
import { writeSyntheticContent, type SyntheticSummary } from './lib/synthetic-content.ts';
import { median } from './lib/median.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TIME = '/usr/bin/time';
const DEFAULT_SIZES = [500, 2000, 5000];
/** The target from the performance issue: 5.000 pages in under 45 s on 2 cores (with a warm card cache). */
const TARGET_5000_S = 45;
const POLL_MS = 250;

type CardCache = 'cold' | 'warm';

interface Run {
  /** "real" for the real content, otherwise the target number of pages. */
  label: string;
  target: number | null;
  /** The cache of preview images at the start: empty ("cold") or filled by the build before ("warm"). */
  cardCache: CardCache;
  /** Preview images drawn (not read from the cache): new files in the cache folder. */
  cardsDrawn: number | null;
  ok: boolean;
  error?: string;
  synthetic?: SyntheticSummary;
  /** HTML files in dist/. */
  pages: number;
  /** Pages pagefind indexed, from its log line. */
  indexedPages: number | null;
  buildS: number;
  sPer1000Pages: number;
  /** Largest resident set of one process (node or the pagefind binary), from /usr/bin/time -v. */
  peakRssMb: number | null;
  /** Largest sum of the resident sets of the build's whole process tree, sampled every 250 ms with ps. */
  peakTreeRssMb: number | null;
  /** Seconds per step, from the arrival time of the build's log lines (null when a line was missing). */
  phasesS: {
    contentSync: number | null;
    bundle: number | null;
    renderPages: number | null;
    pagefind: number | null;
    /** After the render, before pagefind: CSP and base path per page. */
    finish: number | null;
  };
  /** Median ms from typing to the first result in Chromium (largest size only). */
  searchMedianMs?: number | null;
  /** Bytes loaded from opening the search page to the first results: as served, and with gzip for text (see bench-search.ts). */
  searchFirstBytes?: number;
  searchFirstTransferBytes?: number;
  indexBytes: number;
  indexFiles: number;
  distBytes: number;
  folder?: string;
}

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const repeatArg = args.find((arg) => arg.startsWith('--herhaal='));
/** Builds per size: build times on a shared machine vary by 10-20 %, so the median of a few says more. */
const repeats = repeatArg ? Number(repeatArg.slice('--herhaal='.length)) : 1;
const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--keep' && arg !== repeatArg);
const sizes = args.filter((arg) => !arg.startsWith('-')).map(Number);
if (unknown.length > 0 || !Number.isInteger(repeats) || repeats < 1 || sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
  console.error('Usage: node scripts/bench-scale.ts [pages ...] [--herhaal=N] [--keep]   (default: 500 2000 5000, each built once)');
  process.exit(2);
}
if (sizes.length === 0) sizes.push(...DEFAULT_SIZES);
const hasTime = existsSync(TIME);

console.log(
  `Build at scale: real content and ${sizes.join(', ')} pages${repeats > 1 ? `, each ${repeats} times` : ''}; ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 20)} MB memory, Node ${process.version}.`,
);
console.log(
  hasTime
    ? `Peak memory: ${TIME} -v (largest process) and ps (whole process tree).`
    : `No ${TIME}: peak memory from ps only (whole process tree).`,
);

const runs: Run[] = [];
const largestSize = Math.max(...sizes);
const plan = [null, ...sizes].flatMap((target) => Array.from({ length: repeats }, (_, repeat) => ({ target, repeat })));
for (const { target, repeat } of plan) {
  // One card cache per size and repeat: empty for the first build, filled for the warm one.
  const cardCacheDir = mkdtempSync(join(tmpdir(), 'twente-scale-deelkaarten-'));
  try {
    const cold = await buildSize(target, repeat, 'cold', cardCacheDir);
    if (cold.ok && target === largestSize) await buildSize(target, repeat, 'warm', cardCacheDir);
  } finally {
    rmSync(cardCacheDir, { recursive: true, force: true });
  }
}

/** Builds the real content (target null) or a synthetic site of about `target` pages in a fresh copy. */
async function buildSize(target: number | null, repeat: number, cardCache: CardCache, cardCacheDir: string): Promise<Run> {
  const label = `${target === null ? 'real' : String(target)}${cardCache === 'warm' ? ' warm' : ''}${repeats > 1 ? ` #${repeat + 1}` : ''}`;
  process.stdout.write(`\n[${label}] copying the project${target === null ? '' : ' and writing synthetic content'}... `);
  const dir = makeCopy();
  try {
    const synthetic = target === null ? undefined : writeSyntheticContent(join(dir, 'content'), target);
    console.log(
      synthetic
        ? `${synthetic.years.length} years, ${synthetic.domains} domains, ${synthetic.coalitions} coalitions (${synthetic.expectedPages} pages expected)`
        : 'done',
    );
    process.stdout.write(`[${label}] astro build (${cardCache} card cache)... `);
    const cardsBefore = pngCount(cardCacheDir);
    const run = await measureBuild(dir, label, target, cardCache, cardCacheDir);
    run.cardsDrawn = pngCount(cardCacheDir) - cardsBefore;
    if (synthetic) run.synthetic = synthetic;
    // Search speed on the real site and the largest synthetic one, in Chromium (first build of each).
    if (run.ok && repeat === 0 && cardCache === 'cold' && (target === null || target === largestSize)) {
      const search = await benchSearch(join(dir, 'dist'));
      run.searchMedianMs = median(search.timings.map((timing) => timing.ms)) ?? null;
      run.searchFirstBytes = search.firstSearchBytes;
      run.searchFirstTransferBytes = search.firstSearchTransferBytes;
    }
    if (keep) run.folder = dir;
    runs.push(run);
    console.log(run.ok ? `${run.buildS.toFixed(1)} s, ${run.pages} pages, ${run.cardsDrawn} preview cards drawn` : `FAILED: ${run.error}`);
    return run;
  } catch (error) {
    console.log(`FAILED: ${String(error)}`);
    const run = failedRun(label, target, cardCache, String(error));
    runs.push(run);
    return run;
  } finally {
    if (keep) console.log(`[${label}] kept: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** Preview images in a card cache folder. */
function pngCount(dir: string): number {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.png')).length : 0;
}

printTable(runs);
const summary = summarise(runs.filter((run) => run.ok));
if (repeats > 1) for (const line of summary) console.log(line.text);
// Growth compares builds that all start cold (a fresh copy, an empty card cache).
const linearity = judgeLinearity(summary.filter((line) => line.cardCache === 'cold').map((line) => line.median));
console.log(`\n${linearity.verdict}`);
const largestCold = summary.find((line) => line.target === 5000 && line.cardCache === 'cold');
const largestWarm = summary.find((line) => line.target === 5000 && line.cardCache === 'warm');
if (largestWarm) {
  const verdict = largestWarm.medianS < TARGET_5000_S ? 'met' : 'NOT met';
  const times = (line: (typeof summary)[number]) => `${repeats > 1 ? `median of ${line.builds}: ` : ''}${line.medianS.toFixed(1)} s`;
  console.log(
    `Target: 5,000 pages in under ${TARGET_5000_S} s on ${cpus().length} cores with a warm card cache: ${verdict} (${times(largestWarm)}${largestCold ? `; with a cold card cache ${times(largestCold)}` : ''}).`,
  );
}

mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench', 'scale.json'),
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      machine: { cores: cpus().length, memoryMb: Math.round(totalmem() / 2 ** 20), node: process.version, platform: process.platform },
      method: {
        buildS: 'wall time of `astro build` as a child process, from spawn to exit',
        cardCache:
          'cold: an empty cache of preview images (CARD_CACHE_DIR); warm: a fresh copy of the same site with the cache its cold build filled',
        cardsDrawn: 'preview images drawn rather than read from the cache: new PNG files in the cache folder',
        peakRssMb: hasTime
          ? `${TIME} -v "Maximum resident set size": the largest single process (node or pagefind), not their sum`
          : 'not measured (no /usr/bin/time)',
        peakTreeRssMb: `sum of RSS of the build's process tree, sampled every ${POLL_MS} ms with ps`,
        phasesS:
          'time between the arrival of log lines: content sync ([content] Syncing → Synced), bundle ([build] Building static entrypoints → Rearranging server assets), renderPages (generating static routes → ✓ Completed), pagefind (last "Completed in" line → "[begroting:search-index] Search index")',
        synthetic: 'real content/ plus synthetic years (scripts/lib/synthetic-content.ts), marked "Synthetische testtekst"',
      },
      runs,
      summary: summary.map(({ target, cardCache, builds, medianS, minS, maxS }) => ({ target, cardCache, builds, medianS, minS, maxS })),
      linearity,
    },
    null,
    2,
  )}\n`,
);
console.log('\nWritten to bench/scale.json');
if (runs.some((run) => !run.ok)) process.exitCode = 1;

function makeCopy(): string {
  return copyProject(ROOT, 'twente-scale-');
}

async function measureBuild(dir: string, label: string, target: number | null, cardCache: CardCache, cardCacheDir: string): Promise<Run> {
  const timeFile = join(dir, 'time-v.txt');
  const astro = [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const [command, commandArgs] = hasTime ? [TIME, ['-v', '-o', timeFile, process.execPath, ...astro]] : [process.execPath, astro];
  const log = createWriteStream(join(dir, 'build.log'));
  const tail: string[] = [];
  const marks = new Map<string, number>();
  let lastCompleted: number | null = null;
  let indexedPages: number | null = null;

  const start = performance.now();
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CARD_CACHE_DIR: cardCacheDir };
  const child = spawn(command, commandArgs as string[], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const seeLine = (line: string) => {
    const at = performance.now() - start;
    log.write(`+${(at / 1000).toFixed(3).padStart(8)}s ${line}\n`);
    tail.push(line);
    if (tail.length > 60) tail.shift();
    const mark = (name: string, pattern: RegExp) => {
      if (!marks.has(name) && pattern.test(line)) marks.set(name, at);
    };
    mark('syncStart', /\[content\] Syncing content/);
    mark('syncEnd', /\[content\] Synced content/);
    mark('bundleStart', /\[build\] Building static entrypoints/);
    mark('bundleEnd', /\[build\] Rearranging server assets/);
    mark('renderStart', /generating static routes/);
    if (/Completed in/.test(line) && !marks.has('index')) {
      lastCompleted = at;
      if (marks.has('renderStart') && !marks.has('renderEnd')) marks.set('renderEnd', at);
    }
    mark('finish', /\[begroting:security-policy\] Security policy set on \d+ pages/);
    const index = /\[begroting:search-index\] Search index: (\d+) pages/.exec(line);
    if (index) {
      marks.set('index', at);
      if (lastCompleted !== null) marks.set('indexStart', lastCompleted);
      indexedPages = Number(index[1]);
    }
  };
  createInterface({ input: child.stdout }).on('line', seeLine);
  createInterface({ input: child.stderr }).on('line', seeLine);

  let peakTreeKb = 0;
  let polling = true;
  const poll = async () => {
    while (polling && child.pid !== undefined) {
      peakTreeKb = Math.max(peakTreeKb, await treeRssKb(child.pid));
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };
  const poller = poll();
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const buildMs = performance.now() - start;
  polling = false;
  await poller;
  await new Promise((resolve) => log.end(resolve));

  const span = (from: string, to: string) => {
    const a = marks.get(from);
    const b = marks.get(to);
    return a === undefined || b === undefined ? null : round((b - a) / 1000, 2);
  };
  const timeReport = hasTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
  const maxRssKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeReport)?.[1];
  const dist = join(dir, 'dist');
  const pages = existsSync(dist) ? walk(dist).filter((file) => file.endsWith('.html')).length : 0;
  const indexFiles = existsSync(join(dist, 'pagefind')) ? walk(join(dist, 'pagefind')) : [];
  const ok = status === 0;
  if (!ok) console.error(`\n[${label}] the build exited with code ${status}; last lines of its output:\n${tail.join('\n')}\n`);
  return {
    label,
    target,
    cardCache,
    cardsDrawn: null,
    ok,
    ...(ok ? {} : { error: `astro build stopte met code ${status} (zie de uitvoer hierboven)` }),
    pages,
    indexedPages,
    buildS: round(buildMs / 1000, 2),
    sPer1000Pages: pages > 0 ? round(buildMs / pages, 2) : 0,
    peakRssMb: maxRssKb ? round(Number(maxRssKb) / 1024, 0) : null,
    peakTreeRssMb: peakTreeKb > 0 ? round(peakTreeKb / 1024, 0) : null,
    phasesS: {
      contentSync: span('syncStart', 'syncEnd'),
      bundle: span('bundleStart', 'bundleEnd'),
      renderPages: span('renderStart', 'renderEnd'),
      // The finishing step (CSP, base path) runs after the render, before pagefind indexes the pages.
      pagefind: marks.has('finish') ? span('finish', 'index') : span('indexStart', 'index'),
      finish: marks.has('finish') ? span('indexStart', 'finish') : null,
    },
    indexBytes: indexFiles.reduce((sum, file) => sum + statSync(file).size, 0),
    indexFiles: indexFiles.length,
    distBytes: existsSync(dist) ? walk(dist).reduce((sum, file) => sum + statSync(file).size, 0) : 0,
  };
}

function failedRun(label: string, target: number | null, cardCache: CardCache, error: string): Run {
  const none = { contentSync: null, bundle: null, renderPages: null, pagefind: null, finish: null };
  return {
    label,
    target,
    cardCache,
    cardsDrawn: null,
    ok: false,
    error,
    pages: 0,
    indexedPages: null,
    buildS: 0,
    sPer1000Pages: 0,
    peakRssMb: null,
    peakTreeRssMb: null,
    phasesS: none,
    indexBytes: 0,
    indexFiles: 0,
    distBytes: 0,
  };
}

/** Sum of the resident set (KB) of `pid` and all its descendants, from one `ps` call. */
function treeRssKb(pid: number): Promise<number> {
  return new Promise((resolve) => {
    execFile('ps', ['-A', '-o', 'pid=,ppid=,rss='], (error, stdout) => {
      if (error) return resolve(0);
      const children = new Map<number, number[]>();
      const rss = new Map<number, number>();
      for (const line of stdout.split('\n')) {
        const [p, pp, r] = line.trim().split(/\s+/).map(Number);
        if (p === undefined || pp === undefined || r === undefined || Number.isNaN(p)) continue;
        rss.set(p, r);
        children.set(pp, [...(children.get(pp) ?? []), p]);
      }
      let total = 0;
      const stack = [pid];
      while (stack.length > 0) {
        const current = stack.pop()!;
        total += rss.get(current) ?? 0;
        stack.push(...(children.get(current) ?? []));
      }
      resolve(total);
    });
  });
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? walk(path) : entry.isFile() ? [path] : [];
  });
}

function printTable(list: Run[]): void {
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  const num = (value: number | null, digits = 1) => (value === null ? '-' : value.toFixed(digits));
  const header = [
    'size',
    'card cache',
    'drawn',
    'pages',
    'indexed',
    'build s',
    's/1000 p.',
    'peak MB',
    'tree MB',
    'render s',
    'finish s',
    'pagefind s',
    'index MB',
    'dist MB',
    'search ms',
  ];
  const rows = list.map((run) => [
    run.label,
    run.cardCache,
    run.cardsDrawn === null ? '-' : String(run.cardsDrawn),
    run.ok ? String(run.pages) : 'MISLUKT',
    run.indexedPages === null ? '-' : String(run.indexedPages),
    num(run.buildS),
    num(run.sPer1000Pages),
    run.peakRssMb === null ? '-' : String(run.peakRssMb),
    run.peakTreeRssMb === null ? '-' : String(run.peakTreeRssMb),
    num(run.phasesS.renderPages),
    num(run.phasesS.finish),
    num(run.phasesS.pagefind),
    mb(run.indexBytes),
    mb(run.distBytes),
    run.searchMedianMs === undefined || run.searchMedianMs === null ? '-' : String(run.searchMedianMs),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(`\n${line(header)}`);
  for (const row of rows) console.log(line(row));
  console.log(
    'peak MB: largest process (/usr/bin/time -v); tree MB: node + pagefind together (ps, every 250 ms); card cache: empty (cold) or filled by the build before (warm); drawn: preview cards drawn instead of read from the cache (during the render); render, finish (security policy per page) and pagefind s: from the arrival time of the log lines; search ms: median from typing to the first result in Chromium.',
  );
}

/** Per size and card cache: the run with the median build time, and the spread over the repeats. */
function summarise(list: Run[]) {
  const groups = [
    ...new Map(list.map((run) => [`${run.target}/${run.cardCache}`, { target: run.target, cardCache: run.cardCache }])).values(),
  ];
  return groups.map(({ target, cardCache }) => {
    const builds = list.filter((run) => run.target === target && run.cardCache === cardCache).sort((a, b) => a.buildS - b.buildS);
    const middle = builds[Math.floor((builds.length - 1) / 2)]!;
    const medianS = round(median(builds.map((run) => run.buildS)) ?? middle.buildS, 2);
    const minS = builds[0]!.buildS;
    const maxS = builds[builds.length - 1]!.buildS;
    const name = `${target === null ? 'real content' : `${target} pages`}${cardCache === 'warm' ? ', warm card cache' : ''}`;
    return {
      target,
      cardCache,
      builds: builds.length,
      medianS,
      minS,
      maxS,
      median: middle,
      text: `${name}: median ${medianS.toFixed(1)} s (${minS.toFixed(1)}–${maxS.toFixed(1)} s) over ${builds.length} builds`,
    };
  });
}

/**
 * Linear growth means a fixed start-up cost plus a constant cost per page. Seconds per 1000 pages
 * hide that (the start-up weighs most in small builds), so this compares the marginal cost: extra
 * seconds per extra 1000 pages between consecutive sizes.
 */
function judgeLinearity(list: Run[]) {
  const sorted = [...list].sort((a, b) => a.pages - b.pages);
  const marginal: { from: number; to: number; sPer1000Pages: number; renderSPer1000Pages: number | null }[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (b.pages - a.pages < 100) continue;
    const per = (x: number | null, y: number | null) =>
      x === null || y === null ? null : round(((y - x) / (b.pages - a.pages)) * 1000, 2);
    marginal.push({
      from: a.pages,
      to: b.pages,
      sPer1000Pages: per(a.buildS, b.buildS)!,
      renderSPer1000Pages: per(a.phasesS.renderPages, b.phasesS.renderPages),
    });
  }
  let verdict: string;
  if (marginal.length < 2) {
    verdict = 'Too few sizes to judge the growth (needs at least two steps, such as 500 2000 5000).';
  } else {
    const first = marginal[0]!.sPer1000Pages;
    const last = marginal[marginal.length - 1]!.sPer1000Pages;
    const ratio = round(last / first, 2);
    const steps = marginal.map((step) => `${step.from}→${step.to}: ${step.sPer1000Pages} s`).join(', ');
    verdict =
      ratio <= 1.3
        ? `Growth about linear: extra seconds per 1000 pages ${steps} (last/first ${ratio}).`
        : `Growth faster than linear: extra seconds per 1000 pages ${steps} (last/first ${ratio}).`;
  }
  return { marginal, verdict };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
