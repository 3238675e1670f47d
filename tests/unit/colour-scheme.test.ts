import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The browser tests check the dark colour scheme with axe's colour rules only (tests/helpers/axe.ts,
// COLOUR_RULES): that holds while dark mode changes nothing but colour tokens. This guards it.

const SOURCES = (readdirSync('src', { recursive: true }) as string[])
  .filter((file) => /\.(css|astro)$/.test(file))
  .map((file) => ({ file: join('src', file), text: readFileSync(join('src', file), 'utf8') }));

/** The bodies of every `@media (prefers-color-scheme: …)` block in `css`, braces matched. */
function schemeBlocks(css: string): string[] {
  const blocks: string[] = [];
  for (const match of css.matchAll(/@media[^{]*prefers-color-scheme[^{]*\{/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < css.length && depth > 0; end++) depth += css[end] === '{' ? 1 : css[end] === '}' ? -1 : 0;
    blocks.push(css.slice(match.index + match[0].length, end - 1));
  }
  return blocks;
}

/** The property names declared in a block of CSS rules. */
const properties = (block: string) => [...block.matchAll(/([-\w]+)\s*:[^;{}]+;/g)].map(([, name]) => name ?? '');

describe('the colour schemes', () => {
  it('differ only in colour tokens (--color-*, --chart-*)', () => {
    const blocks = SOURCES.flatMap(({ file, text }) => schemeBlocks(text).map((block) => ({ file, block })));
    expect(blocks.length).toBeGreaterThan(0);
    const other = blocks.flatMap(({ file, block }) =>
      properties(block)
        .filter((name) => !/^--(color|chart)-/.test(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(other).toEqual([]);
  });

  it('are recognised by this check: a layout change in dark mode is reported', () => {
    const css = '@media (prefers-color-scheme: dark) { :root { --color-bg: #000; } .chart { display: none; } }';
    expect(schemeBlocks(css).flatMap(properties)).toEqual(['--color-bg', 'display']);
  });
});
