import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { normaliseBase, withBasePath } from '../lib/base-path.ts';
import { tightenPolicy } from '../lib/csp.ts';
import { cardPath, takeCardText } from '../lib/share-card.ts';
import { writeCards, type CardJob } from '../lib/share-card-worker.ts';

/** Below this many pages, starting threads costs more than it saves. */
const PAGES_PER_THREAD = 200;

/**
 * After the build, each page is read and written once, and on the way:
 * - its preview image ("deelkaart", PNG 1200×630) is drawn from the text the layout handed over,
 *   in worker threads on large sites;
 * - when the site lives under a base path, its root-relative links get that path in front;
 * - its Content-Security-Policy keeps only the hashes of the inline code it has.
 */
export default function finishPages(): AstroIntegration {
  let host = '';
  let base = '/';
  return {
    name: 'twente-begroting:pagina-afwerking',
    hooks: {
      'astro:config:done': ({ config }) => {
        host = config.site ? new URL(config.site).host : '';
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        const jobs: CardJob[] = [];
        const pages = (readdirSync(root, { recursive: true }) as string[]).filter((name) => name.endsWith('.html'));
        for (const file of pages) {
          const path = join(root, file);
          let html = readFileSync(path, 'utf8');
          const taken = takeCardText(html);
          if (taken) {
            html = taken.html;
            const pathname = `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');
            const { kicker, title, headline } = taken.card;
            jobs.push({ out: join(root, cardPath(pathname)), card: { kicker, title, ...(headline ? { headline } : {}), footer: `${host} · Twente begroting` } });
          }
          writeFileSync(path, tightenPolicy(withBasePath(html, base)));
        }
        const threads = Math.min(availableParallelism(), Math.floor(jobs.length / PAGES_PER_THREAD));
        if (threads > 1) await inWorkers(jobs, threads);
        else writeCards(jobs);
        logger.info(
          `${pages.length} pagina's afgewerkt (beveiligingsbeleid${base === '/' ? '' : `, adressen onder ${base}`}) en ${jobs.length} deelkaarten in ${Math.round(performance.now() - started)} ms${threads > 1 ? ` (${threads} threads)` : ''}`,
        );
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
