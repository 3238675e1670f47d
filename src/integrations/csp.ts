import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy, set per page after the build (src/integrations/security-policy.ts) as a
 * <meta> in the page's head. Everything comes from the site itself; scripts and styles also from
 * the hashes of exactly the inline code the page has, so no 'unsafe-inline'. Pagefind's search runs
 * as WebAssembly, hence 'wasm-unsafe-eval'. frame-ancestors cannot be set in a <meta>:
 * public/_headers and docs/deploy.md set it as an HTTP header.
 *
 * Why not Astro's `security.csp`: it hashes every page's code while rendering (an asynchronous
 * digest per script and style, per page: 2-3 s of a 5.000-page build in a CPU profile), lists the
 * hashes of the whole site in each page, and the pages still needed trimming afterwards.
 */
export const SITE_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
] as const;

/**
 * The policy of the browser CMS on /beheer/ (src/pages/beheer/index.astro), and of no other page. Decap CMS
 * styles its form with inline styles (emotion) and compiles its configuration schema with `new Function`
 * (ajv), hence 'unsafe-inline' for styles and 'unsafe-eval' for scripts; its code still comes only from
 * the site. With the GitHub backend it talks to api.github.com and shows avatars from GitHub; sign-in
 * opens the OAuth proxy in a window of its own (docs/beheer.md). The header in public/_headers adds
 * frame-ancestors 'none': the page is never framed.
 */
export const ADMIN_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "connect-src 'self' https://api.github.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
] as const;

/** The page of the browser CMS, relative to dist/. */
export const ADMIN_PAGE = 'beheer/index.html';

/** The policy of a built page, by its file relative to dist/. */
export const policyOf = (file: string): readonly string[] => (file.split('\\').join('/') === ADMIN_PAGE ? ADMIN_POLICY : SITE_POLICY);

const META = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>\n?/;

/** The CSP source for an inline element's text, as browsers compute it (over the exact characters). */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The text of every inline <script> (one without src) and every <style> in a page. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\bsrc=/.test(attributes ?? ''))
    .map(([, , text]) => text ?? '');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, text]) => text ?? '');
  return { scripts, styles };
}

/** The policy for a page: `directives` with the hashes of the page's own inline scripts and styles. */
export function policyFor(html: string, directives: readonly string[] = SITE_POLICY): string {
  const { scripts, styles } = inlineBlocks(html);
  const hashes: Record<string, string[]> = { 'script-src': scripts.map(sha256Source), 'style-src': styles.map(sha256Source) };
  return directives
    .map((directive) => {
      const name = directive.split(/\s+/, 1)[0] ?? '';
      // A hash would switch off 'unsafe-inline' in the same directive.
      return directive.includes("'unsafe-inline'") ? directive : [directive, ...new Set(hashes[name] ?? [])].join(' ');
    })
    .join('; ');
}

/**
 * Gives a page its policy as the first element of its head, before any script or style it
 * governs (a policy in a <meta> only applies to what follows it). An older policy is replaced.
 */
export function setPolicy(html: string, directives: readonly string[] = SITE_POLICY): string {
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html, directives)}">`;
  const page = html.replace(META, '');
  const head = /<head\b[^>]*>/i.exec(page);
  // <meta charset> must stay in the first 1024 bytes: the policy goes right after it when it leads the head.
  const charset = /^\s*<meta charset="[^"]*"\s*\/?>/i.exec(page.slice(head ? head.index + head[0].length : 0));
  const at = head ? head.index + head[0].length + (charset ? charset[0].length : 0) : (/<!doctype html>/i.exec(page)?.[0].length ?? 0);
  return `${page.slice(0, at)}\n${meta}${page.slice(at)}`;
}
