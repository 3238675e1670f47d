import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { setPolicies, type PolicyShare } from './policy-worker.ts';

/** Below this many pages per thread, starting threads costs more than it saves. */
const PAGES_PER_THREAD = 200;

/**
 * Finishes the built site: after the build, each page is read and written once: it gets its
 * Content-Security-Policy with the hashes of its own inline code. On large sites the pages are
 * shared out over one worker thread per core. (Links need no change: pages write them with the
 * base path, src/urls.ts.)
 */
export default function securityPolicy(): AstroIntegration {
  let root = '';
  return {
    name: 'begroting:security-policy',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ logger }) => {
        const started = performance.now();
        const files = (readdirSync(root, { recursive: true }) as string[]).filter((name) => name.endsWith('.html'));
        const threads = Math.max(1, Math.min(availableParallelism(), Math.floor(files.length / PAGES_PER_THREAD)));
        if (threads === 1) setPolicies({ root, files });
        else {
          const shares = Array.from({ length: threads }, (_, index): PolicyShare => ({
            root,
            files: files.filter((_, file) => file % threads === index),
          }));
          await Promise.all(shares.map(inWorker));
        }
        logger.info(
          `Security policy set on ${files.length} pages in ${Math.round(performance.now() - started)} ms${threads > 1 ? ` (${threads} threads)` : ''}`,
        );
      },
    },
  };
}

/** Sets the policy of one share of the pages in a worker thread. */
function inWorker(share: PolicyShare): Promise<void> {
  return new Promise((resolve, reject) => {
    const thread = new Worker(new URL('./policy-worker.ts', import.meta.url), { workerData: share });
    thread.once('message', () => resolve());
    thread.once('error', reject);
    // After its message the thread exits with 0, and this rejection no longer counts.
    thread.once('exit', (code) =>
      reject(new Error(`security policy: a thread stopped ${code === 0 ? 'before it was done' : `with code ${code}`}`)),
    );
  });
}
