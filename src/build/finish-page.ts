import { withBasePath } from '../lib/base-path.ts';
import { setPolicy } from './csp.ts';

/**
 * One built page, finished: root-relative links get the base path (`base`, normalised: "/" or
 * "/twente-begroting/"), and the page gets its Content-Security-Policy with the hashes of exactly
 * its own inline code (src/build/csp.ts).
 */
export function finishPage(html: string, base: string): string {
  return setPolicy(withBasePath(html, base));
}
