// Lighthouse on one page of each kind of the built site: mobile form factor, simulated throttling
// (Lighthouse's defaults), categories performance, accessibility, best-practices and seo. Each page
// is measured `runs` times; the median per page is printed and written to bench/lighthouse.json,
// with the audits that keep a category below 100.
//
//   node scripts/bench-lighthouse.ts [runs] [folder]    (defaults: 5 runs, dist/)
//
// Builds nothing: run `npm run build` first. Needs a Chromium (scripts/find-chromium.mjs).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';
import { serveDist } from './lib/static-server.ts';
import { median as medianOf } from './lib/median.ts';

/** One page of each kind. */
export const PAGES: Record<string, string> = {
  home: '/',
  domein: '/2020/domeinen/gezondheid/',
  coalitie: '/2020/coalities/netwerkstad-twente/',
  gemeente: '/gemeenten/enschede/',
  vergelijken: '/gemeenten/',
  zoeken: '/zoeken/?q=ggd',
  'jaar-2024': '/2024/',
  document: '/documenten/kerntakendiscussie-2024/',
};

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** An audit that scored below 1 and carries weight in its category. */
export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  score: number;
  weight: number;
  /** displayValue, explanation and the first items of the audit's details. */
  summary: string;
}

export interface Run {
  scores: Record<Category, number>;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  failing: FailingAudit[];
  warnings: string[];
  /** Lighthouse's CPU benchmark for this run (higher is faster); a busy machine lowers it and raises TBT. */
  benchmarkIndex: number;
  seconds: number;
}

export interface PageResult {
  kind: string;
  url: string;
  /** Medians over the runs (each figure on its own). */
  median: { scores: Record<Category, number>; fcpMs: number; lcpMs: number; tbtMs: number; cls: number };
  /** Failing audits over all runs; `runs` says in how many runs each one failed; score and summary are the worst run's. */
  failing: (FailingAudit & { runs: number })[];
  runs: Run[];
}

export interface LighthouseBench {
  measuredAt: string;
  lighthouseVersion: string;
  chromium: string;
  /** compression: how the test server sent text (gzip as a host does, or none with --zonder-gzip). */
  settings: { formFactor: string; throttlingMethod: string; runs: number; compression: 'gzip' | 'none' };
  /** The machine's load average (1 min) when the benchmark started and ended: other work skews TBT. */
  loadAverage: { start: number; end: number; cpus: number };
  pages: PageResult[];
  seconds: number;
}

/** Every page has at least one run, so there is always a median. */
const median = (values: number[]): number => medianOf(values) ?? 0;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const clip = (text: string, length = 120) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** Diagnostics that say why a metric scored as it did. */
const EXPLAINED_BY: Record<string, string[]> = {
  'first-contentful-paint': ['render-blocking-insight'],
  'speed-index': ['render-blocking-insight'],
  'largest-contentful-paint': ['lcp-breakdown-insight', 'render-blocking-insight'],
  'total-blocking-time': ['long-tasks', 'bootup-time'],
  'cumulative-layout-shift': ['layout-shifts'],
};

/** One row of an audit's details table, in a few words. */
function describeItem(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const record = item as Record<string, unknown>;
  if (record['type'] === 'debugdata') return undefined;
  const words: string[] = [];
  const node = record['node'] as
    { type?: string; selector?: string; nodeLabel?: string; snippet?: string; explanation?: string; value?: string } | undefined;
  if (node?.type === 'node')
    words.push(node.selector ?? node.snippet ?? '', node.nodeLabel ? `"${clip(oneLine(node.nodeLabel), 50)}"` : '');
  else if (node?.type === 'text' && node.value) words.push(node.value);
  if (record['type'] === 'node') words.push(String(record['selector'] ?? record['snippet'] ?? ''));
  for (const key of ['url', 'source', 'label', 'groupLabel', 'description']) {
    const value = record[key];
    if (typeof value === 'string') words.push(value.replace(/^https?:\/\/(127\.0\.0\.1|localhost):\d+/, ''));
  }
  for (const [key, unit] of [
    ['score', ''],
    ['duration', ' ms'],
    ['total', ' ms'],
    ['wastedMs', ' ms'],
    ['wastedBytes', ' B'],
  ] as const) {
    const value = record[key];
    if (typeof value === 'number')
      words.push(`${key} ${Math.round(value * (key === 'score' ? 1000 : 1)) / (key === 'score' ? 1000 : 1)}${unit}`);
  }
  if (node?.explanation) words.push(clip(oneLine(node.explanation), 200));
  const text = words.filter(Boolean).join(' ');
  return text || undefined;
}

/** The rows of a details object; a list (insights) is flattened into its tables and nodes. */
function itemsOf(details: unknown): unknown[] {
  if (!details || typeof details !== 'object') return [];
  const { type, items } = details as { type?: string; items?: unknown };
  if (type === 'debugdata' || !Array.isArray(items)) return [];
  if (type === 'list') return items.flatMap((item) => ((item as { type?: string }).type === 'node' ? [item] : itemsOf(item)));
  return items;
}

/** What an audit says, in one line: displayValue, explanation, its first few items. */
function describeAudit(audit: Result['audits'][string], rows = 3): string {
  const parts: string[] = [];
  if (audit.displayValue) parts.push(String(audit.displayValue));
  if (audit.explanation) parts.push(oneLine(audit.explanation));
  const items = itemsOf(audit.details)
    .map(describeItem)
    .filter((text): text is string => Boolean(text));
  if (items.length) parts.push(`${items.slice(0, rows).join(' | ')}${items.length > rows ? ` | (+${items.length - rows} more)` : ''}`);
  return parts.join(' — ');
}

/** The audit's own summary, and for a metric the diagnostics that explain it. */
function summarize(lhr: Result, id: string): string {
  const audit = lhr.audits[id];
  if (!audit) return '';
  const related = (EXPLAINED_BY[id] ?? [])
    .map((other) => lhr.audits[other])
    .filter((other) => other && other.scoreDisplayMode !== 'notApplicable')
    .map((other) => `${other!.id}: ${describeAudit(other!) || '(nothing listed)'}`);
  return [describeAudit(audit), ...related].filter(Boolean).join('\n      ');
}

export function readRun(lhr: Result, seconds: number): Run {
  const scores = {} as Record<Category, number>;
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    const result = lhr.categories[category];
    scores[category] = result?.score === null || result?.score === undefined ? Number.NaN : Math.round(result.score * 100);
    for (const ref of result?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight <= 0 || audit.score === null || audit.score >= 1) continue;
      failing.push({ category, id: ref.id, title: audit.title, score: audit.score, weight: ref.weight, summary: summarize(lhr, ref.id) });
    }
  }
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const warnings = lhr.runWarnings.map((warning) => oneLine(String(warning)));
  if (lhr.runtimeError) warnings.unshift(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return {
    scores,
    fcpMs: Math.round(numeric('first-contentful-paint')),
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    tbtMs: Math.round(numeric('total-blocking-time')),
    cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
    failing,
    warnings,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    seconds: Math.round(seconds * 10) / 10,
  };
}

function combine(kind: string, url: string, runs: Run[]): PageResult {
  const scores = {} as Record<Category, number>;
  for (const category of CATEGORIES) scores[category] = median(runs.map((run) => run.scores[category]));
  const failing = new Map<string, FailingAudit & { runs: number }>();
  for (const run of runs) {
    for (const audit of run.failing) {
      const key = `${audit.category}/${audit.id}`;
      const seen = failing.get(key);
      // Keep the worst run's summary: it explains the failure best.
      if (!seen) failing.set(key, { ...audit, runs: 1 });
      else failing.set(key, audit.score < seen.score ? { ...audit, runs: seen.runs + 1 } : { ...seen, runs: seen.runs + 1 });
    }
  }
  return {
    kind,
    url,
    median: {
      scores,
      fcpMs: median(runs.map((run) => run.fcpMs)),
      lcpMs: median(runs.map((run) => run.lcpMs)),
      tbtMs: median(runs.map((run) => run.tbtMs)),
      cls: Math.round(median(runs.map((run) => run.cls)) * 1000) / 1000,
    },
    failing: [...failing.values()],
    runs,
  };
}

/** Runs Lighthouse `runs` times on each page of PAGES, served from `root`; returns the medians. */
export async function benchLighthouse(root: string, runs = 3): Promise<LighthouseBench> {
  const started = performance.now();
  const loadAtStart = Math.round(loadavg()[0]! * 100) / 100;
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root}/index.html not found: build the site first (npm run build)`);
  const chromePath = findChromium();
  if (!chromePath) throw new Error('no Chromium found: set CHROME_PATH or run node scripts/ensure-chromium.mjs');
  // Served with gzip for text, as the hosts in docs/deploy.md send it; --zonder-gzip measures without.
  const gzip = !process.argv.includes('--zonder-gzip');
  const { origin, server } = await serveDist(root, { gzip });
  const chrome = await launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
  const pages: PageResult[] = [];
  let lighthouseVersion = '';
  let chromium = '';
  let settings = { formFactor: '', throttlingMethod: '' };
  try {
    // --pagina=home,domein measures only those kinds (for a quick comparison).
    const only = process.argv
      .find((arg) => arg.startsWith('--pagina='))
      ?.slice('--pagina='.length)
      .split(',');
    for (const [kind, url] of Object.entries(PAGES).filter(([name]) => !only || only.includes(name))) {
      const measured: Run[] = [];
      for (let run = 1; run <= runs; run++) {
        const start = performance.now();
        const result = await lighthouse(`${origin}${url}`, flags);
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { lhr } = result;
        lighthouseVersion = lhr.lighthouseVersion;
        chromium = lhr.environment.hostUserAgent;
        settings = { formFactor: lhr.configSettings.formFactor, throttlingMethod: lhr.configSettings.throttlingMethod };
        measured.push(readRun(lhr, (performance.now() - start) / 1000));
        process.stderr.write(`  ${kind} run ${run}/${runs}: ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
      }
      pages.push(combine(kind, url, measured));
    }
  } finally {
    chrome.kill();
    server.close();
  }
  return {
    measuredAt: new Date().toISOString(),
    lighthouseVersion,
    chromium,
    settings: { ...settings, runs, compression: gzip ? 'gzip' : 'none' },
    loadAverage: { start: loadAtStart, end: Math.round(loadavg()[0]! * 100) / 100, cpus: availableParallelism() },
    pages,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

/** Prints the medians and what keeps a category below 100. */
export function printLighthouse(bench: LighthouseBench): void {
  const short: Record<Category, string> = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'bp', seo: 'seo' };
  const widest = Math.max(...bench.pages.map((page) => page.url.length));
  console.log(
    `Lighthouse ${bench.lighthouseVersion}, ${bench.settings.formFactor}, ${bench.settings.throttlingMethod} throttling, median of ${bench.settings.runs} run(s), text sent with ${bench.settings.compression === 'gzip' ? 'gzip' : 'no compression'}\n`,
  );
  console.log(
    `${'page'.padEnd(widest)}  ${CATEGORIES.map((category) => short[category].padStart(4)).join(' ')}   FCP ms  LCP ms  TBT ms    CLS`,
  );
  for (const page of bench.pages) {
    const { scores, fcpMs, lcpMs, tbtMs, cls } = page.median;
    console.log(
      `${page.url.padEnd(widest)}  ${CATEGORIES.map((category) => String(scores[category]).padStart(4)).join(' ')}   ${String(fcpMs).padStart(6)}  ${String(lcpMs).padStart(6)}  ${String(tbtMs).padStart(6)}  ${cls.toFixed(3).padStart(5)}`,
    );
  }
  const below = bench.pages.filter((page) => CATEGORIES.some((category) => page.median.scores[category] < 100));
  console.log(below.length ? '\nBelow 100:' : '\nEvery page scores 100 in every category.');
  for (const page of below) {
    const categories = CATEGORIES.filter((category) => page.median.scores[category] < 100);
    console.log(`${page.url}  (${categories.map((category) => `${category} ${page.median.scores[category]}`).join(', ')})`);
    for (const category of categories) {
      const audits = page.failing.filter((audit) => audit.category === category);
      if (!audits.length) console.log(`  ${category}: no single weighted audit below 1 in every run (scores vary between runs)`);
      for (const audit of audits) {
        console.log(
          `  ${category}: ${audit.id} — ${audit.title} [failed in ${audit.runs}/${page.runs.length} runs; weight ${audit.weight}; worst run: score ${audit.score}]`,
        );
        if (audit.summary) console.log(`      ${audit.summary}`);
      }
    }
  }
  const warnings = bench.pages.flatMap((page) =>
    [...new Set(page.runs.flatMap((run) => run.warnings))].map((warning) => `${page.url}: ${warning}`),
  );
  if (warnings.length) console.log(`\nLighthouse warnings:\n${warnings.map((warning) => `  ${warning}`).join('\n')}`);
  const indexes = bench.pages.flatMap((page) => page.runs.map((run) => run.benchmarkIndex));
  console.log(
    `\nCPU benchmarkIndex ${Math.min(...indexes)}–${Math.max(...indexes)} (median ${median(indexes)}); load average ${bench.loadAverage.start} → ${bench.loadAverage.end} on ${bench.loadAverage.cpus} CPUs`,
  );
  console.log(`Took ${bench.seconds} s`);
}

/** Runs the benchmark, prints it and writes bench/lighthouse.json. */
export async function main(args = process.argv.slice(2)): Promise<LighthouseBench> {
  const runsArg = args.find((arg) => /^\d+$/.test(arg));
  const root = resolve(args.find((arg) => !/^\d+$/.test(arg) && !arg.startsWith('--')) ?? 'dist');
  // Five runs: the CPU speed Lighthouse measures on a shared 2-core machine varies by a factor of two
  // between runs (benchmarkIndex 1100-2000), and three runs let one slow run decide a score.
  const runs = runsArg ? Number(runsArg) : 5;
  if (runs < 1) throw new Error('runs must be at least 1');
  const bench = await benchLighthouse(root, runs);
  printLighthouse(bench);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/lighthouse.json', `${JSON.stringify(bench, null, 2)}\n`);
  console.log('Written to bench/lighthouse.json');
  return bench;
}

if (import.meta.main) await main();
