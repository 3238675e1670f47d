import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cardPath, takeCardText } from '../lib/share-card.ts';
import { writeCards, type CardJob } from '../lib/share-card-worker.ts';

/** Below this many pages, starting threads costs more than it saves. */
const PAGES_PER_THREAD = 200;

/**
 * After the build, draws each page's preview image (PNG, 1200×630) for links shared on social
 * media and in chat apps: the page's kind and year, its title and its headline amount. On large
 * sites the drawing is spread over worker threads, one per processor core.
 */
export default function shareCards(): AstroIntegration {
  let host = '';
  return {
    name: 'twente-begroting:deelkaarten',
    hooks: {
      'astro:config:done': ({ config }) => {
        host = config.site ? new URL(config.site).host : '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        const jobs: CardJob[] = [];
        for (const file of (readdirSync(root, { recursive: true }) as string[]).filter((name) => name.endsWith('.html'))) {
          const path = join(root, file);
          const taken = takeCardText(readFileSync(path, 'utf8'));
          if (!taken) continue;
          writeFileSync(path, taken.html);
          const pathname = `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');
          const { kicker, title, headline } = taken.card;
          jobs.push({ out: join(root, cardPath(pathname)), card: { kicker, title, ...(headline ? { headline } : {}), footer: `${host} · Twente begroting` } });
        }
        const threads = Math.min(availableParallelism(), Math.floor(jobs.length / PAGES_PER_THREAD));
        if (threads > 1) await inWorkers(jobs, threads);
        else writeCards(jobs);
        logger.info(`${jobs.length} deelkaarten in ${Math.round(performance.now() - started)} ms${threads > 1 ? ` (${threads} threads)` : ''}`);
      },
    },
  };
}

/** Splits the jobs over `threads` workers and waits for all of them. */
function inWorkers(jobs: CardJob[], threads: number): Promise<unknown> {
  const worker = new URL('../lib/share-card-worker.ts', import.meta.url);
  return Promise.all(
    Array.from({ length: threads }, (_, index) => {
      const share = jobs.filter((_, job) => job % threads === index);
      return new Promise((resolve, reject) => {
        const thread = new Worker(worker, { workerData: share });
        thread.once('message', resolve);
        thread.once('error', reject);
        thread.once('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`deelkaarten: thread stopte met code ${code}`))));
      });
    }),
  );
}
