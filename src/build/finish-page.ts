import { setPolicy } from './csp.ts';

/**
 * One built page, finished: it gets its Content-Security-Policy with the hashes of exactly its own
 * inline code (src/build/csp.ts). Its links already carry the base path: pages write them through
 * src/urls.ts while rendering.
 */
export function finishPage(html: string): string {
  return setPolicy(html);
}
