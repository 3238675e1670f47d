import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { validateContent } from '../../src/validation/validate-content.ts';

/**
 * Words that belong to one joint arrangement (Twente) rather than to the code that serves any: the region and
 * its adjective, the body's names, its number of municipalities, organisations and a date of its documents, and
 * CBS municipality codes. Each text the site shows with them comes from content/ (content/site.yaml for the names).
 */
export const REGION_WORDS: readonly { word: string; pattern: RegExp }[] = [
  // Also SamenTwente, twente-begroting, rol_regio_twente.
  { word: 'Twente', pattern: /twente/i },
  { word: 'Twents(e)', pattern: /twents/i },
  { word: 'veertien', pattern: /veertien/i },
  { word: 'Kennispunt', pattern: /kennispunt/i },
  { word: 'GGD', pattern: /\bggd\b/i },
  { word: 'Netwerkstad', pattern: /netwerkstad/i },
  { word: '16 oktober 2024', pattern: /16\s+oktober\s+2024/i },
  { word: 'CBS code', pattern: /\bGM\d{4}\b/ },
];

type RegionWord = (typeof REGION_WORDS)[number];

/**
 * The names this site's content gives (content/site.yaml: the site, the body's names, the region; the
 * municipalities), as whole words: what the code must take from content rather than write itself.
 */
export function namesInContent(contentDir = 'content/'): RegionWord[] {
  const { content } = validateContent(contentDir);
  const site = content.site?.data;
  const names = [site?.naam, site?.samenwerking, site?.samenwerkingNu, site?.regio, site?.regioBijvoeglijk];
  names.push(...(content.municipalities?.data ?? []).map((municipality) => municipality.naam));
  return names
    .filter((name): name is string => typeof name === 'string' && name.length > 0)
    .map((name) => ({ word: name, pattern: new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u') }));
}

export interface RegionWordHit {
  /** The file, relative to the project with forward slashes: "src/lib/page-titles.ts". */
  file: string;
  /** 1-based line number. */
  line: number;
  word: string;
  /** The line without its comments, trimmed. */
  text: string;
}

/** Every character of `text` from `start` to `end` as spaces, newlines kept: line numbers stay right. */
const blank = (text: string, start: number, end: number) =>
  text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);

/**
 * TypeScript without its comments (//, /* *\/ and JSDoc), blanked so lines keep their numbers. Strings and
 * template literals stay (they are what a visitor may see); a `//` or `/*` inside one is no comment. A regex
 * literal's escapes (`\/`) are skipped; a quote in a regex may make the rest of that line look like a string,
 * which can only keep a comment, never drop code.
 */
export function stripScriptComments(source: string): string {
  let text = source;
  let i = 0;
  // Open template literals and ${...} expressions, innermost last: "`" or "{".
  const stack: ('`' | '{')[] = [];
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (stack.at(-1) === '`') {
      // Inside a template literal: its text ends at a backtick; ${ opens an expression.
      if (c === '`') stack.pop();
      if (c === '$' && next === '{') {
        stack.push('{');
        i += 1;
      }
      i += c === '\\' ? 2 : 1;
      continue;
    }
    if (c === '/' && (next === '/' || next === '*')) {
      const close = next === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      const stop = close === -1 ? text.length : next === '/' ? close : close + 2;
      text = blank(text, i, stop);
      i = stop;
      continue;
    }
    if (c === "'" || c === '"') {
      // A string ends at its quote, or (unterminated: a quote in a regex) at the end of the line.
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      i = j + 1;
      continue;
    }
    if (c === '`' || c === '{') stack.push(c);
    if (c === '}' && stack.at(-1) === '{') stack.pop();
    i += c === '\\' ? 2 : 1;
  }
  return text;
}

/**
 * Markup (the template of an .astro file, an .mdx page) without its comments: <!-- -->, {/* *\/} and any
 * other /* *\/, and lines that start with //. Text in markup is not code: a "//" in an address stays.
 */
export function stripMarkupComments(source: string): string {
  let text = source;
  for (const pattern of [/<!--[\s\S]*?-->/g, /\/\*[\s\S]*?\*\//g, /^[ \t]*\/\/.*$/gm]) {
    text = text.replace(pattern, (match) => match.replace(/[^\n]/g, ' '));
  }
  return text;
}

/** A source file without comments, by its kind: .ts all script; .astro its frontmatter script, the rest markup; .mdx markup. */
export function stripComments(source: string, file: string): string {
  if (file.endsWith('.ts')) return stripScriptComments(source);
  if (file.endsWith('.astro')) {
    const frontmatter = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(source);
    if (!frontmatter) return stripMarkupComments(source);
    const end = frontmatter[0].length;
    return stripScriptComments(source.slice(0, end)) + stripMarkupComments(source.slice(end));
  }
  return stripMarkupComments(source);
}

/** The words (REGION_WORDS unless given) in `source` outside comments, with their lines. */
export function regionWordsIn(source: string, file: string, words: readonly RegionWord[] = REGION_WORDS): RegionWordHit[] {
  const hits: RegionWordHit[] = [];
  stripComments(source, file)
    .split('\n')
    .forEach((line, index) => {
      for (const { word, pattern } of words) {
        if (pattern.test(line)) hits.push({ file, line: index + 1, word, text: line.trim() });
      }
    });
  return hits;
}

/** The .ts, .astro and .mdx files under `dir` (relative, forward slashes), without those `skip` says no to. */
export function sourceFiles(dir: string, skip: (file: string) => boolean = () => false): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((name) => relative('.', join(dir, name)).split(sep).join('/'))
    .filter((file) => /\.(ts|astro|mdx)$/.test(file) && !skip(file))
    .sort();
}

/** Every region word (REGION_WORDS unless given) outside comments in `files`. */
export function findRegionWords(files: readonly string[], words: readonly RegionWord[] = REGION_WORDS): RegionWordHit[] {
  return files.flatMap((file) => regionWordsIn(readFileSync(file, 'utf8'), file, words));
}
