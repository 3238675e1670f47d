/**
 * Every kind of content, in one place: where its files are in content/, how they are written, their
 * schema, what staff call them, and which checks across files apply. The loader
 * (src/validation/load-content.ts), the collections (src/content.config.ts), `npm run check:content`,
 * the editor schemas and the field reference (`npm run schemas`) and the redirects are made from
 * this list; tests/unit/content-kinds.test.ts fails when one of them misses a kind.
 *
 * Adding a kind: one entry here, its schema in src/schemas/, and the page that shows it.
 *
 * Pure: no Astro (astro/zod is zod), no file system; Node scripts and unit tests import it.
 */
import { z } from 'astro/zod';
import { agendaPart } from './schemas/agenda.ts';
import { coalition } from './schemas/coalitions.ts';
import { connection } from './schemas/connections.ts';
import { contributions } from './schemas/contributions.ts';
import { coreTasks } from './schemas/core-tasks.ts';
import { documentPage } from './schemas/documents.ts';
import { domain } from './schemas/domains.ts';
import { documentFigures } from './schemas/figures.ts';
import { glossaryTerm } from './schemas/glossary.ts';
import { help } from './schemas/help.ts';
import { municipality } from './schemas/municipalities.ts';
import { organisation } from './schemas/organisations.ts';
import { payment } from './schemas/payment.ts';
import { site } from './schemas/site.ts';
import { searchWords } from './schemas/search.ts';
import { page } from './schemas/pages.ts';
import { pillar } from './schemas/pillars.ts';
import { population } from './schemas/population.ts';
import { sourceDocument } from './schemas/sources.ts';
import { theme } from './schemas/themes.ts';
import { timelineEntry } from './schemas/timeline.ts';
import { budgetYear } from './schemas/years.ts';
import { coalitionPath, documentPath, domainPath, municipalityPath, pillarPath, themePath, yearPath } from './lib/paths.ts';
import { ERROR } from './schemas/messages.ts';

/**
 * How a file of the kind is written:
 * - `list`: a YAML list of items, each with an `id`, under one key named after the collection
 *   (`bronnen:` in content/bronnen.yaml); every item is an entry. The key is there for the browser
 *   CMS, which cannot edit a list at the top of a file;
 * - `yaml`: one YAML file is one entry (content/2020/jaar.yaml);
 * - `markdown`: frontmatter (the schema's fields) between two lines `---`, then the text.
 */
export type Format = 'list' | 'yaml' | 'markdown';

/**
 * What a page address is made of, as far as the kind's path has it: the year of its folder
 * (`<jaar>`) and its name: the file name (`<naam>`, `<document>`) or, in a list, the item's id.
 */
export type PlaceOf<Path extends string, F extends Format> = (Path extends `${string}<jaar>${string}` ? { year: number } : unknown) &
  (Path extends `${string}<naam>${string}` | `${string}<document>${string}` ? { name: string } : unknown) &
  (F extends 'list' ? { name: string } : unknown);

/** One kind of content. */
export interface Kind<C extends string = string, Path extends string = string, S extends z.ZodType = z.ZodType, F extends Format = Format> {
  /** Its collection in src/content.config.ts (what pages ask for with getCollection), in Dutch: "domeinen". */
  collection: C;
  /**
   * Where its files are inside content/: one file ("bronnen.yaml"), or a pattern in which `<jaar>` is
   * a year folder and `<naam>` the file's own name, its id ("<jaar>/domeinen/<naam>.md"). A file
   * named `<document>` is about the source document with that id in bronnen.yaml, and says so in
   * its field `document`.
   */
  path: Path;
  format: F;
  /** Markdown only: the text under the frontmatter may be empty (the page has enough without it). */
  bodyOptional?: true;
  /** The fields of one entry (for a list: of one item). */
  schema: S;
  /** What staff call one entry, as a heading in docs/content.md and in the editor: "Domein". */
  label: string;
  /** How a sentence names it: "een domein" (staat in <jaar>/domeinen/<naam>.md). */
  noun: string;
  /** In one line, for staff: what it holds and where it shows. */
  description: string;
  /** The site cannot do without it: a missing file is an error. */
  required?: true;
  /** Its file makes its folder a year of the site: files of other per-year kinds need it. */
  yearFolder?: true;
  /** A list's fields besides `id` that must be unique within the file, with how a message names them. */
  unique?: readonly { field: string; what: string }[];
  /** Its entries have a `volgorde`, unique within a year folder. */
  order?: true;
  /** Its entries have `oudeAdressen`: old addresses that redirect to its page. */
  oldUrls?: true;
  /** Each entry has a page of its own, at this address. */
  page?: (place: PlaceOf<Path, F>) => string;
}

/** Keeps each entry's own types (its collection, path, schema and format), so the content model is typed per kind. */
const kind = <const C extends string, const Path extends string, S extends z.ZodType, F extends Format>(definition: Kind<C, Path, S, F>) =>
  definition;

/**
 * The kinds of content, by their name in the code. The order is the order of docs/content.md and of
 * the error that lists where files belong.
 */
export const KINDS = {
  domains: kind({
    collection: 'domeinen',
    path: '<jaar>/domeinen/<naam>.md',
    format: 'markdown',
    schema: domain,
    label: 'Domein',
    noun: 'een domein',
    description:
      'Een domein van de begroting: zijn tekst, wat de gemeenten eraan bijdragen en wie het uitvoert; elk domein heeft een eigen pagina.',
    order: true,
    oldUrls: true,
    page: ({ year, name }) => domainPath(year, name),
  }),
  coalitions: kind({
    collection: 'coalities',
    path: '<jaar>/coalities/<naam>.md',
    format: 'markdown',
    bodyOptional: true,
    schema: coalition,
    label: 'Coalitie',
    noun: 'een coalitie',
    description: 'Een Coalition of the Willing: wie eraan meedoet en wat de bron erover zegt; elke coalitie heeft een eigen pagina.',
    order: true,
    oldUrls: true,
    page: ({ year, name }) => coalitionPath(year, name),
  }),
  years: kind({
    collection: 'jaren',
    path: '<jaar>/jaar.yaml',
    format: 'yaml',
    schema: budgetYear,
    label: 'Jaar',
    noun: 'een jaar',
    description: 'De teksten van een jaar en het document waar ze uit komen; een map met dit bestand is een jaar van de site.',
    yearFolder: true,
    page: ({ year }) => yearPath(year),
  }),
  themes: kind({
    collection: 'themas',
    path: '<jaar>/themas/<naam>.md',
    format: 'markdown',
    schema: theme,
    label: 'Thema',
    noun: 'een thema',
    description: 'Een thema van een strategisch programma, met zijn tekst; elk thema heeft een eigen pagina.',
    order: true,
    oldUrls: true,
    page: ({ year, name }) => themePath(year, name),
  }),
  agendaParts: kind({
    collection: 'agenda',
    path: '<jaar>/agenda/<naam>.md',
    format: 'markdown',
    schema: agendaPart,
    label: 'Deel van een samenwerkingsagenda',
    noun: 'een deel van een samenwerkingsagenda',
    description:
      'Een deel van een samenwerkingsagenda: waar de regio staat of wat zij wil (context), of een onderwerp met zijn ambitie en acties; staat op de jaarpagina.',
    order: true,
  }),
  pillars: kind({
    collection: 'pijlers',
    path: '<jaar>/pijlers/<naam>.yaml',
    format: 'yaml',
    schema: pillar,
    label: 'Pijler',
    noun: 'een pijler',
    description: 'Een pijler van een kerntakendiscussie, met zijn regionaal kader en samenhang; elke pijler heeft een eigen pagina.',
    oldUrls: true,
    page: ({ year, name }) => pillarPath(year, name),
  }),
  coreTasks: kind({
    collection: 'kerntaken',
    path: '<jaar>/kerntaken.yaml',
    format: 'yaml',
    schema: coreTasks,
    label: "Kerntaken: soorten taken, scenario's en stellingen",
    noun: "soorten taken en scenario's",
    description: "De soorten taken, de scenario's en de stellingen van een kerntakendiscussie, zoals de bron ze geeft.",
  }),
  contributions: kind({
    collection: 'bijdragen',
    path: '<jaar>/bijdragen.yaml',
    format: 'yaml',
    schema: contributions,
    label: 'Bijdragen per gemeente',
    noun: 'bijdragen per gemeente',
    description:
      'Hoe de bijdrage aan elk domein over de gemeenten verdeelt: bedragen uit een bron, of een verdeelsleutel die de site uitrekent.',
  }),
  population: kind({
    collection: 'inwoners',
    path: '<jaar>/inwoners.yaml',
    format: 'yaml',
    schema: population,
    label: 'Inwoners',
    noun: 'inwoners',
    description: 'Het aantal inwoners van de hele regio en van elke gemeente, met de bron van elk aantal.',
  }),
  documents: kind({
    collection: 'documenten',
    path: 'documenten/<document>.md',
    format: 'markdown',
    schema: documentPage,
    label: 'Documentpagina',
    noun: 'een documentpagina',
    description: 'De pagina over een brondocument: een korte titel, een samenvatting en de teksten die ertoe doen.',
    oldUrls: true,
    page: ({ name }) => documentPath(name),
  }),
  figures: kind({
    collection: 'cijfers',
    path: 'cijfers/<document>.yaml',
    format: 'yaml',
    schema: documentFigures,
    label: 'Kerncijfers',
    noun: 'kerncijfers',
    description: 'De kerncijfers van een brondocument, in blokken zoals de bron ze geeft.',
  }),
  sources: kind({
    collection: 'bronnen',
    path: 'bronnen.yaml',
    format: 'list',
    schema: sourceDocument,
    label: 'Brondocument',
    noun: 'een brondocument',
    description: 'De documenten waar alles op de site uit komt; elk veld "bron" in de andere bestanden noemt er een.',
    required: true,
  }),
  municipalities: kind({
    collection: 'gemeenten',
    path: 'gemeenten.yaml',
    format: 'list',
    schema: municipality,
    label: 'Gemeente',
    noun: 'een gemeente',
    description: 'De gemeenten die deelnemen aan de samenwerking, met hun CBS-code; elke gemeente heeft een eigen pagina.',
    required: true,
    unique: [{ field: 'cbs', what: 'CBS-code' }],
    page: ({ name }) => municipalityPath(name),
  }),
  organisations: kind({
    collection: 'organisaties',
    path: 'organisaties.yaml',
    format: 'list',
    schema: organisation,
    label: 'Organisatie',
    noun: 'een organisatie',
    description: 'Organisaties naast de gemeenten, zoals wie een domein uitvoert of aan een coalitie meedoet.',
    required: true,
  }),
  glossary: kind({
    collection: 'begrippen',
    path: 'begrippen.yaml',
    format: 'list',
    schema: glossaryTerm,
    label: 'Begrip',
    noun: 'een begrip',
    description: 'Begrippen uit de documenten, uitgelegd in gewone taal; op /begrippen/ en als link bij hun eerste gebruik in een tekst.',
    unique: [{ field: 'term', what: 'term' }],
  }),
  timeline: kind({
    collection: 'tijdlijn',
    path: 'tijdlijn.yaml',
    format: 'list',
    schema: timelineEntry,
    label: 'Stap in de tijdlijn',
    noun: 'een stap in de tijdlijn',
    description: 'De geschiedenis van de organisatie, stap voor stap; op /organisatie/.',
  }),
  connections: kind({
    collection: 'verbanden',
    path: 'verbanden.yaml',
    format: 'list',
    schema: connection,
    label: 'Verband door de jaren',
    noun: 'een verband door de jaren',
    description: 'Organisaties en taken die de documenten door de jaren volgen, met per jaar de plek waar het document ze noemt.',
  }),
  payment: kind({
    collection: 'betalen',
    path: 'betalen.yaml',
    format: 'yaml',
    schema: payment,
    label: 'Hoe de gemeenten betalen',
    noun: 'hoe de gemeenten betalen',
    description: 'Hoe de gemeenten voor de regio betalen, voor zover een document dat zegt; op /gemeenten/ en elke gemeentepagina.',
  }),
  help: kind({
    collection: 'hulp',
    path: 'hulp.yaml',
    format: 'yaml',
    schema: help,
    label: 'Hulpkader',
    noun: 'het hulpkader',
    description: 'Waar een lezer hulp krijgt, met het telefoonnummer uit de bron; op elke pagina die een van de woorden noemt.',
  }),
  site: kind({
    collection: 'site',
    path: 'site.yaml',
    format: 'yaml',
    schema: site,
    label: 'De site',
    noun: 'de site',
    description: 'Naam van de site, de samenwerking en de regio; elke tekst die ze noemt, neemt ze hieruit.',
    required: true,
  }),
  searchWords: kind({
    collection: 'zoeken',
    path: 'zoeken.yaml',
    format: 'yaml',
    schema: searchWords,
    label: 'Zoekwoorden',
    noun: 'de zoekwoorden',
    description:
      'Woorden die de zoekfunctie weglaat (wat, hoe, de) en woorden die voor haar hetzelfde betekenen (kost, betaalt, bijdrage).',
  }),
  pages: kind({
    collection: 'paginas',
    path: 'paginas/<naam>.md',
    format: 'markdown',
    bodyOptional: true,
    schema: page,
    label: 'Pagina',
    noun: 'een pagina',
    description:
      'De woorden van een vaste pagina, zoals /over/ (over.md) en /toegankelijkheid/: kop, beschrijving, inleiding en tekst; een nieuw bestand maakt geen nieuwe pagina.',
  }),
};

export type Kinds = typeof KINDS;
/** A kind's name in the code, such as "domains": its key in the content model. */
export type KindKey = keyof Kinds;
/** A collection's name, such as "domeinen". */
export type CollectionName = Kinds[KindKey]['collection'];

/** The kinds in the order of the registry. */
export const KIND_KEYS = Object.keys(KINDS) as KindKey[];

/** A kind as code that handles every kind sees it. */
export interface AnyKind extends Omit<Kind, 'page'> {
  /** Each kind's own `page` reads only what its path has: a year for `<jaar>`, a name for `<naam>`, `<document>` or a list item. */
  page?: (place: { year?: number | undefined; name?: string | undefined }) => string;
}

/** The kind by its key, without its own types. */
export const kindOf = (key: KindKey): AnyKind => KINDS[key] as AnyKind;

/** True for a kind whose path is a pattern (many files), false for one file such as bronnen.yaml. */
export const isPattern = (kind: Pick<Kind, 'path'>): boolean => kind.path.includes('<');

/** True for a kind whose files are in a year folder. */
export const isPerYear = (kind: Pick<Kind, 'path'>): boolean => kind.path.includes('<jaar>');

/** True for a kind whose files are named after a source document and name it in `document`. */
export const isPerDocument = (kind: Pick<Kind, 'path'>): boolean => kind.path.includes('<document>');

const PLACEHOLDERS: Record<string, string> = { '<jaar>': '(?<jaar>\\d{4})', '<naam>': '(?<naam>[^/]+)', '<document>': '(?<naam>[^/]+)' };

/** The pattern of a kind's file names, relative to content/: groups `jaar` and `naam` where the path has them. */
export function pathPattern(kind: Pick<Kind, 'path'>): RegExp {
  const source = kind.path
    .split(/(<[a-z]+>)/)
    .map((part) => PLACEHOLDERS[part] ?? part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The kind's files as a glob relative to the project (content/*\/domeinen/*.md), for editors. */
export const pathGlob = (kind: Pick<Kind, 'path'>): string => `content/${kind.path.replace(/<[a-z]+>/g, '*')}`;

/** The list of a list file (what stands under its key): its items. */
export const listSchema = (kind: Pick<Kind, 'schema'>): z.ZodType => z.array(kind.schema, { error: ERROR.list });

/** The schema of a whole file of the kind: for a list, its key with the list of its items. */
export const fileSchema = (kind: Pick<Kind, 'format' | 'schema' | 'collection'>): z.ZodType =>
  kind.format === 'list' ? z.strictObject({ [kind.collection]: listSchema(kind) }, { error: ERROR.object }) : kind.schema;
