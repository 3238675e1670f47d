import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, pageUrls, readPage, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

/** The stylesheets a page links to, read from dist/. */
function linkedCss(html: string): string {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)]
    .map(([, href]) => readFileSync(join(DIST, href ?? ''), 'utf8'))
    .join('\n');
}

describe('byte budgets', () => {
  it('ships no JavaScript on pages without charts or search', () => {
    for (const url of pageUrls()) {
      expect(readPage(url), url).not.toMatch(/<script\b/);
    }
  });

  it('keeps HTML plus CSS of every page within 14 KB gzip (one round trip)', () => {
    const sizes = pageUrls().map((url) => {
      const html = readPage(url);
      return { url, bytes: gzipSync(html).length + gzipSync(linkedCss(html)).length };
    });
    expect(sizes.filter((size) => size.bytes > 14 * 1024)).toEqual([]);
  });
});
