import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { normaliseBase } from '../lib/base-path.ts';
import { finishFiles, type FinishShare } from './finish-worker.ts';

/** Below this many pages per thread, starting threads costs more than it saves. */
const PAGES_PER_THREAD = 200;

/**
 * Finishes the built site: after the build, each page is read and written once: when the site lives
 * under a base path, its root-relative links get that path in front, and it gets its
 * Content-Security-Policy with the hashes of its own inline code. On large sites the pages are
 * shared out over one worker thread per core.
 */
export default function finishPages(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'twente-begroting:pagina-afwerking',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        root = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ logger }) => {
        const started = performance.now();
        const files = (readdirSync(root, { recursive: true }) as string[]).filter((name) => name.endsWith('.html'));
        const threads = Math.max(1, Math.min(availableParallelism(), Math.floor(files.length / PAGES_PER_THREAD)));
        if (threads === 1) finishFiles({ root, base, files });
        else {
          const shares = Array.from({ length: threads }, (_, index): FinishShare => ({ root, base, files: files.filter((_, file) => file % threads === index) }));
          await Promise.all(shares.map(inWorker));
        }
        logger.info(
          `${files.length} pagina's afgewerkt (beveiligingsbeleid${base === '/' ? '' : `, adressen onder ${base}`}) in ${Math.round(performance.now() - started)} ms${threads > 1 ? ` (${threads} threads)` : ''}`,
        );
      },
    },
  };
}

/** Finishes one share of the pages in a worker thread. */
function inWorker(share: FinishShare): Promise<void> {
  return new Promise((resolve, reject) => {
    const thread = new Worker(new URL('./finish-worker.ts', import.meta.url), { workerData: share });
    thread.once('message', () => resolve());
    thread.once('error', reject);
    // After its message the thread exits with 0, and this rejection no longer counts.
    thread.once('exit', (code) => reject(new Error(`pagina-afwerking: thread stopte ${code === 0 ? 'voordat hij klaar was' : `met code ${code}`}`)));
  });
}
