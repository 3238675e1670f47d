// Finishes a share of the built pages: each page's HTML is rewritten in place and its preview image
// drawn. Runs as a worker thread on large sites (src/integrations/finish-pages.ts starts one per
// core) and as a plain function call on small ones.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { type FinishOptions, finishPage, pathnameOfFile } from './finish-page.ts';
import { renderCard } from './og-card.ts';

export interface FinishShare {
  options: FinishOptions;
  /** Pages relative to the root, such as "2020/index.html". */
  files: string[];
}

/** Finishes the pages of a share; returns how many cards it drew. */
export function finishFiles({ options, files }: FinishShare): number {
  const folders = new Set<string>();
  let cards = 0;
  for (const file of files) {
    const path = join(options.root, file);
    const { html, job } = finishPage(readFileSync(path, 'utf8'), pathnameOfFile(file), options);
    writeFileSync(path, html);
    if (!job) continue;
    const folder = dirname(job.out);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(job.out, renderCard(job.card));
    cards++;
  }
  return cards;
}

if (parentPort && workerData) parentPort.postMessage(finishFiles(workerData as FinishShare));
