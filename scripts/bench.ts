// `npm run bench`: builds nothing, measures dist/. Prints the bytes each kind of page costs
// (HTML, CSS, JavaScript; raw and gzip), search speed, Lighthouse scores and build scale; writes bench/*.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { main as lighthouse } from './bench-lighthouse.ts';
import { benchSearch, printSearch } from './bench-search.ts';
import { printGoals } from './lib/bench-goals.ts';
import { DIST, inlineScripts, scriptsOf, stylesheetsOf } from './lib/page-assets.ts';

/** One page of each kind. */
const PAGES: Record<string, string> = {
  home: '/',
  jaar: '/2020/',
  domein: '/2020/domeinen/gezondheid/',
  coalitie: '/2020/coalities/netwerkstad-twente/',
  gemeente: '/gemeenten/enschede/',
  gemeenten: '/gemeenten/',
  over: '/over/',
  zoeken: '/zoeken/',
};

interface Size {
  raw: number;
  gzip: number;
}
const size = (files: string[]): Size =>
  files.reduce(
    (total, file) => {
      const bytes = readFileSync(join(DIST, file));
      return { raw: total.raw + bytes.length, gzip: total.gzip + gzipSync(bytes).length };
    },
    { raw: 0, gzip: 0 },
  );

const results = Object.entries(PAGES).map(([kind, url]) => {
  const htmlFile = `${url}index.html`;
  const html = readFileSync(join(DIST, htmlFile), 'utf8');
  const css = stylesheetsOf(html);
  const js = scriptsOf(html);
  const inline = inlineScripts(html).map((code) => Buffer.from(code));
  const firstLoadJs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map(([, src]) => src ?? '');
  return {
    kind,
    url,
    html: size([htmlFile]),
    css: size(css),
    js: [size(js), ...inline.map((code) => ({ raw: code.length, gzip: gzipSync(code).length }))].reduce((a, b) => ({
      raw: a.raw + b.raw,
      gzip: a.gzip + b.gzip,
    })),
    /** Requests when the page first loads: HTML, stylesheets, the entry scripts (chart code loads later, when needed). */
    requests: 1 + css.length + firstLoadJs.length,
  };
});

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
console.log('page kind   HTML raw/gzip KB   CSS raw/gzip KB   JS raw/gzip KB (incl. lazy)   requests');
for (const row of results) {
  console.log(
    `${row.kind.padEnd(10)} ${kb(row.html.raw)} /${kb(row.html.gzip)}   ${kb(row.css.raw)} /${kb(row.css.gzip)}   ${kb(row.js.raw)} /${kb(row.js.gzip)}                 ${row.requests}`,
  );
}
const search = await benchSearch(DIST);
const median = printSearch(search);

mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), bytes: results, search: { ...search, medianMs: median } }, null, 2)}\n`,
);
console.log('\nWritten to bench/results.json');

// Lighthouse (mobile, simulated throttling), median of five runs per page kind: prints its own
// table and writes bench/lighthouse.json. `npm run bench -- --zonder-lighthouse` skips it.
if (!process.argv.includes('--zonder-lighthouse')) {
  console.log('\nLighthouse (this takes a few minutes; run it on a quiet machine):');
  await lighthouse([]);
}

// Build scale: the real content and synthetic sites of 500, 2.000 and 5.000 pages, each built three
// times for a median (about ten minutes). `--zonder-schaal` skips it; `npm run bench:scale` runs only this part.
if (!process.argv.includes('--zonder-schaal')) {
  console.log('\nBuild at scale:');
  spawnSync(process.execPath, ['scripts/bench-scale.ts', '--herhaal=3'], { stdio: 'inherit' });
}

// Every goal of the speed issue, judged against what was measured (bench/goals.json).
printGoals();
