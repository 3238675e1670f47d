import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, readPage, requireDist, urlOf } from '../helpers/dist.ts';
import { decode } from '../helpers/visible-text.ts';

/*
 * One voice in Dutch. Every page's visible text (and its title and descriptions) is checked for the
 * KIND of slip, not for known examples:
 *
 * - names: "Samen14" in one word; the group of voluntary collaborations is "Coalitions of the
 *   Willing" (one of them: "een Coalition of the Willing"), after that simply "coalitie(s)". Another
 *   spelling may stand only where the site quotes a source literally: in a blockquote, <q>, between
 *   quotation marks, in a <cite> or in a source note (which names the document's own headings);
 * - the reader is "u": no "je", "jij", "jou" or "jouw" outside such quotes;
 * - articles before document titles: "het Bedrijfsplan", "de Programmabegroting", never the other;
 * - the link to the start page says "Startpagina", never "Home";
 * - no space before , . : ; ) ? ! and none after (, also not from whitespace around inline elements.
 *
 */

type Rule = 'spacing' | 'home-link' | 'samen14' | 'willing' | 'article' | 'informal';

/** Elements whose text joins the words around it; every other tag separates. */
const INLINE = 'a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|label|mark|q|s|samp|small|span|strong|sub|sup|time|u|var';
const BREAK = '\u0001';

/** Lines of visible text: inline elements join, other elements and <br> break; whitespace as a browser shows it. */
function linesOf(html: string): string[] {
  return decode(
    html
      .replace(/<!--[\s\S]*?-->/g, BREAK)
      .replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1>/g, BREAK)
      .replace(new RegExp(`</?(?:${INLINE})\\b[^>]*>`, 'g'), '')
      .replace(/<[^>]+>/g, BREAK),
  )
    .replace(/\s+/g, ' ')
    .split(BREAK)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The same lines without literal quotes: blockquotes, <q> and text between quotation marks. */
const QUOTED_ELEMENTS = /<(blockquote|q)\b[\s\S]*?<\/\1>/g;
const QUOTATION_MARKS = /„[^”“]*[”“]|“[^”]*”|‘[^’]*’|"[^"]*"/g;
/** Also without citations: the titles and headings of the documents, as the documents write them. */
const CITATIONS = /<cite\b[\s\S]*?<\/cite>|<(aside|p)\b[^>]*\bclass="[^"]*\bsource-note\b[^"]*"[^>]*>[\s\S]*?<\/\1>/g;
/** Headings of the documents that pages cite by name, exactly as the document writes them. */
const DOCUMENT_HEADINGS = ['Bijlage 1. Coalitions of the willing'];
const withoutHeadings = (line: string) => DOCUMENT_HEADINGS.reduce((text, heading) => text.split(heading).join('…'), line);

interface PageText {
  url: string;
  html: string;
  /** Everything a visitor reads, head texts (title, description, preview) included. */
  all: string[];
  /** Our own words: without quotes. */
  own: string[];
  /** Our own words without quotes and citations of the documents' titles and headings. */
  ownNames: string[];
}

function headTexts(html: string): string[] {
  const head = html.slice(0, html.indexOf('<body') >>> 0);
  const title = /<title>([\s\S]*?)<\/title>/.exec(head)?.[1] ?? '';
  const metas = [...head.matchAll(/<meta (?:name|property)="(?:description|og:description|og:title|og:image:alt)" content="([^"]*)"/g)].map(
    ([, content]) => content ?? '',
  );
  return [title, ...metas].map((text) => decode(text).replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function pageText(url: string): PageText {
  const html = readPage(url);
  const body = html.slice(html.indexOf('<body'));
  const head = headTexts(html);
  const withoutQuotes = body.replace(QUOTED_ELEMENTS, BREAK);
  const own = [...head, ...linesOf(withoutQuotes)].map((line) => line.replace(QUOTATION_MARKS, '…'));
  const ownNames = [...head, ...linesOf(withoutQuotes.replace(CITATIONS, BREAK))].map((line) =>
    withoutHeadings(line.replace(QUOTATION_MARKS, '…')),
  );
  return { url, html, all: [...head, ...linesOf(body)], own, ownNames };
}

interface Slip {
  url: string;
  rule: Rule;
  context: string;
}

/** Every match of `pattern` in the lines, with some text around it. */
function slips(
  page: PageText,
  rule: Rule,
  lines: string[],
  pattern: RegExp,
  isSlip: (match: RegExpExecArray) => boolean = () => true,
): Slip[] {
  return lines.flatMap((line) =>
    [...line.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))]
      .filter(isSlip)
      .map((match) => ({ url: page.url, rule, context: line.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40) })),
  );
}

const report = (found: Slip[]) => found.map((slip) => `${slip.url}  …${slip.context}…`);

// --- Document titles and their article ---------------------------------------------------------

/** The article of the head noun of a document title; a title without one of these nouns takes none. */
const ARTICLE_OF: Record<string, 'de' | 'het'> = {
  agenda: 'de',
  begroting: 'de',
  bedrijfsplan: 'het',
  kerntakendiscussie: 'de',
  plan: 'het',
  presentatie: 'de',
  programma: 'het',
  programmabegroting: 'de',
  samenwerkingsagenda: 'de',
};

interface Title {
  title: string;
  /** The words up to and including the head noun: what follows an article. */
  start: string;
  article: 'de' | 'het' | 'none';
}

function titleOf(title: string): Title {
  const words = title.replace(/["“”„]/g, '').split(/\s+/);
  const head = words.findIndex((word) => ARTICLE_OF[word.toLowerCase()] !== undefined);
  // A title without such a noun is a headline ("Twentse bevolking in 2020 licht gegroeid"): only the
  // whole title after an article is a slip, not its first words ("de Twentse bevolking" is plain Dutch).
  if (head === -1) return { title, start: words.join(' '), article: 'none' };
  return { title, start: words.slice(0, head + 1).join(' '), article: ARTICLE_OF[words[head]!.toLowerCase()]! };
}

/** Titles from content/bronnen.yaml, plus the short titles of the document pages and the year titles. */
function documentTitles(): Title[] {
  const sources = (parse(readFileSync('content/bronnen.yaml', 'utf8')) as { bronnen: { titel: string }[] }).bronnen;
  const shortTitles = readdirSync('content/documenten').map((file) =>
    /^korteTitel:\s*(.+)$/m.exec(readFileSync(join('content/documenten', file), 'utf8'))?.[1]?.trim(),
  );
  const yearTitles = readdirSync('content')
    .filter((name) => /^\d{4}$/.test(name))
    .map((year) => (parse(readFileSync(join('content', year, 'jaar.yaml'), 'utf8')) as { titel?: string }).titel);
  const titles = [...sources.map((source) => source.titel), ...shortTitles, ...yearTitles].filter((title): title is string =>
    Boolean(title),
  );
  const byStart = new Map(titles.map(titleOf).map((entry) => [entry.start.toLowerCase(), entry]));
  return [...byStart.values()];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// --- The tests -----------------------------------------------------------------------------------

let pages: PageText[] = [];
beforeAll(() => {
  requireDist();
  pages = htmlFiles()
    .sort()
    .map((file) => pageText(file === '404.html' ? '/404.html' : urlOf(file)));
});

describe('one voice in Dutch', () => {
  it('reads every page', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('has no space before , . : ; ) ? ! and none after (', () => {
    // A space before three dots (an omission) is fine.
    const found = pages.flatMap((page) => slips(page, 'spacing', page.all, /\s(?:[,:;)?!]|\.(?!\.\.))|\(\s/g));
    expect(report(found)).toEqual([]);
  });

  it('calls the link to the start page "Startpagina", never "Home"', () => {
    const found = pages.flatMap((page) =>
      [...page.html.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/g)]
        .map(([, inner]) =>
          decode((inner ?? '').replace(/<[^>]+>/g, ''))
            .replace(/\s+/g, ' ')
            .trim(),
        )
        .filter((text) => /^home(pagina)?$/i.test(text))
        .map((text) => ({ url: page.url, rule: 'home-link' as const, context: text })),
    );
    expect(report(found)).toEqual([]);
  });

  it('writes Samen14 in one word outside literal quotes', () => {
    const found = pages.flatMap((page) => slips(page, 'samen14', page.ownNames, /Samen\s+14(?!\d)/gi));
    expect(report(found)).toEqual([]);
  });

  it('writes "Coalitions of the Willing" (one: "Coalition of the Willing") outside literal quotes', () => {
    const found = pages.flatMap((page) =>
      slips(page, 'willing', page.ownNames, /coalitions? of the willing/gi, (match) => !/^Coalitions? of the Willing$/.test(match[0])),
    );
    expect(report(found)).toEqual([]);
  });

  it('puts the right article before a document title', () => {
    const titles = documentTitles();
    expect(titles.map((title) => title.start)).toEqual(
      expect.arrayContaining(['Bedrijfsplan', 'Programmabegroting', 'Regionale samenwerkingsagenda', 'Strategisch programma']),
    );
    const found = titles.flatMap((title) => {
      const wrong = title.article === 'de' ? 'het|dit' : title.article === 'het' ? 'de|deze' : 'de|het|deze|dit';
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${wrong})\\s+${escape(title.start).replace(/\\? /g, '\\s+')}(?![\\p{L}\\p{N}])`,
        'giu',
      );
      return pages.flatMap((page) => slips(page, 'article', page.all, pattern));
    });
    expect(report(found)).toEqual([]);
  });

  it('addresses the reader as "u": "je", "jij" and "jouw" only in literal quotes', () => {
    const found = pages.flatMap((page) =>
      slips(page, 'informal', page.own, /(?<![\p{L}\p{N}'’-])(?:je|jij|jou|jouw|jullie|jezelf)(?![\p{L}\p{N}'’-])/giu),
    );
    expect(report(found)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('see spaces that compressHTML or a line break puts before punctuation', () => {
    expect(linesOf('<p>uit <cite>X</cite>\n  ;\n  2020 uit Y\n)</p>')).toEqual(['uit X ; 2020 uit Y )']);
    expect(linesOf('<li>Home</li><li>a<br>b</li>')).toEqual(['Home', 'a', 'b']);
  });

  it('know which article a title takes', () => {
    expect(titleOf('Bedrijfsplan "Regio Twente in transformatie" (concept)')).toMatchObject({ start: 'Bedrijfsplan', article: 'het' });
    expect(titleOf('Strategisch programma SamenTwente 2025-2030')).toMatchObject({ start: 'Strategisch programma', article: 'het' });
    expect(titleOf('Regionale samenwerkingsagenda 2017-2020')).toMatchObject({ start: 'Regionale samenwerkingsagenda', article: 'de' });
    expect(titleOf('Samen goed(e) keuzes maken voor Twente')).toMatchObject({ article: 'none' });
  });
});
