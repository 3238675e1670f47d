// Synthetic content for scripts/bench-scale.ts: a copy of the real content/ plus invented years,
// each with domains and Coalitions of the Willing, so a build makes about the number of pages asked.
// Every synthetic file says "Synthetische testtekst": it is made up and never belongs in content/.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real content folder of this project. */
export const REAL_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** Marks every synthetic text. */
export const SYNTHETIC_MARK = 'Synthetische testtekst';

/** Domains and coalitions in a full synthetic year: 1 year page + 2 overviews + 20 + 20 = 43 pages. */
const PER_YEAR = 20;
/** The source every synthetic file points at; it must be in content/bronnen.yaml. */
const SOURCE_DOCUMENT = 'programmabegroting-2020';
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

export interface SyntheticSummary {
  /** Pages the real content makes (estimated from the files, see estimatePages). */
  basePages: number;
  /** Pages the copy should make: the target, or the real content's pages if that is more. */
  expectedPages: number;
  years: number[];
  domains: number;
  coalitions: number;
}

/**
 * Copies the real content/ into `dir` (the content folder of a site copy) and adds synthetic years
 * until the built site has about `targetPages` HTML pages. Years are 4-digit years not already used,
 * from 1900 up; domain and coalition file names repeat from year to year (as real ones do), titles
 * are unique. `perYear` (domains and coalitions in a full year, default 20) makes many small years
 * when a test needs years rather than pages.
 */
export function writeSyntheticContent(dir: string, targetPages: number, { perYear: wanted = PER_YEAR } = {}): SyntheticSummary {
  mkdirSync(dir, { recursive: true });
  cpSync(REAL_CONTENT, dir, { recursive: true });

  const municipalities = idsIn(join(dir, 'gemeenten.yaml'));
  const organisations = idsIn(join(dir, 'organisaties.yaml'));
  if (municipalities.length === 0 || organisations.length === 0) throw new Error(`No municipalities or organisations found in ${dir}`);
  if (!idsIn(join(dir, 'bronnen.yaml')).includes(SOURCE_DOCUMENT)) throw new Error(`Source ${SOURCE_DOCUMENT} is not in bronnen.yaml`);

  const basePages = estimatePages(dir);
  const used = new Set(yearFolders(dir));
  const free: number[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) if (!used.has(year)) free.push(year);

  let remaining = Math.max(0, Math.round(targetPages) - basePages);
  // Full years have 3 + 2 × perYear pages; more per year only when the free years would run out.
  const perYear = Math.max(wanted, Math.ceil((remaining / free.length - 3) / 2));
  const random = seededRandom(targetPages);
  const summary: SyntheticSummary = { basePages, expectedPages: basePages + remaining, years: [], domains: 0, coalitions: 0 };

  while (remaining > 0) {
    const year = free.shift();
    if (year === undefined) throw new Error(`No free years left between ${FIRST_YEAR} and ${LAST_YEAR} for ${targetPages} pages`);
    // A year page, an overview page per kind that has entries, and a page per entry.
    let domains = 0;
    let coalitions = 0;
    if (remaining >= 3 + 2 * perYear) {
      domains = perYear;
      coalitions = perYear;
    } else if (remaining >= 5) {
      domains = Math.ceil((remaining - 3) / 2);
      coalitions = remaining - 3 - domains;
    } // else: a year with only its year page (1 page), until the count is exact.
    writeYear(dir, year, domains, coalitions, { municipalities, organisations, random });
    remaining -= 1 + (domains > 0 ? 1 + domains : 0) + (coalitions > 0 ? 1 + coalitions : 0);
    summary.years.push(year);
    summary.domains += domains;
    summary.coalitions += coalitions;
  }
  return summary;
}

/**
 * The HTML pages a content folder makes, counted from its files the way src/pages/ lays them out:
 * eleven single pages (home, 404, over, zoeken, ...), one per municipality and per document, and per
 * year a year page, an overview of its domains and of its coalitions (when it has any), and one page
 * per domain, coalition and theme.
 */
export function estimatePages(dir: string): number {
  const SINGLE_PAGES = 11; // index, 404, begrippen, data, documenten, gemeenten, jaren, organisatie, over, toegankelijkheid, zoeken
  let pages = SINGLE_PAGES + idsIn(join(dir, 'gemeenten.yaml')).length + markdownIn(join(dir, 'documenten')).length;
  for (const year of yearFolders(dir)) {
    const domains = markdownIn(join(dir, String(year), 'domeinen')).length;
    const coalitions = markdownIn(join(dir, String(year), 'coalities')).length;
    const themes = markdownIn(join(dir, String(year), 'themas')).length;
    pages += 1 + (domains > 0 ? 1 + domains : 0) + (coalitions > 0 ? 1 + coalitions : 0) + themes;
  }
  return pages;
}

interface Context {
  municipalities: string[];
  organisations: string[];
  random: () => number;
}

function writeYear(dir: string, year: number, domains: number, coalitions: number, context: Context): void {
  const folder = join(dir, String(year));
  mkdirSync(folder, { recursive: true });
  const { random } = context;
  writeFileSync(
    join(folder, 'jaar.yaml'),
    [
      `# ${SYNTHETIC_MARK}: verzonnen door scripts/bench-scale.ts om de bouw op grote schaal te meten. Hoort nooit in content/.`,
      `jaar: ${year}`,
      `titel: ${quote(`Synthetische begroting ${year}`)}`,
      `organisatie: Regio Twente`,
      `motto: ${quote(`${SYNTHETIC_MARK}, ${sentence(random, 4, 7).toLowerCase().replace(/\.$/, '')}`)}`,
      `inleiding: ${quote(`${SYNTHETIC_MARK}. ${paragraph(random, 3)}`)}`,
      ...(coalitions > 0 ? [`coalitiesInleiding: ${quote(`${SYNTHETIC_MARK}. ${paragraph(random, 2)}`)}`] : []),
      ...sourceLines(`${SYNTHETIC_MARK}, geen echte sectie (jaar ${year})`, ''),
      '',
    ].join('\n'),
  );

  if (domains > 0) mkdirSync(join(folder, 'domeinen'), { recursive: true });
  for (let n = 1; n <= domains; n++) {
    const name = titleCase(`${pick(random, ADJECTIVES)} ${pick(random, NOUNS)}`);
    const frontmatter = [
      `# ${SYNTHETIC_MARK}: verzonnen domein voor scripts/bench-scale.ts.`,
      `jaar: ${year}`,
      `volgorde: ${n}`,
      `titel: ${quote(`${name} ${year}-${n}`)}`,
      `kernzin: ${quote(sentence(random, 6, 12))}`,
      `zoektermen: [${[pick(random, NOUNS), pick(random, NOUNS), `synthetisch ${year}`].map(quote).join(', ')}]`,
      `samenvatting: ${quote(`${SYNTHETIC_MARK}. ${sentence(random, 8, 14)}`.slice(0, 300))}`,
      `uitvoerders: [${sample(random, context.organisations, 1 + Math.floor(random() * 2)).join(', ')}]`,
      `bijdrage: ${100_000 + Math.floor(random() * 20_000_000)}`,
      ...sourceLines(`${SYNTHETIC_MARK}, domein ${n} van ${year}`, ''),
    ];
    writeFileSync(join(folder, 'domeinen', `synthetisch-domein-${pad(n)}.md`), markdown(frontmatter, body(random)));
  }

  if (coalitions > 0) mkdirSync(join(folder, 'coalities'), { recursive: true });
  for (let n = 1; n <= coalitions; n++) {
    const name = titleCase(`${pick(random, ADJECTIVES)} ${pick(random, NOUNS)}`);
    const all = random() < 0.2;
    const members = all ? 'alle' : `[${sample(random, context.municipalities, 2 + Math.floor(random() * 6)).join(', ')}]`;
    const frontmatter = [
      `# ${SYNTHETIC_MARK}: verzonnen coalitie voor scripts/bench-scale.ts.`,
      `jaar: ${year}`,
      `volgorde: ${n}`,
      `titel: ${quote(`Coalitie ${name} ${year}-${n}`)}`,
      `kernzin: ${quote(sentence(random, 5, 10))}`,
      `zoektermen: [${[pick(random, NOUNS), `coalitie ${year}`].map(quote).join(', ')}]`,
      `kosten: ${10_000 + Math.floor(random() * 1_500_000)}`,
      `periode: ${quote(`${year}-${year + 1 + Math.floor(random() * 4)}`)}`,
      `rol: ${quote(pick(random, ROLES))}`,
      'deelnemers:',
      `  gemeenten: ${members}`,
      ...(random() < 0.5 ? [`  organisaties: [${sample(random, context.organisations, 1).join(', ')}]`] : []),
      ...sourceLines(`${SYNTHETIC_MARK}, deelnemers coalitie ${n} van ${year}`, '  '),
      '  periode: geen',
      ...sourceLines(`${SYNTHETIC_MARK}, coalitie ${n} van ${year}`, ''),
    ];
    writeFileSync(join(folder, 'coalities', `synthetische-coalitie-${pad(n)}.md`), markdown(frontmatter, body(random)));
  }
}

const sourceLines = (section: string, indent: string) => [
  `${indent}bron:`,
  `${indent}  document: ${SOURCE_DOCUMENT}`,
  `${indent}  sectie: ${quote(section)}`,
];

const markdown = (frontmatter: string[], text: string) => `---\n${frontmatter.join('\n')}\n---\n\n${text}`;

/** A body like a real one: a marked first paragraph, paragraphs, a sub-heading and a list. */
function body(random: () => number): string {
  const parts = [`*${SYNTHETIC_MARK}: deze tekst is verzonnen om de bouw van de site te meten; hij staat in geen enkele bron.*`];
  const paragraphs = 2 + Math.floor(random() * 3);
  for (let i = 0; i < paragraphs; i++) parts.push(paragraph(random, 3 + Math.floor(random() * 4)));
  parts.push(`## ${titleCase(`${pick(random, ADJECTIVES)} ${pick(random, NOUNS)}`)}`);
  parts.push(Array.from({ length: 3 + Math.floor(random() * 3) }, () => `- ${sentence(random, 5, 11)}`).join('\n'));
  parts.push(paragraph(random, 2 + Math.floor(random() * 3)));
  return `${parts.join('\n\n')}\n`;
}

function paragraph(random: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random, 7, 18)).join(' ');
}

/** A Dutch-looking sentence: words from the lists below, no meaning. */
function sentence(random: () => number, min: number, max: number): string {
  const length = min + Math.floor(random() * (max - min + 1));
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const list = i % 4 === 0 ? SUBJECTS : i % 4 === 1 ? VERBS : i % 4 === 2 ? ADJECTIVES : random() < 0.5 ? NOUNS : LINKS;
    words.push(pick(random, list));
  }
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const SUBJECTS = [
  'de regio',
  'de gemeenten',
  'het bestuur',
  'de inwoners',
  'wij',
  'het domein',
  'de coalitie',
  'de partners',
  'Twente',
  'de organisatie',
];
const VERBS = [
  'versterkt',
  'ondersteunt',
  'organiseert',
  'verbindt',
  'faciliteert',
  'onderzoekt',
  'stimuleert',
  'bevordert',
  'ontwikkelt',
  'coördineert',
  'bundelt',
  'verbetert',
];
const ADJECTIVES = [
  'regionale',
  'gezonde',
  'duurzame',
  'gezamenlijke',
  'digitale',
  'sociale',
  'kansrijke',
  'vitale',
  'veilige',
  'lokale',
  'nieuwe',
  'integrale',
  'Twentse',
  'publieke',
];
const NOUNS = [
  'samenwerking',
  'leefomgeving',
  'gezondheid',
  'jeugdhulp',
  'werkgelegenheid',
  'dienstverlening',
  'infrastructuur',
  'arbeidsmarkt',
  'woningbouw',
  'preventie',
  'innovatie',
  'recreatie',
  'mobiliteit',
  'energietransitie',
  'ondersteuning',
  'kennisdeling',
  'zorgketen',
  'veiligheid',
];
const LINKS = [
  'in de wijk',
  'met de partners',
  'voor alle leeftijden',
  'op regionaal niveau',
  'in het komende jaar',
  'binnen de begroting',
  'samen met het onderwijs',
  'voor kwetsbare groepen',
];
const ROLES = ['Aanjager en facilitator', 'Coördinator', 'Secretariaat en projectleiding', 'Opdrachtnemer', 'Verbinder van partners'];

/** A deterministic random generator (mulberry32), so the same target always gives the same content. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** `count` different items of `list`, in list order. */
function sample<T>(random: () => number, list: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(random() * list.length));
  return [...chosen].sort((a, b) => a - b).map((index) => list[index] as T);
}

const titleCase = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const pad = (n: number) => String(n).padStart(2, '0');
/** A YAML double-quoted string (JSON strings are valid YAML). */
const quote = (text: string) => JSON.stringify(text);

/** The ids of a registry file (lines "- id: ..."). */
function idsIn(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^(?:  )?- id: *['"]?([a-z0-9-]+)['"]? *$/gm)].map(([, id]) => id ?? '');
}

function yearFolders(dir: string): number[] {
  return readdirSync(dir)
    .filter((name) => /^\d{4}$/.test(name) && existsSync(join(dir, name, 'jaar.yaml')))
    .map(Number);
}

function markdownIn(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md') : [];
}
