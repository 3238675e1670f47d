import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { coalition, type Coalition } from '../schemas/coalitions.ts';
import { domain, type Domain } from '../schemas/domains.ts';
import { theme, type Theme } from '../schemas/themes.ts';
import { agendaPart, type AgendaPart } from '../schemas/agenda.ts';
import { pillar, type Pillar } from '../schemas/pillars.ts';
import { coreTasks, type CoreTasks } from '../schemas/core-tasks.ts';
import { municipality, type Municipality } from '../schemas/municipalities.ts';
import { organisation, type Organisation } from '../schemas/organisations.ts';
import { sourceDocument, type SourceDocument } from '../schemas/sources.ts';
import { budgetYear, type BudgetYear } from '../schemas/years.ts';
import { contributions, type Contributions } from '../schemas/contributions.ts';
import { population, type Population } from '../schemas/population.ts';
import { documentPage, type DocumentPage } from '../schemas/documents.ts';
import { documentFigures, type DocumentFigures } from '../schemas/figures.ts';
import { glossaryTerm, type GlossaryTerm } from '../schemas/glossary.ts';
import { timelineEntry, type TimelineEntry } from '../schemas/timeline.ts';
import { connection, type Connection } from '../schemas/connections.ts';
import { payment, type Payment } from '../schemas/payment.ts';
import type { ContentError } from './content-error.ts';
import { CONTENT_FILES, CONTENT_PATTERNS, IGNORED_FILES } from './layout.ts';
import { loadMarkdown, loadYaml, type LoadedFile, type LoadResult } from './load-file.ts';
import { ERROR } from '../schemas/messages.ts';
import { checkPlaceholders } from './placeholder-rules.ts';

/** A content file in the model: also where it is inside content/ (`2020/domeinen/gezondheid.md`). */
export interface ContentFile<T> extends LoadedFile<T> {
  name: string;
}

/** A per-year entry: its folder's year and its id (the file name). */
export interface YearEntry<T> extends ContentFile<T> {
  folderYear: number;
  slug: string;
}

/** A file named after what it is about: content/documenten/<id>.md, content/cijfers/<id>.yaml. */
export interface NamedEntry<T> extends ContentFile<T> {
  slug: string;
}

/** Every content file that parsed and matched its schema. */
export interface ContentSet {
  sources?: ContentFile<SourceDocument[]> | undefined;
  municipalities?: ContentFile<Municipality[]> | undefined;
  organisations?: ContentFile<Organisation[]> | undefined;
  glossary?: ContentFile<GlossaryTerm[]> | undefined;
  timeline?: ContentFile<TimelineEntry[]> | undefined;
  /** Organisations and tasks followed through the years. */
  connections?: ContentFile<Connection[]> | undefined;
  /** How the municipalities pay, as far as a document says it (one file, not a list). */
  payment?: ContentFile<Payment> | undefined;
  /** Pages about the source documents. */
  documents: NamedEntry<DocumentPage>[];
  /** Key figures per source document. */
  figures: NamedEntry<DocumentFigures>[];
  years: YearEntry<BudgetYear>[];
  domains: YearEntry<Domain>[];
  coalitions: YearEntry<Coalition>[];
  /** Themes of a strategic programme. */
  themes: YearEntry<Theme>[];
  /** Parts of a cooperation agenda: its context and its subjects, with what the organisation will do. */
  agendaParts: YearEntry<AgendaPart>[];
  /** Pillars of a core-task discussion. */
  pillars: YearEntry<Pillar>[];
  /** Per year at most one: the kinds of task, scenarios and statements of a core-task discussion. */
  coreTasks: YearEntry<CoreTasks>[];
  /** Per year at most one: how the domains divide over the municipalities. */
  contributions: YearEntry<Contributions>[];
  /** Per year at most one: the population of Twente and its municipalities. */
  population: YearEntry<Population>[];
  /** Files that are readable YAML but break their schema: their references are still checked, so every error shows in one run. */
  invalid: ContentFile<unknown>[];
  /** Ids in each registry file, read even when another entry of that file is invalid. */
  knownIds: {
    sources?: string[] | undefined;
    municipalities?: string[] | undefined;
    organisations?: string[] | undefined;
    glossary?: string[] | undefined;
    timeline?: string[] | undefined;
    connections?: string[] | undefined;
  };
  /** Years that have a jaar.yaml, valid or not. */
  yearFolders: Set<number>;
  /** Every file in the content folder, valid or not, relative to it. */
  files: string[];
}

/** Reads every file in `contentDir`, checking each against its schema. */
export function loadContent(contentDir: string): { content: ContentSet; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const content: ContentSet = {
    years: [],
    domains: [],
    coalitions: [],
    themes: [],
    agendaParts: [],
    pillars: [],
    coreTasks: [],
    contributions: [],
    population: [],
    documents: [],
    figures: [],
    invalid: [],
    knownIds: {},
    yearFolders: new Set(),
    files: [],
  };
  const display = (name: string) => relative(process.cwd(), join(contentDir, name)) || name;
  // A byte-order mark (some Windows editors write one) is not part of the text.
  const read = (name: string) => readFileSync(join(contentDir, name), 'utf8').replace(/^\uFEFF/, '');
  const keep = <T>(result: LoadResult<T>, name: string): ContentFile<T> | undefined => {
    if (result.ok) return { ...result.value, name };
    errors.push(...result.errors);
    if (result.parsed) content.invalid.push({ file: display(name), name, data: result.raw, parsed: result.parsed });
    return undefined;
  };

  const files = listFiles(contentDir);
  content.files = files;
  // Figures and texts a new year still needs (`npm run nieuw:jaar` marks them), wherever they are.
  for (const name of files) if (!IGNORED_FILES.test(name)) errors.push(...checkPlaceholders(display(name), read(name)));
  const registry = <S extends z.ZodType>(key: keyof ContentSet['knownIds'], name: string, schema: S, required = true) => {
    if (!files.includes(name)) {
      if (!required) return undefined;
      errors.push({ file: display(name), rule: 'bestand-ontbreekt', message: `dit bestand ontbreekt; maak ${name} aan in de map content` });
      return undefined;
    }
    const result = loadYaml(display(name), read(name), z.array(schema, { error: ERROR.list }));
    const raw = result.ok ? result.value.data : result.raw;
    if (Array.isArray(raw)) content.knownIds[key] = raw.map((item) => item?.id).filter((id) => typeof id === 'string');
    return keep(result, name);
  };
  content.sources = registry('sources', CONTENT_FILES.sources, sourceDocument);
  content.municipalities = registry('municipalities', CONTENT_FILES.municipalities, municipality);
  content.organisations = registry('organisations', CONTENT_FILES.organisations, organisation);
  content.glossary = registry('glossary', CONTENT_FILES.glossary, glossaryTerm, false);
  content.timeline = registry('timeline', CONTENT_FILES.timeline, timelineEntry, false);
  content.connections = registry('connections', CONTENT_FILES.connections, connection, false);
  if (files.includes(CONTENT_FILES.payment)) {
    content.payment = keep(loadYaml(display(CONTENT_FILES.payment), read(CONTENT_FILES.payment), payment), CONTENT_FILES.payment);
  }

  const registryNames: string[] = Object.values(CONTENT_FILES);
  for (const name of files) {
    if (registryNames.includes(name) || IGNORED_FILES.test(name)) continue;
    const match = (pattern: RegExp) => pattern.exec(name);
    const yearMatch = match(CONTENT_PATTERNS.years);
    const domainMatch = match(CONTENT_PATTERNS.domains);
    const coalitionMatch = match(CONTENT_PATTERNS.coalitions);
    const themeMatch = match(CONTENT_PATTERNS.themes);
    const agendaMatch = match(CONTENT_PATTERNS.agendaParts);
    const pillarMatch = match(CONTENT_PATTERNS.pillars);
    const coreTasksMatch = match(CONTENT_PATTERNS.coreTasks);
    const contributionsMatch = match(CONTENT_PATTERNS.contributions);
    const populationMatch = match(CONTENT_PATTERNS.population);
    const documentMatch = match(CONTENT_PATTERNS.documents);
    const figuresMatch = match(CONTENT_PATTERNS.figures);
    const named = <T>(loaded: ContentFile<T> | undefined, found: RegExpExecArray, list: NamedEntry<T>[]) => {
      if (loaded) list.push({ ...loaded, slug: String(found[1]) });
    };
    /** Keeps a valid per-year entry, with the year of its folder and its id. */
    const perYear = <T>(loaded: ContentFile<T> | undefined, found: RegExpExecArray, list: YearEntry<T>[]) => {
      if (loaded) list.push({ ...loaded, folderYear: Number(found[1]), slug: String(found[2] ?? found[1]) });
    };
    if (yearMatch) {
      content.yearFolders.add(Number(yearMatch[1]));
      perYear(keep(loadYaml(display(name), read(name), budgetYear), name), yearMatch, content.years);
    } else if (domainMatch) {
      perYear(keep(loadMarkdown(display(name), read(name), domain), name), domainMatch, content.domains);
    } else if (coalitionMatch) {
      perYear(keep(loadMarkdown(display(name), read(name), coalition, { bodyRequired: false }), name), coalitionMatch, content.coalitions);
    } else if (themeMatch) {
      perYear(keep(loadMarkdown(display(name), read(name), theme), name), themeMatch, content.themes);
    } else if (agendaMatch) {
      perYear(keep(loadMarkdown(display(name), read(name), agendaPart), name), agendaMatch, content.agendaParts);
    } else if (pillarMatch) {
      perYear(keep(loadYaml(display(name), read(name), pillar), name), pillarMatch, content.pillars);
    } else if (coreTasksMatch) {
      perYear(keep(loadYaml(display(name), read(name), coreTasks), name), coreTasksMatch, content.coreTasks);
    } else if (contributionsMatch) {
      perYear(keep(loadYaml(display(name), read(name), contributions), name), contributionsMatch, content.contributions);
    } else if (populationMatch) {
      perYear(keep(loadYaml(display(name), read(name), population), name), populationMatch, content.population);
    } else if (documentMatch) {
      named(keep(loadMarkdown(display(name), read(name), documentPage), name), documentMatch, content.documents);
    } else if (figuresMatch) {
      named(keep(loadYaml(display(name), read(name), documentFigures), name), figuresMatch, content.figures);
    } else {
      errors.push({
        file: display(name),
        rule: 'onbekend-bestand',
        message:
          'dit bestand hoort bij geen enkele soort inhoud en komt dus niet op de site; ' +
          'een domein staat in <jaar>/domeinen/<naam>.md, een coalitie in <jaar>/coalities/<naam>.md, een jaar in <jaar>/jaar.yaml, ' +
          'een thema in <jaar>/themas/<naam>.md, een deel van een samenwerkingsagenda in <jaar>/agenda/<naam>.md, ' +
          "een pijler in <jaar>/pijlers/<naam>.yaml, soorten taken en scenario's in <jaar>/kerntaken.yaml, " +
          'bijdragen per gemeente in <jaar>/bijdragen.yaml, inwoners in <jaar>/inwoners.yaml, ' +
          'een documentpagina in documenten/<document>.md, kerncijfers in cijfers/<document>.yaml',
      });
    }
  }
  return { content, errors };
}

/** All files under `dir`, as paths relative to it with forward slashes, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const path = prefix ? `${prefix}/${name}` : name;
      return statSync(join(dir, path)).isDirectory() ? listFiles(dir, path) : [path];
    });
}
