import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { normaliseBase } from '../lib/base-path.ts';
import type { FinishOptions } from '../lib/finish-page.ts';
import { finishFiles, type FinishShare } from '../lib/finish-worker.ts';

/** Below this many pages per thread, starting threads costs more than it saves. */
const PAGES_PER_THREAD = 200;

/**
 * After the build, each page is read and written once, and on the way:
 * - its preview image ("deelkaart", PNG 1200×630) is drawn from the text the layout handed over;
 * - when the site lives under a base path, its root-relative links get that path in front;
 * - its Content-Security-Policy keeps only the hashes of the inline code it has.
 * On large sites the pages are shared out over one worker thread per core.
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
        const started = performance.now();
        const options: FinishOptions = { root: fileURLToPath(dir), host, base };
        const files = (readdirSync(options.root, { recursive: true }) as string[]).filter((name) => name.endsWith('.html'));
        const threads = Math.min(availableParallelism(), Math.floor(files.length / PAGES_PER_THREAD));
        const cards =
          threads > 1
            ? await inWorkers(Array.from({ length: threads }, (_, index) => ({ options, files: files.filter((_, file) => file % threads === index) })))
            : finishFiles({ options, files });
        logger.info(
          `${files.length} pagina's afgewerkt (beveiligingsbeleid${base === '/' ? '' : `, adressen onder ${base}`}) en ${cards} deelkaarten in ${Math.round(performance.now() - started)} ms${threads > 1 ? ` (${threads} threads)` : ''}`,
        );
      },
    },
  };
}

/** Finishes each share in its own worker thread; resolves with the number of cards drawn. */
async function inWorkers(shares: FinishShare[]): Promise<number> {
  const worker = new URL('../lib/finish-worker.ts', import.meta.url);
  const counts = await Promise.all(
    shares.map(
      (share) =>
        new Promise<number>((resolve, reject) => {
          const thread = new Worker(worker, { workerData: share });
          thread.once('message', resolve);
          thread.once('error', reject);
          // After its message the thread exits with 0, and this rejection no longer counts.
          thread.once('exit', (code) => reject(new Error(`pagina-afwerking: thread stopte ${code === 0 ? 'voordat hij klaar was' : `met code ${code}`}`)));
        }),
    ),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}
