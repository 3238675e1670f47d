import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { coalition, type Coalition } from '../schemas/coalitions.ts';
import { domain, type Domain } from '../schemas/domains.ts';
import { municipality, type Municipality } from '../schemas/municipalities.ts';
import { organisation, type Organisation } from '../schemas/organisations.ts';
import { sourceDocument, type SourceDocument } from '../schemas/sources.ts';
import { budgetYear, type BudgetYear } from '../schemas/years.ts';
import type { ContentError } from './content-error.ts';
import { CONTENT_FILES, CONTENT_PATTERNS, IGNORED_FILES } from './layout.ts';
import { loadMarkdown, loadYaml, type LoadedFile, type LoadResult } from './load-file.ts';
import { EXPECTED } from './messages.ts';

/** A per-year entry: its folder's year and its id (the file name). */
export interface YearEntry<T> extends LoadedFile<T> {
  folderYear: number;
  slug: string;
}

/** Every content file that parsed and matched its schema. */
export interface ContentSet {
  sources?: LoadedFile<SourceDocument[]> | undefined;
  municipalities?: LoadedFile<Municipality[]> | undefined;
  organisations?: LoadedFile<Organisation[]> | undefined;
  years: YearEntry<BudgetYear>[];
  domains: YearEntry<Domain>[];
  coalitions: YearEntry<Coalition>[];
  /** Ids in each registry file, read even when another entry of that file is invalid. */
  knownIds: { sources?: string[] | undefined; municipalities?: string[] | undefined; organisations?: string[] | undefined };
  /** Years that have a jaar.yaml, valid or not. */
  yearFolders: Set<number>;
}

/** Reads every file in `contentDir`, checking each against its schema. */
export function loadContent(contentDir: string): { content: ContentSet; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const content: ContentSet = { years: [], domains: [], coalitions: [], knownIds: {}, yearFolders: new Set() };
  const display = (name: string) => relative(process.cwd(), join(contentDir, name)) || name;
  const read = (name: string) => readFileSync(join(contentDir, name), 'utf8');
  const keep = <T>(result: LoadResult<T>): LoadedFile<T> | undefined => {
    if (result.ok) return result.value;
    errors.push(...result.errors);
    return undefined;
  };

  const files = listFiles(contentDir);
  const registry = <S extends z.ZodType>(key: keyof ContentSet['knownIds'], name: string, schema: S) => {
    if (!files.includes(name)) {
      errors.push({ file: display(name), message: `dit bestand ontbreekt; maak ${name} aan in de map content` });
      return undefined;
    }
    const result = loadYaml(display(name), read(name), z.array(schema, { error: EXPECTED.list }));
    const raw = result.ok ? result.value.data : result.raw;
    if (Array.isArray(raw)) content.knownIds[key] = raw.map((item) => item?.id).filter((id) => typeof id === 'string');
    return keep(result);
  };
  content.sources = registry('sources', CONTENT_FILES.sources, sourceDocument);
  content.municipalities = registry('municipalities', CONTENT_FILES.municipalities, municipality);
  content.organisations = registry('organisations', CONTENT_FILES.organisations, organisation);

  const registryNames: string[] = Object.values(CONTENT_FILES);
  for (const name of files) {
    if (registryNames.includes(name) || IGNORED_FILES.test(name)) continue;
    const yearMatch = CONTENT_PATTERNS.years.exec(name);
    const domainMatch = CONTENT_PATTERNS.domains.exec(name);
    const coalitionMatch = CONTENT_PATTERNS.coalitions.exec(name);
    if (yearMatch) {
      content.yearFolders.add(Number(yearMatch[1]));
      const loaded = keep(loadYaml(display(name), read(name), budgetYear));
      if (loaded) content.years.push({ ...loaded, folderYear: Number(yearMatch[1]), slug: String(yearMatch[1]) });
    } else if (domainMatch) {
      const loaded = keep(loadMarkdown(display(name), read(name), domain));
      if (loaded) content.domains.push({ ...loaded, folderYear: Number(domainMatch[1]), slug: String(domainMatch[2]) });
    } else if (coalitionMatch) {
      const loaded = keep(loadMarkdown(display(name), read(name), coalition));
      if (loaded) content.coalitions.push({ ...loaded, folderYear: Number(coalitionMatch[1]), slug: String(coalitionMatch[2]) });
    } else {
      errors.push({
        file: display(name),
        message:
          'dit bestand hoort bij geen enkele soort inhoud en komt dus niet op de site; ' +
          'een domein staat in <jaar>/domeinen/<naam>.md, een coalitie in <jaar>/coalities/<naam>.md, een jaar in <jaar>/jaar.yaml',
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
