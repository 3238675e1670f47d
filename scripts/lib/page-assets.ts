import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** The folder `astro build` writes. */
export const DIST = 'dist';

/** The stylesheets a page links to, as paths inside dist/. */
export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(([, href]) => href ?? '');
}

/** Script files a page loads (paths inside dist/): its <script src> and every chunk they import, statically or lazily. */
export function scriptsOf(html: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(DIST, path), 'utf8');
    for (const [, spec] of code.matchAll(/(?:from\s*|import\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      visit(posix.join(posix.dirname(path), spec ?? ''));
    }
  };
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) visit(src ?? '');
  return [...seen];
}

/** The page's <script> tags that would block rendering (classic scripts without defer or async). */
export function blockingScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map(([tag, attributes]) => ({ tag, attributes: attributes ?? '' }))
    .filter(({ attributes }) => !/type="module"|\bdefer\b|\basync\b|type="application\/(ld\+)?json"/.test(attributes))
    .map(({ tag }) => tag);
}

/** The code of the page's inline <script type="module"> elements. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)].map(([, code]) => code ?? '');
}
