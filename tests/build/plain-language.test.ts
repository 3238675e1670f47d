import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, readPage, requireDist, urlOf } from '../helpers/dist.ts';
import { headTexts, visibleText } from '../helpers/visible-text.ts';

/*
 * Plain language for residents, checked on every built page (its visible text, its title and its
 * descriptions; not code, not attributes):
 * - no words of the people who build the site: a resident reports a mistake to "de makers", not in
 *   "de issues van de repository";
 * - no year for the change of name from Regio Twente to SamenTwente: no document gives one (the 2025
 *   programme says only that the first strategic course of SamenTwente was adopted in March 2022).
 */

interface DeveloperWord {
  pattern: RegExp;
  /** Why a resident should not meet it. */
  reason: string;
  /** Pages where the word is explained and needed (the open-data page speaks to people who reuse the files). */
  allowedOn?: string[];
}

const DATA_PAGE = '/data/';
// Not on the list: "JavaScript" (a visitor who switched it off in the browser knows the word, and the
// search page must tell them), "CSV" and "JSON" (file formats of the downloads, explained at first use
// through the glossary), "GitHub" (the website where a visitor reports a mistake, named as such).

const DEVELOPER_WORDS: DeveloperWord[] = [
  { pattern: /\brepositor(?:y|ies)\b|\brepo\b/i, reason: 'where the source code is kept: say "de openbare projectpagina"' },
  { pattern: /\bissues?\b/i, reason: 'a developer term for reports: say "melden"' },
  { pattern: /\bcommits?\b|\bpull[- ]requests?\b|\bmerge\b|\bbranch\b/i, reason: 'version-control words' },
  { pattern: /\bgit\b|\bnpm\b|\bastro\b|\bzod\b|\bvitest\b|\bnode\.js\b/i, reason: 'names of developer tools' },
  { pattern: /\bchromium\b|\baxe\b|\bforced colou?rs\b/i, reason: 'names of test tools and browser settings: say what is tested' },
  { pattern: /\bya?ml\b|\bmarkdown\b|\bmdx\b|\bfrontmatter\b/i, reason: 'file formats of the content: say "de tekst van de site"' },
  { pattern: /\bcontent\/|\b[\w-]+\.(?:ya?ml|mdx?|astro|tsx?)\b/i, reason: 'folders and files of the source code' },
  { pattern: /\binhouds?model\b|\bcontentmodel\b|\bcomponent(?:en)?\b/i, reason: 'how the site is built inside' },
  {
    pattern: /(?<!JSON[ -])\bschema\b(?!\s+[IVX]+\.)/i,
    reason: 'a data model (the 2015 plan\'s own "Schema II.2" is the name of its table)',
  },
  { pattern: /\bJSON[ -]Schema\b/i, reason: 'a machine description of a file', allowedOn: [DATA_PAGE] },
  {
    pattern: /\bOCR\b|\bextracti[eo]n?\b|\bge[eë]xtraheerd\b/i,
    reason: 'how the documents were read in: the reader needs the document, not our tooling',
  },
  { pattern: /\bbuild\b|\bbouw van de site\b|\bdeploy\w*\b|\bCI\b/i, reason: 'how the site is made and published' },
  { pattern: /\bHTML\b|\bCSS\b|\bslug\b|\bparser\b|\bregex\w*\b/i, reason: 'web-development words' },
  {
    pattern: /\bUTF-8\b|\bBOM\b|\bFrictionless\b|\bData Package\b|\bdatapackage\.json\b/,
    reason: 'file details for people who reuse the data',
    allowedOn: [DATA_PAGE],
  },
];

/** The 404 page is served for every unknown address; the embed pages are charts on other sites. All are read. */
function allPages(): string[] {
  return htmlFiles()
    .sort()
    .map((file) => (file === '404.html' ? '/404.html' : urlOf(file)));
}

/** What a visitor reads on a page, without code: the head texts and the body, one string each. */
function readerTexts(url: string): string[] {
  const html = readPage(url);
  const visible = visibleText(html);
  let text = visible.text;
  for (const piece of visible.pieces.filter((part) => part.code)) {
    text = text.slice(0, piece.start) + ' '.repeat(piece.end - piece.start) + text.slice(piece.end);
  }
  return [...headTexts(html), text];
}

function developerWords(url: string, texts: string[]): string[] {
  return DEVELOPER_WORDS.filter((word) => !word.allowedOn?.includes(url)).flatMap((word) =>
    texts.flatMap((text) =>
      [...text.matchAll(new RegExp(word.pattern.source, `${word.pattern.flags}g`))].map(
        (match) =>
          `${url}  "${match[0]}" (${word.reason}): …${text.slice(Math.max(0, match.index - 50), match.index + match[0].length + 30)}…`,
      ),
    ),
  );
}

const YEAR = String.raw`(?:19|20)\d\d`;
/** Ways to date the change of name: "sinds 2022: SamenTwente", "SamenTwente (vanaf 2022)", "in 2022 werd het SamenTwente". */
const NAME_CHANGE_YEAR = [
  new RegExp(
    String.raw`\b(?:sinds|vanaf|per|in)\s+${YEAR}\W{0,3}\s*(?:heet\s+(?:het|zij|ze)\s+|is\s+(?:het|zij|ze)\s+|werd\s+(?:het|zij|ze)\s+)?SamenTwente`,
    'i',
  ),
  new RegExp(String.raw`SamenTwente\W{0,3}\s*\(?\s*(?:sinds|vanaf|per)\s+${YEAR}`, 'i'),
  new RegExp(
    String.raw`\b(?:heet|heette|werd|hernoemd|omgedoopt|naamswijziging|nieuwe naam)\b[^.;]{0,60}SamenTwente[^.;]{0,30}\b(?:in|sinds|vanaf|per)\s+${YEAR}`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:in|sinds|vanaf|per)\s+${YEAR}\b[^.;]{0,60}\b(?:heet|heette|werd|hernoemd|omgedoopt|naamswijziging|nieuwe naam)\b[^.;]{0,40}SamenTwente`,
    'i',
  ),
  new RegExp(String.raw`Regio Twente\W{0,3}\s*\(?\s*(?:tot|t/m|tot en met)\s+${YEAR}`, 'i'),
];

function nameChangeYears(where: string, texts: string[]): string[] {
  return NAME_CHANGE_YEAR.flatMap((pattern) =>
    texts.flatMap((text) => [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].map((match) => `${where}  …${match[0]}…`)),
  );
}

let pages: { url: string; texts: string[] }[] = [];
beforeAll(() => {
  requireDist();
  pages = allPages().map((url) => ({ url, texts: readerTexts(url) }));
});

describe('plain language for residents', () => {
  it('reads every page', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('uses no developer words in what a visitor reads', () => {
    expect(pages.flatMap((page) => developerWords(page.url, page.texts))).toEqual([]);
  });

  it('gives no year for the change of name to SamenTwente, on any page or in the open data', () => {
    const data = readdirSync(join(DIST, 'data'))
      .filter((file) => file.endsWith('.json') || file.endsWith('.csv'))
      .map((file) => ({ url: `/data/${file}`, texts: [readFileSync(join(DIST, 'data', file), 'utf8')] }));
    expect(data.length).toBeGreaterThan(0);
    expect([...pages, ...data].flatMap((page) => nameChangeYears(page.url, page.texts))).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('find developer words, but not in code, attributes or the document\'s own "Schema II.2"', () => {
    const texts = readerTexts('/over/');
    expect(texts.length).toBeGreaterThan(1);
    const words = (text: string) => developerWords('/x/', [text]).length;
    expect(words('Meld het via de issues van de openbare repository.')).toBe(2);
    expect(words('Het inhoudsmodel van de site.')).toBe(1);
    expect(words('De tekst is met OCR overgenomen.')).toBe(1);
    expect(words('elke pagina hoort bij content/2020/domeinen/gezondheid.md')).toBeGreaterThan(0);
    expect(words('Schema II.2 geeft de formatie; het schema geeft ook')).toBe(1);
    expect(words('Meld het bij de makers van deze site via de openbare projectpagina.')).toBe(0);
    const code = visibleText(
      '<body><p>Kolom <code>bron_document</code> in <a href="x.yaml" data-x="repository">het bestand</a></p></body>',
    );
    expect(code.text.trim()).toBe('Kolom bron_document in het bestand');
    expect(code.pieces.filter((piece) => piece.code).map((piece) => code.text.slice(piece.start, piece.end))).toEqual(['bron_document']);
  });

  it('find a year for the change of name however it is written', () => {
    const claims = [
      'Regio Twente (sinds 2022: SamenTwente)',
      'Regio Twente, sinds 2022 SamenTwente.',
      'SamenTwente (vanaf 2022)',
      'In 2022 werd het SamenTwente.',
      'Regio Twente heet sinds 2021 SamenTwente.',
      'Regio Twente (tot 2022)',
    ];
    for (const claim of claims) expect(nameChangeYears('/x/', [claim]), claim).not.toEqual([]);
    const fine = [
      'Regio Twente, nu SamenTwente',
      'In maart 2022 is de eerste strategische koers van SamenTwente vastgesteld.',
      'Van Regio Twente naar SamenTwente: de samenwerking van 2015 tot 2025',
      'Het Strategisch programma 2025-2030 zegt dat SamenTwente is ontstaan uit de veertien gemeenten; wanneer en hoe de naam veranderde, staat in geen van de documenten.',
    ];
    for (const text of fine) expect(nameChangeYears('/x/', [text]), text).toEqual([]);
  });
});
