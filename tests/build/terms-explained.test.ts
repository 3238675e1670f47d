import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, readPage, requireDist, urlOf } from '../helpers/dist.ts';
import { pieceAt, visibleText, type VisibleText } from '../helpers/visible-text.ts';

/*
 * Every term and abbreviation a resident meets is explained where a page first uses it: inside
 * <abbr title>, inside or just after a link to its explanation on /begrippen/, or right after its
 * full form ("Organisatie voor Zorg en Jeugdhulp Twente (OZJT)"). Checked on the visible text of
 * every built page, for every term of content/begrippen.yaml and the abbreviations below; and any
 * other abbreviation in capitals on any page fails until it is explained or listed here with a reason.
 */

interface GlossaryEntry {
  id: string;
  term: string;
  afkorting?: string;
}

interface Known {
  /** The glossary entry that explains it, if any. */
  id?: string | undefined;
  /** The words that name it: the term and its abbreviation. */
  words: string[];
  /** Its abbreviations (GGD, Wmo, i.t., EUREGIO): the first use anywhere must be explained, also in a heading or link. */
  abbreviations: string[];
  /** Full forms that may stand right before an abbreviation instead of a link. */
  full: string[];
  /** A name that means nothing by itself (Twents Model): its first use in running text must link to its explanation. */
  named: boolean;
}

/** Glossary terms that are names a resident cannot read off (not everyday words such as "Domein"). */
const NAMED_TERMS = new Set(['ggi-netwerk', 'twents-model', 'noaberschap']);

/** Abbreviations the documents write out right before them, on the pages that use them. */
const WRITTEN_OUT: Known[] = [
  { words: ['SES'], abbreviations: ['SES'], named: false, full: ['sociaal economische status', 'sociaaleconomische status'] },
  { words: ['OGGZ'], abbreviations: ['OGGZ'], named: false, full: ['openbare geestelijke gezondheidszorg'] },
  { words: ['NPP'], abbreviations: ['NPP'], named: false, full: ['Nationaal Programma Preventie'] },
  { words: ['WCAG'], abbreviations: ['WCAG'], named: false, full: ['Web Content Accessibility Guidelines'] },
];

/** Words in capitals that need no explanation, each with the reason. */
const NO_EXPLANATION: Record<string, string> = {
  II: 'a part or table number of a document (Deel II, Tabel II.1)',
  III: 'a part number of a document (deel III)',
  AA: 'the level of the WCAG norm, named with the norm ("niveau AA")',
  NL: 'Nederland, as every resident writes it ("beter dan NL")',
  IT: 'informatietechnologie, an everyday word (IT-Platform Twente)',
  JJJJ: 'the pattern of a date (JJJJ-MM-DD) on the open-data page',
  MM: 'the pattern of a date (JJJJ-MM-DD) on the open-data page',
  DD: 'the pattern of a date (JJJJ-MM-DD) on the open-data page',
  CC: 'the name of the licence, CC0, linked to its text on the open-data page',
  GM: 'part of a CBS code such as GM0153, explained with the code',
  UTF: 'the character set of the files (UTF-8), for people who reuse them, on the open-data page',
  BOM: 'the byte-order mark that lets Excel read the files as UTF-8, named as a file property on the open-data page',
  EU: 'de Europese Unie, an everyday word',
  ANWB: 'the name of an organisation every resident knows, in the 2017 agenda',
  PPM: 'part of the name "PPM Oost" in the 2017 agenda\'s list of partners; the agenda does not write it out and the site does not guess',
  HTSM: 'written out right after it, in brackets, as the 2017 agenda does: "HTSM-sector (High Tech Systemen & Materialen)"',
};

/** Dotted abbreviations in every Dutch dictionary, used as the documents use them. */
const EVERYDAY_DOTTED = new Set(['o.a.', 'i.s.m.', 'd.d.', 'e.d.', 'n.a.v.', 't.o.v.', 'm.b.t.', 'o.l.v.', 'w.o.']);

const isAbbreviation = (word: string, entry: GlossaryEntry) =>
  word === entry.afkorting ? /[\p{Lu}.]/u.test(word) : /^[\p{Lu}\d-]{2,}$/u.test(word);
const long = (word: string) => word.length >= 3 || (word.length === 2 && word === word.toUpperCase());

function glossaryTerms(): Known[] {
  const entries = (parse(readFileSync('content/begrippen.yaml', 'utf8')) as { begrippen: GlossaryEntry[] }).begrippen;
  return entries.map((entry) => {
    const words = [entry.term, entry.afkorting].filter((word): word is string => typeof word === 'string' && long(word));
    const abbreviations = words.filter((word) => isAbbreviation(word, entry));
    return { id: entry.id, words, abbreviations, full: [entry.term], named: NAMED_TERMS.has(entry.id) };
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole word, as the site's matcher finds it (src/lib/term-matcher.ts): capitals exactly, other words in any case. */
const wordPattern = (word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, word === word.toUpperCase() ? 'gu' : 'giu');

interface Use {
  index: number;
  word: string;
}

function uses(visible: VisibleText, known: Known): Use[] {
  return known.words
    .flatMap((word) => [...visible.text.matchAll(wordPattern(word))].map((match) => ({ index: match.index, word: match[0] })))
    .filter((use) => {
      const piece = pieceAt(visible, use.index);
      return piece !== undefined && !piece.code && !piece.nav;
    })
    .sort((a, b) => a.index - b.index);
}

/** Why the use is explained, or undefined when it is not. */
function explanation(visible: VisibleText, known: Known, use: Use): string | undefined {
  const piece = pieceAt(visible, use.index);
  if (piece?.abbrTitle) return 'abbr';
  if (piece?.definition) return 'defined here';
  if (piece?.glossaryId !== undefined && (known.id === undefined || piece.glossaryId === known.id)) return 'link';
  const before = visible.text.slice(0, use.index);
  if (visible.glossaryLinkEnds.some((end) => end <= use.index && /^\s*\(?\s*$/.test(visible.text.slice(end, use.index))))
    return 'after link';
  if (known.full.some((full) => new RegExp(`${escape(full)}\\s*\\(\\s*$`, 'i').test(before))) return 'after full form';
  return undefined;
}

/** The first use of a known term on a page that is not explained, as a message; none when all is well. */
function unexplained(url: string, visible: VisibleText, known: Known): string[] {
  const all = uses(visible, known);
  const firsts = [
    // An abbreviation anywhere; the full term written out explains itself.
    all.find((use) => known.abbreviations.includes(use.word)),
    // A name in a heading, link or table header cannot carry a link there: its first use in running text must.
    known.named ? all.find((use) => !pieceAt(visible, use.index)?.label) : undefined,
  ].filter((use): use is Use => use !== undefined);
  return firsts
    .filter((first) => {
      const before = all.filter((use) => use.index < first.index).map((use) => pieceAt(visible, use.index));
      const earlier = before.some((piece) => piece?.definition || (known.id !== undefined && piece?.glossaryId === known.id));
      return !earlier && explanation(visible, known, first) === undefined;
    })
    .map((first) => `${url}  ${first.word}: …${visible.text.slice(Math.max(0, first.index - 60), first.index + first.word.length + 30)}…`);
}

/** Abbreviations in capitals (GGD, PG&L, TEN) and dotted ones (i.t., o.a.) in the visible text, where they stand. */
function abbreviationsIn(visible: VisibleText): Use[] {
  const found = [
    ...visible.text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}&]*\p{Lu}(?![\p{Ll}])/gu),
    ...visible.text.matchAll(/(?<![\p{L}.])(?:\p{Ll}{1,2}\.){2,}/gu),
  ];
  return found.filter((match) => !pieceAt(visible, match.index)?.code).map((match) => ({ index: match.index, word: match[0] }));
}

/** Abbreviations on a page that are no known term, nor part of one (TEN in TEN-T), nor listed as needing no explanation. */
function unknownAbbreviations(visible: VisibleText): string[] {
  const covered = known.flatMap((term) =>
    term.words.flatMap((word) =>
      [...visible.text.matchAll(wordPattern(word))].map((match) => [match.index, match.index + match[0].length] as const),
    ),
  );
  return abbreviationsIn(visible)
    .filter((use) => !covered.some(([start, end]) => start <= use.index && use.index < end))
    .map((use) => use.word)
    .filter((word) => NO_EXPLANATION[word] === undefined && !EVERYDAY_DOTTED.has(word));
}

let pages: { url: string; visible: VisibleText }[] = [];
const known = [...glossaryTerms(), ...WRITTEN_OUT];

beforeAll(() => {
  requireDist();
  pages = htmlFiles()
    .sort()
    .map((file) => (file === '404.html' ? '/404.html' : urlOf(file)))
    .map((url) => ({ url, visible: visibleText(readPage(url)) }));
});

describe('terms and abbreviations explained at first use', () => {
  it('knows the terms of the glossary', () => {
    expect(known.length).toBeGreaterThan(40);
    expect(pages.length).toBeGreaterThan(50);
  });

  it('explains every term and abbreviation where a page first uses it', () => {
    expect(pages.flatMap((page) => known.flatMap((term) => unexplained(page.url, page.visible, term)))).toEqual([]);
  });

  it('writes each full form as the glossary has it, escaped once ("&" as &amp;, never &amp;amp;)', () => {
    const twice = pages.filter((page) => readPage(page.url).includes('&amp;amp;')).map((page) => page.url);
    expect(twice).toEqual([]);
  });

  it('uses no abbreviation that is neither explained nor listed here', () => {
    const unknown = new Set(pages.flatMap((page) => unknownAbbreviations(page.visible).map((word) => `${page.url}  ${word}`)));
    expect([...unknown]).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const ggd: Known = {
    id: 'ggd',
    words: ['Gemeentelijke gezondheidsdienst', 'GGD'],
    abbreviations: ['GGD'],
    full: ['Gemeentelijke gezondheidsdienst'],
    named: false,
  };
  const model: Known = { id: 'twents-model', words: ['Twents Model'], abbreviations: [], full: ['Twents Model'], named: true };
  const check = (html: string, term: Known) => unexplained('/x/', visibleText(`<body>${html}</body>`), term);

  it('accept an abbreviation with its full form, a link to its explanation, or written out before it', () => {
    expect(check('<p>De <abbr title="Gemeentelijke gezondheidsdienst">GGD</abbr> en de GGD.</p>', ggd)).toEqual([]);
    expect(check('<p>De <a href="/begrippen/#ggd" class="term">GGD</a>.</p>', ggd)).toEqual([]);
    expect(check('<p><a href="/begrippen/#ggd">Gemeentelijke gezondheidsdienst</a> (GGD) en GGD.</p>', ggd)).toEqual([]);
    expect(check('<p>De gemeentelijke gezondheidsdienst (GGD) werkt.</p>', ggd)).toEqual([]);
    expect(check('<dl><dt><dfn>GGD</dfn></dt><dd>De GGD.</dd></dl>', ggd)).toEqual([]);
    expect(check('<h2>Gemeentelijke gezondheidsdienst</h2><p>De GGD.</p>', ggd)).toHaveLength(1);
  });

  it('find an abbreviation that is not explained at its first use, also in a heading or table', () => {
    expect(check('<h2>GGD Twente</h2><p>De <abbr title="Gemeentelijke gezondheidsdienst">GGD</abbr>.</p>', ggd)).toHaveLength(1);
    expect(check('<p>De GGD.</p><p><a href="/begrippen/#ggd">GGD</a></p>', ggd)).toHaveLength(1);
    expect(check('<p>Trefwoorden: GGD</p>', ggd)).toHaveLength(1);
  });

  it('want a term linked at its first use in running text, not in a heading, and ignore code and navigation', () => {
    expect(check('<h2>Twents Model</h2><p>Het <a href="/begrippen/#twents-model">Twents Model</a>.</p>', model)).toEqual([]);
    expect(check('<p>Inkoop Twents Model.</p>', model)).toHaveLength(1);
    expect(check('<nav>GGD</nav><p><code>GGD</code> en <abbr title="x">GGD</abbr></p>', ggd)).toEqual([]);
  });

  it('see abbreviations in capitals and with dots', () => {
    const visible = visibleText('<body><p>De PG&amp;L, TEN-T, i.t. en o.a. de GGD; Excel, XYZ en CC0.</p></body>');
    expect(abbreviationsIn(visible).map((use) => use.word)).toEqual(['PG&L', 'TEN', 'GGD', 'XYZ', 'CC', 'i.t.', 'o.a.']);
    expect(unknownAbbreviations(visible)).toEqual(['PG&L', 'XYZ']);
  });
});
