// `node scripts/bench-cards.ts [aantal] [--uit=map]`: how long one preview image (deelkaart) takes,
// drawn (cold cache) and read from the card cache (warm), outside Astro. Draws `aantal` (default 40)
// invented cards one after another, then the same cards four at a time (as the build does), then
// reads them all back from the cache. --uit=map also writes a few sample cards there to look at.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CardCache } from '../src/cards/card-cache.ts';
import { type OgCard, renderCard } from '../src/cards/og-card.ts';

const args = process.argv.slice(2);
const count = Number(args.find((arg) => !arg.startsWith('-')) ?? 40);
const out = args.find((arg) => arg.startsWith('--uit='))?.slice('--uit='.length);
if (!Number.isInteger(count) || count < 1) {
  console.error('Usage: node scripts/bench-cards.ts [count] [--uit=folder]');
  process.exit(2);
}

const FOOTER = 'twentebegroting.nl · Twente begroting';
const SAMPLES: OgCard[] = [
  { kicker: 'Domein · 2020', title: 'Gezondheid 2020', headline: '€ 18.165.000', footer: FOOTER },
  {
    kicker: 'Coalitie · 2017',
    title: 'Coördinatie van de Twentse samenwerking: één heel lange titel die over meer regels doorloopt en dan nog verder gaat',
    headline: '€ 1.234.567',
    footer: FOOTER,
  },
  { kicker: 'Twente begroting', title: 'De begroting van Regio Twente, open en navolgbaar', headline: '€ 33.343.000', footer: FOOTER },
  { kicker: 'Thema · 2025', title: 'Een organisatie die ertoe doet – thema 2025-2030', footer: FOOTER },
];
const cards = Array.from({ length: count }, (_, index): OgCard => {
  const sample = SAMPLES[index % SAMPLES.length]!;
  return { ...sample, title: `${sample.title} ${index}` };
});

/**
 * Runs `work` on every card, at most `parallel` at a time. Returns wall-clock and CPU milliseconds per
 * card: CPU time counts all of this process's threads (resvg draws in libuv's pool) and says more than
 * wall time on a machine that other work shares.
 */
async function perCard(parallel: number, work: (card: OgCard) => Promise<unknown>): Promise<string> {
  const queue = [...cards];
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let card = queue.shift(); card; card = queue.shift()) await work(card);
    }),
  );
  const cpu = process.cpuUsage(cpuStart);
  const perCardMs = (ms: number) => (ms / cards.length).toFixed(ms / cards.length < 10 ? 2 : 1);
  return `${perCardMs(performance.now() - start)} ms per kaart (CPU ${perCardMs((cpu.user + cpu.system) / 1000)} ms)`;
}

const firstStart = performance.now();
const first = await renderCard(SAMPLES[0]!);
const firstMs = performance.now() - firstStart;
const sequential = await perCard(1, renderCard);
const parallel = await perCard(4, renderCard);

const dir = mkdtempSync(join(tmpdir(), 'deelkaarten-bench-'));
try {
  const coldCache = new CardCache(dir);
  const cold = await perCard(4, (card) => coldCache.image(card));
  // A new cache on the same folder, as in a later build.
  const warmCache = new CardCache(dir);
  const warm = await perCard(4, (card) => warmCache.image(card));
  console.log(`Preview cards, ${cards.length} of them, ${cpus().length} cores, Node ${process.version}:`);
  console.log(`  first card (loading fonts and renderers): ${firstMs.toFixed(0)} ms (${first.length} bytes)`);
  console.log(`  drawing, one at a time:                   ${sequential}`);
  console.log(`  drawing, four at a time (as the build):  ${parallel}`);
  console.log(`  cold cache (draw and store):              ${cold}`);
  console.log(`  warm cache (read):                        ${warm}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (out) {
  mkdirSync(out, { recursive: true });
  for (const [index, card] of SAMPLES.entries()) writeFileSync(join(out, `voorbeeld-${index + 1}.png`), await renderCard(card));
  console.log(`Samples in ${out}`);
}
