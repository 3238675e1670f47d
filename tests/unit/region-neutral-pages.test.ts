import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// Every sentence a visitor reads is content: the page templates keep the structure, and wording that
// fits any joint arrangement, with the names, dates and counts taken from content/. So no template
// names the region, the arrangement, a municipality or a document's date; comments may.
const TEMPLATES = [
  ...(readdirSync('src/pages', { recursive: true }) as string[])
    .filter((name) => /\.(?:astro|mdx?|ts)$/.test(name))
    .map((name) => join('src/pages', name)),
  'src/components/SiteFooter.astro',
  'src/components/PageText.astro',
];

/** Words of this site's content, in any case: the region and its forms, the organisations, the count, a date. */
const WORDS = [
  /twente/i,
  /twentse/i,
  /veertien/i,
  /samentwente/i,
  /kennispunt/i,
  /\bGGD\b/i,
  /netwerkstad/i,
  /16 oktober 2024/i,
  /\bGM\d{4}\b/,
];

/** The names in content/site.yaml and content/gemeenten.yaml, as whole words. */
function namesInContent(): RegExp[] {
  const site = parse(readFileSync('content/site.yaml', 'utf8')) as Record<string, string | undefined>;
  const municipalities = (parse(readFileSync('content/gemeenten.yaml', 'utf8')) as { gemeenten: { naam: string }[] }).gemeenten;
  const names = [
    site.naam,
    site.samenwerking,
    site.samenwerkingNu,
    site.regio,
    site.regioBijvoeglijk,
    ...municipalities.map((m) => m.naam),
  ];
  return names
    .filter((name): name is string => typeof name === 'string' && name.length > 0)
    .map((name) => new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'));
}

/** Only the line breaks of a comment, so line numbers stay right. */
const blank = (comment: string) => comment.replace(/[^\n]/g, '');

/** The code without its comments: block comments (also {/* *\/} in templates), HTML comments and line comments. */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(^|[\s;{}(),])\/\/.*$/gm, '$1');
}

describe('withoutComments', () => {
  it('drops comments and keeps code, also a web address', () => {
    const code = [
      '// The population of Twente.',
      '/** Twente, the region. */',
      "const url = 'https://twente.example/'; // Twente",
      '{/* Twente */}<p>Twente</p><!-- Twente -->',
    ].join('\n');
    expect(withoutComments(code)).toBe("\n\nconst url = 'https://twente.example/'; \n{}<p>Twente</p>");
  });
});

describe('the page templates', () => {
  const patterns = [...WORDS, ...namesInContent()];

  it('are all read, with the names of the content', () => {
    expect(TEMPLATES.length).toBeGreaterThan(25);
    // The region, the arrangement's two names, the site's name and fourteen municipalities.
    expect(patterns.length).toBeGreaterThan(WORDS.length + 14);
  });

  it('name no region, joint arrangement, municipality or document date outside their comments', () => {
    const found = TEMPLATES.flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .flatMap((line, index) =>
          patterns.filter((pattern) => pattern.test(line)).map((pattern) => `${file}:${index + 1}: ${pattern.source}: ${line.trim()}`),
        ),
    );
    expect(found).toEqual([]);
  });
});
