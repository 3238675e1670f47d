// Sets the Content-Security-Policy of a share of the built pages in place (src/integrations/csp.ts). Runs as a
// worker thread on large sites (src/integrations/security-policy.ts starts one per core) and as a plain call on
// small ones.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { policyOf, setPolicy } from './csp.ts';

export interface PolicyShare {
  /** The built site's folder (dist/). */
  root: string;
  /** Pages relative to the root, such as "2020/index.html". */
  files: string[];
}

export function setPolicies({ root, files }: PolicyShare): void {
  for (const file of files) {
    const path = join(root, file);
    writeFileSync(path, setPolicy(readFileSync(path, 'utf8'), policyOf(file)));
  }
}

if (parentPort && workerData) {
  setPolicies(workerData as PolicyShare);
  parentPort.postMessage('done');
}
