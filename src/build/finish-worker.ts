// Finishes a share of the built pages in place (see finishPage). Runs as a worker thread on large
// sites (src/build/security-policy.ts starts one per core) and as a plain call on small ones.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { finishPage } from './finish-page.ts';

export interface FinishShare {
  /** The built site's folder (dist/). */
  root: string;
  /** Pages relative to the root, such as "2020/index.html". */
  files: string[];
}

export function finishFiles({ root, files }: FinishShare): void {
  for (const file of files) {
    const path = join(root, file);
    writeFileSync(path, finishPage(readFileSync(path, 'utf8')));
  }
}

if (parentPort && workerData) {
  finishFiles(workerData as FinishShare);
  parentPort.postMessage('klaar');
}
