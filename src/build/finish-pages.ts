import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { installCardDrawer } from './build-channel.ts';
import type { CardJob, CardMessage } from './card-worker.ts';
import { finishFiles, type FinishShare } from './finish-worker.ts';

/** Below this many pages per thread, starting threads costs more than it saves. */
const PAGES_PER_THREAD = 200;
/** Cards handed to the drawing thread per message: fewer messages, and still a steady flow. */
const CARDS_PER_MESSAGE = 25;

/**
 * Finishes the built site:
 * - while Astro renders, each page's preview image ("deelkaart", PNG 1200×630) is drawn in a
 *   worker thread from the text the layout hands over (src/build/build-channel.ts);
 * - after the build, each page is read and written once: it gets its Content-Security-Policy with
 *   the hashes of its own inline code. On large sites the pages are shared out over one worker
 *   thread per core. (Links need no change: pages write them with the base path, src/urls.ts.)
 */
export default function finishPages(): AstroIntegration {
  let host = '';
  let root = '';
  let cards: CardThread | undefined;
  return {
    name: 'twente-begroting:pagina-afwerking',
    hooks: {
      'astro:config:done': ({ config }) => {
        host = config.site ? new URL(config.site).host : '';
        root = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        const thread = new CardThread();
        cards = thread;
        const footer = `${host} · Twente begroting`;
        installCardDrawer((path, { kicker, title, headline }) =>
          thread.draw({ out: join(root, path), card: { kicker, title, ...(headline ? { headline } : {}), footer } }),
        );
      },
      'astro:build:done': async ({ logger }) => {
        installCardDrawer(undefined);
        const started = performance.now();
        const files = (readdirSync(root, { recursive: true }) as string[]).filter((name) => name.endsWith('.html'));
        const threads = Math.max(1, Math.min(availableParallelism(), Math.floor(files.length / PAGES_PER_THREAD)));
        if (threads === 1) finishFiles({ root, files });
        else {
          const shares = Array.from({ length: threads }, (_, index): FinishShare => ({ root, files: files.filter((_, file) => file % threads === index) }));
          await Promise.all(shares.map(inWorker));
        }
        const drawn = (await cards?.done()) ?? 0;
        cards = undefined;
        logger.info(
          `${files.length} pagina's afgewerkt (beveiligingsbeleid) en ${drawn} deelkaarten in ${Math.round(performance.now() - started)} ms${threads > 1 ? ` (${threads} threads)` : ''}`,
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

/** The thread that draws the cards during the render; idle, it does not keep a failed build alive. */
class CardThread {
  readonly #thread = new Worker(new URL('./card-worker.ts', import.meta.url));
  #batch: CardJob[] = [];
  #failure: Error | undefined;

  constructor() {
    this.#thread.unref();
    this.#thread.once('error', (error) => (this.#failure = error));
  }

  draw(job: CardJob): void {
    this.#batch.push(job);
    if (this.#batch.length >= CARDS_PER_MESSAGE) this.#send();
  }

  #send(): void {
    if (this.#batch.length > 0) this.#thread.postMessage(this.#batch satisfies CardMessage);
    this.#batch = [];
  }

  /** Resolves with the number of cards written, once every card sent is drawn. */
  done(): Promise<number> {
    this.#send();
    this.#thread.ref();
    return new Promise((resolve, reject) => {
      if (this.#failure) return reject(this.#failure);
      this.#thread.once('message', resolve);
      this.#thread.once('error', reject);
      // After its report the thread exits with 0, and this rejection no longer counts.
      this.#thread.once('exit', (code) => reject(new Error(`deelkaarten: de thread stopte ${code === 0 ? 'voordat hij klaar was' : `met code ${code}`}`)));
      this.#thread.postMessage('klaar' satisfies CardMessage);
    });
  }
}
