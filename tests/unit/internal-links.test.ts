import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The one file that may write an address of the site itself: the module that builds them all.
 */
const ALLOWED = ['src/lib/paths.ts'];

/** An attribute with a link from the site's root, written out: `href="/over/"`. */
const ATTRIBUTE = /\b(href|src|action|content)="\/(?!\/)/;
/** A string that starts with a path of the site: '/gemeenten/', "/data/x.csv", `/${jaar}/` (in Markdown prose a backtick is code, not a string). */
const LITERAL = (backticks: boolean) => new RegExp(`[${backticks ? '`' : ''}'"]/(\\$\\{|[a-z0-9][a-z0-9_-]*[/.#])`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(astro|ts|mdx)$/.test(entry.name) ? [path] : [];
  });
}

describe('addresses of the site', () => {
  it('are written through src/urls.ts (with the base path) or src/lib/paths.ts, never as a literal in a page, component or module', () => {
    const found: string[] = [];
    for (const file of sourceFiles('src').filter((path) => !ALLOWED.some((allowed) => path.startsWith(allowed)))) {
      const literal = LITERAL(!file.endsWith('.mdx'));
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          // Comments may show an address as an example.
          if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
          if (ATTRIBUTE.test(line) || literal.test(line)) found.push(`${file}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('recognises a literal address in its usual forms', () => {
    for (const line of [
      '<a href="/over/">',
      'href: `/${jaar}/domeinen/`',
      "{ href: '/gemeenten/' }",
      '`/data/${id}.csv`',
      "'/begrippen/#ggd'",
      '<meta content="/deelkaart/x.png">',
    ]) {
      expect(ATTRIBUTE.test(line) || LITERAL(true).test(line), line).toBe(true);
    }
    for (const line of ["path.split('/')", 'href={href(aboutPath())}', "url.startsWith('//')", '<a href="https://x.nl/">', "'/'"]) {
      expect(ATTRIBUTE.test(line) || LITERAL(true).test(line), line).toBe(false);
    }
  });
});
