import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every internal link and anchor of a built site that leads nowhere, as "page -> link" lines.
 * `base` is the path the site lives under ("/" or "/twente-begroting/"): every internal link must
 * start with it. Pages are the index.html files and 404.html; other files (CSV, PNG) must exist.
 */
export function brokenLinks(dist: string, base = '/'): string[] {
  const pages = (readdirSync(dist, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split('\\').join('/')}`.replace(/index\.html$/, ''));
  const known = new Set(pages);
  const read = (page: string) => readFileSync(join(dist, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
  const broken: string[] = [];
  for (const page of pages) {
    for (const [, href = ''] of read(page).matchAll(/\bhref="([^"]+)"/g)) {
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const [path = '', anchor] = href.split('#');
      if (path !== '' && !path.startsWith(base)) {
        broken.push(`${page} -> ${href} (buiten ${base})`);
        continue;
      }
      const target = path === '' ? page : `/${path.slice(base.length)}`;
      const isFile = /\.[a-z]+$/.test(target) && !target.endsWith('.html') && existsSync(join(dist, target));
      if (!known.has(target) && !isFile) broken.push(`${page} -> ${href}`);
      else if (anchor && !isFile && !read(target).includes(`id="${anchor}"`)) broken.push(`${page} -> ${href} (anker)`);
    }
  }
  return broken.sort();
}
