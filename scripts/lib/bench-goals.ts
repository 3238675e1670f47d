// The goals of issue #17, judged against the figures `npm run bench` wrote to bench/*.json. Prints a
// table (goal, measured, met or by how much missed) and writes bench/goals.json. A figure that was not
// measured this time says so; nothing is guessed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { median } from './median.ts';

interface Goal {
  goal: string;
  /** The measured value, or undefined when the bench did not measure it. */
  measured: number | undefined;
  limit: number;
  unit: string;
  /** Where the figure comes from. */
  source: string;
  /** What the measurements showed stands between the figure and the goal; printed when it is missed. */
  why?: string;
}

const read = <T>(file: string): T | undefined => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined);

export function benchGoals(): Goal[] {
  const results = read<{ search?: { medianMs?: number; firstSearchBytes?: number } }>('bench/results.json');
  const lighthouse = read<{ pages: { kind: string; median: { fcpMs?: number; lcpMs: number; scores: { performance: number } } }[] }>(
    'bench/lighthouse.json',
  );
  const scale = read<{
    runs: {
      target: number | null;
      cardCache: string;
      buildS: number;
      ok: boolean;
      searchMedianMs?: number | null;
      searchFirstBytes?: number;
      searchFirstTransferBytes?: number;
    }[];
  }>('bench/scale.json');
  const testTimes = read<{ totalS: number }>('bench/test-time.json');
  const dev = read<{ medianMs: number }>('bench/dev.json');
  const pages = lighthouse?.pages ?? [];
  const worst = (pick: (page: (typeof pages)[number]) => number | undefined) => {
    const values = pages.map(pick).filter((value): value is number => value !== undefined);
    return values.length ? Math.max(...values) : undefined;
  };
  const lowestScore = pages.length ? Math.min(...pages.map((page) => page.median.scores.performance)) : undefined;
  // The search goals hold on the 5.000-page site (bench:scale measures search on its first build).
  const search5000 = (scale?.runs ?? []).find((run) => run.target === 5000 && run.searchMedianMs !== undefined);
  const kb = (bytes: number | undefined) => (bytes === undefined ? undefined : Math.round(bytes / 1024));
  const warm5000 = median(
    (scale?.runs ?? []).filter((run) => run.target === 5000 && run.cardCache === 'warm' && run.ok).map((run) => run.buildS),
  );
  return [
    {
      goal: 'FCP, slowest page kind (Lighthouse mobile)',
      measured: worst((page) => page.median.fcpMs),
      limit: 900,
      unit: 'ms',
      source: 'bench/lighthouse.json',
      why: 'main-thread style and layout of the long pages (60-75 KB of HTML) under 4× CPU slowdown; a 7.6 KB page measures about 0.8 s',
    },
    {
      goal: 'LCP, slowest page kind (Lighthouse mobile)',
      measured: worst((page) => page.median.lcpMs),
      limit: 900,
      unit: 'ms',
      source: 'bench/lighthouse.json',
      why: 'as FCP; on chart pages the chart is drawn just after the first paint',
    },
    {
      goal: 'Performance score, lowest page kind',
      measured: lowestScore === undefined ? undefined : -lowestScore,
      limit: -100,
      unit: '(−score)',
      source: 'bench/lighthouse.json',
      why: 'Total Blocking Time, mostly "Unattributable" long tasks of the browser itself, also on pages without scripts',
    },
    {
      goal: 'Search: last keystroke to results (median)',
      measured: search5000?.searchMedianMs ?? undefined,
      limit: 100,
      unit: 'ms',
      source: 'bench/scale.json (5.000 pages)',
    },
    {
      goal: 'Search: loaded before the first results',
      measured: kb(search5000?.searchFirstTransferBytes),
      limit: 150,
      unit: 'KB',
      source: 'bench/scale.json (5.000 pages, gzip for text)',
      why: "pagefind's fixed parts: its wasm (59 KB), its worker (12 KB; without it the search page blocks 600 ms longer) and the page list (pf_meta, 37 KB at 5.000 pages), plus the kind filter (10 KB) and one index chunk (31 KB)",
    },
    {
      goal: 'Search: the same, as served (no compression)',
      measured: kb(search5000?.searchFirstBytes),
      limit: 150,
      unit: 'KB',
      source: 'bench/scale.json (5.000 pages)',
      why: 'as above, with pagefind.js and its worker uncompressed (88 KB, 25 KB with gzip)',
    },
    {
      goal: 'Search on the real site: keystroke to results',
      measured: results?.search?.medianMs,
      limit: 100,
      unit: 'ms',
      source: 'bench/results.json (real site)',
    },
    {
      goal: 'Build of 5.000 pages, warm preview cards',
      measured: warm5000,
      limit: 45,
      unit: 's',
      source: 'bench/scale.json',
      why: 'start and content 9 s, bundling 13 s, rendering 32 s (one thread), pagefind 12 s after the render',
    },
    {
      goal: 'Dev preview: saved file to new text on page',
      measured: dev?.medianMs,
      limit: 1000,
      unit: 'ms',
      source: 'bench/dev.json (npm run bench:dev)',
      why: "Astro writes its data store 500 ms after the last change (SAVE_DEBOUNCE_MS in astro's mutable-data-store.js) before the page reloads",
    },
    { goal: 'npm test on this machine', measured: testTimes?.totalS, limit: 300, unit: 's', source: 'bench/test-time.json' },
  ];
}

export function printGoals(): void {
  const goals = benchGoals();
  const cpu = cpus()[0];
  console.log(`\nGoals (${cpus().length} cores, ${cpu?.model ?? 'unknown CPU'} at ${cpu?.speed ?? '?'} MHz):`);
  for (const goal of goals) {
    const shown = (value: number) => (goal.unit === '(−score)' ? String(-value) : `${value} ${goal.unit}`);
    const limit = goal.unit === '(−score)' ? String(-goal.limit) : `${goal.limit} ${goal.unit}`;
    const verdict =
      goal.measured === undefined
        ? 'not measured in this run'
        : goal.measured <= goal.limit
          ? 'met'
          : `missed by ${goal.unit === '(−score)' ? goal.measured - goal.limit : `${Math.round((goal.measured - goal.limit) * 10) / 10} ${goal.unit}`}`;
    console.log(
      `  ${goal.goal.padEnd(46)} goal ${limit.padStart(8)}   measured ${goal.measured === undefined ? '–'.padStart(9) : shown(goal.measured).padStart(9)}   ${verdict}  (${goal.source})`,
    );
    if (goal.why && goal.measured !== undefined && goal.measured > goal.limit) console.log(`  ${''.padEnd(46)} why: ${goal.why}`);
  }
  writeFileSync('bench/goals.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), cores: cpus().length, goals }, null, 2)}\n`);
}

// `node scripts/lib/bench-goals.ts`: judges the figures already in bench/*.json, without measuring again.
if (import.meta.url === `file://${process.argv[1]}`) printGoals();
