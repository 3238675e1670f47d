import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isPattern, listSchema, KIND_KEYS, kindOf, pathPattern, type AnyKind, type KindKey } from '../content-kinds.ts';
import type { ContentError } from './content-error.ts';
import type { AnyEntry, ContentFile, ContentSet } from './content-set.ts';
import { IGNORED_FILES } from './layout.ts';
import { loadMarkdown, loadYaml, loadYamlList, type LoadResult } from './load-file.ts';
import { checkPlaceholders } from './placeholder-rules.ts';

/** Reads every file in `contentDir`, checking each against the schema of its kind. */
export function loadContent(contentDir: string): { content: ContentSet; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const invalid: ContentFile<unknown>[] = [];
  const knownIds: Record<string, string[]> = {};
  const yearFolders = new Set<number>();
  const byKind: Partial<Record<KindKey, AnyEntry | AnyEntry[] | undefined>> = {};
  const display = (name: string) => relative(process.cwd(), join(contentDir, name)) || name;
  // A byte-order mark (some Windows editors write one) is not part of the text.
  const read = (name: string) => readFileSync(join(contentDir, name), 'utf8').replace(/^\uFEFF/, '');
  const load = (key: KindKey, name: string): AnyEntry | undefined => {
    const kind = kindOf(key);
    const result: LoadResult<unknown> =
      kind.format === 'markdown'
        ? loadMarkdown(display(name), read(name), kind.schema, { bodyRequired: !kind.bodyOptional })
        : kind.format === 'list'
          ? loadYamlList(display(name), read(name), kind.collection, listSchema(kind))
          : loadYaml(display(name), read(name), kind.schema);
    if (kind.format === 'list') {
      const raw = result.ok ? result.value.data : result.raw;
      if (Array.isArray(raw)) knownIds[key] = raw.map((item) => item?.id).filter((id) => typeof id === 'string');
    }
    if (result.ok) return { ...result.value, name };
    errors.push(...result.errors);
    if (result.parsed) invalid.push({ file: display(name), name, data: result.raw, parsed: result.parsed });
    return undefined;
  };

  const files = listFiles(contentDir);
  // Figures and texts a new year still needs (`npm run nieuw:jaar` marks them), wherever they are.
  for (const name of files) if (!IGNORED_FILES.test(name)) errors.push(...checkPlaceholders(display(name), read(name)));

  // Kinds of one file (bronnen.yaml), first: other files refer to them.
  const singles = KIND_KEYS.filter((key) => !isPattern(kindOf(key)));
  for (const key of singles) {
    const kind = kindOf(key);
    if (files.includes(kind.path)) byKind[key] = load(key, kind.path);
    else if (kind.required) {
      errors.push({
        file: display(kind.path),
        rule: 'bestand-ontbreekt',
        message: `dit bestand ontbreekt; maak ${kind.path} aan in de map content`,
      });
    }
  }

  // Every other file belongs to the first kind whose pattern it matches.
  const patterns = KIND_KEYS.filter((key) => isPattern(kindOf(key))).map((key) => ({
    key,
    kind: kindOf(key),
    pattern: pathPattern(kindOf(key)),
  }));
  const lists = new Map(patterns.map(({ key }) => [key, [] as AnyEntry[]]));
  for (const [key, list] of lists) byKind[key] = list;
  const singleNames = singles.map((key) => kindOf(key).path);
  for (const name of files) {
    if (singleNames.includes(name) || IGNORED_FILES.test(name)) continue;
    const found = patterns.map((candidate) => ({ ...candidate, match: candidate.pattern.exec(name) })).find(({ match }) => match);
    const groups = found?.match?.groups;
    if (!found || !groups) {
      errors.push({ file: display(name), rule: 'onbekend-bestand', message: unknownFileMessage(patterns.map(({ kind }) => kind)) });
      continue;
    }
    const year = groups['jaar'] === undefined ? undefined : Number(groups['jaar']);
    if (found.kind.yearFolder && year !== undefined) yearFolders.add(year);
    const loaded = load(found.key, name);
    // A per-year entry has the year of its folder; its id is its file name, or the year for one file per year (2020/jaar.yaml).
    if (loaded)
      lists.get(found.key)?.push({ ...loaded, ...(year === undefined ? {} : { folderYear: year }), slug: groups['naam'] ?? String(year) });
  }
  const content = { ...byKind, invalid, knownIds, yearFolders, files } as ContentSet;
  return { content, errors };
}

/** The error for a file that is no kind of content: where each kind's files belong. */
function unknownFileMessage(kinds: AnyKind[]): string {
  const places = kinds.map((kind, index) => `${kind.noun}${index === 0 ? ' staat' : ''} in ${kind.path}`);
  return `dit bestand hoort bij geen enkele soort inhoud en komt dus niet op de site; ${places.join(', ')}`;
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
