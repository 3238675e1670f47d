import { errorAt, type ContentError } from './content-error.ts';
import type { RuleName } from './rules.ts';
import { filesOf, type ContentSet, type NamedEntry, type YearEntry } from './content-set.ts';
import type { LoadedFile } from './load-file.ts';
import { checkContributionRules } from './contribution-rules.ts';
import { checkFigureRules } from './figure-rules.ts';
import { checkPeriodRules } from './period-rules.ts';
import { checkConnectionRules } from './connection-rules.ts';
import { checkCoreTaskRules } from './core-task-rules.ts';
import { checkAgendaRules } from './agenda-rules.ts';
import { didYouMean } from './suggest.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { isLivePage, livePages } from '../lib/redirects.ts';
import { isPerDocument, isPerYear, KIND_KEYS, KINDS, kindOf } from '../content-kinds.ts';

type Path = PropertyKey[];

/** Rules that span files: references exist, ids are unique, years agree with their folders. */
export function checkCrossRules(content: ContentSet): ContentError[] {
  const errors: ContentError[] = [];
  const at = (entry: LoadedFile<unknown>, path: Path, rule: RuleName, message: string) => errors.push(errorAt(entry, path, rule, message));

  // Unique ids within each list file, and its other unique fields (CBS codes, terms).
  const unique = (entry: LoadedFile<unknown> | undefined, key: string, what: string) => {
    if (!entry) return;
    const seen = new Map<unknown, number>();
    (entry.data as Record<string, unknown>[]).forEach((item, index) => {
      const value = item[key];
      const first = seen.get(value);
      if (first === undefined) seen.set(value, index);
      else {
        const line = entry.parsed.positionOf([first, key]).line;
        at(
          entry,
          [index, key],
          'uniek',
          `${what} "${String(value)}" komt twee keer voor (ook op regel ${line}); elke ${what} moet uniek zijn`,
        );
      }
    });
  };
  for (const key of KIND_KEYS) {
    const kind = kindOf(key);
    if (kind.format !== 'list') continue;
    for (const { field, what } of [{ field: 'id', what: 'id' }, ...(kind.unique ?? [])]) unique(filesOf(content, key)[0], field, what);
  }
  // The principles of betalen.yaml are anchors on the page (#beginsel-<id>).
  const principleIds = new Map<string, number>();
  content.payment?.data.beginselen.forEach((principle, index) => {
    const first = principleIds.get(principle.id);
    if (first === undefined) principleIds.set(principle.id, index);
    else {
      const line = content.payment!.parsed.positionOf(['beginselen', first, 'id']).line;
      at(
        content.payment!,
        ['beginselen', index, 'id'],
        'uniek',
        `id "${principle.id}" komt twee keer voor (ook op regel ${line}); elke id moet uniek zijn`,
      );
    }
  });

  const { sources: sourceIds, municipalities: municipalityIds, organisations: organisationIds } = content.knownIds;

  /** Checks a reference; skipped when the registry itself failed to load (its own error says why). */
  const reference = (
    entry: LoadedFile<unknown>,
    path: Path,
    value: string,
    known: string[] | undefined,
    what: string,
    registry: string,
  ) => {
    if (known && !known.includes(value)) {
      at(entry, path, 'verwijzing', `onbekende ${what} "${value}"${didYouMean(value, known)}; gebruik een id uit content/${registry}`);
    }
  };
  /** Checks a list of references, and that none is given twice; values that are not ids are the schema's to report. */
  const references = (
    entry: LoadedFile<unknown>,
    path: Path,
    values: unknown,
    known: string[] | undefined,
    what: string,
    registry: string,
  ) => {
    if (!Array.isArray(values)) return;
    values.forEach((value, index) => {
      if (typeof value !== 'string' || !ID_PATTERN.test(value)) return;
      reference(entry, [...path, index], value, known, what, registry);
      if (values.indexOf(value) !== index)
        at(entry, [...path, index], 'uniek', `"${value}" staat twee keer in de lijst; verwijder een van beide`);
    });
  };

  // References in every file that could be read, also one that breaks its schema elsewhere: a staff
  // member sees all problems of a file in one run, not the next one after each fix.
  const everyEntry: LoadedFile<unknown>[] = [...KIND_KEYS.flatMap((key) => filesOf(content, key)), ...content.invalid];
  for (const entry of everyEntry) {
    // Every "bron: document:" anywhere points at a known source document.
    for (const path of sourceRefPaths(entry.data)) {
      const document = valueAt(entry.data, [...path, 'document']);
      if (typeof document === 'string' && ID_PATTERN.test(document))
        reference(entry, [...path, 'document'], document, sourceIds, 'bron', KINDS.sources.path);
    }
    // A domain's organisations, a coalition's municipalities and organisations.
    references(entry, ['uitvoerders'], valueAt(entry.data, ['uitvoerders']), organisationIds, 'organisatie', KINDS.organisations.path);
    references(
      entry,
      ['deelnemers', 'gemeenten'],
      valueAt(entry.data, ['deelnemers', 'gemeenten']),
      municipalityIds,
      'gemeente',
      KINDS.municipalities.path,
    );
    references(
      entry,
      ['deelnemers', 'organisaties'],
      valueAt(entry.data, ['deelnemers', 'organisaties']),
      organisationIds,
      'organisatie',
      KINDS.organisations.path,
    );
  }

  // Years: each per-year file agrees with its folder, and its folder has a jaar.yaml.
  const perYear = (yearFolder: boolean) =>
    KIND_KEYS.filter((key) => isPerYear(kindOf(key)) && Boolean(kindOf(key).yearFolder) === yearFolder).flatMap(
      (key) => filesOf(content, key) as YearEntry<{ jaar: number }>[],
    );
  for (const entry of perYear(true)) {
    if (entry.data.jaar !== entry.folderYear) {
      at(
        entry,
        ['jaar'],
        'jaar-map',
        `het jaar is ${entry.data.jaar}, maar het bestand staat in de map ${entry.folderYear}; maak die twee gelijk`,
      );
    }
  }
  for (const entry of perYear(false)) {
    if (entry.data.jaar !== entry.folderYear) {
      at(
        entry,
        ['jaar'],
        'jaar-map',
        `het jaar is ${entry.data.jaar}, maar het bestand staat in de map ${entry.folderYear}; zet het bestand in content/${entry.data.jaar}/ of schrijf jaar: ${entry.folderYear}`,
      );
    } else if (!content.yearFolders.has(entry.folderYear)) {
      at(
        entry,
        ['jaar'],
        'jaar-map',
        `er is geen content/${entry.folderYear}/jaar.yaml; maak dat bestand aan voor het jaar ${entry.folderYear}`,
      );
    }
  }

  // Order numbers are unique within a year's files of one kind (its domains, its coalitions, ...).
  for (const key of KIND_KEYS.filter((key) => kindOf(key).order)) {
    const list = filesOf(content, key) as YearEntry<{ volgorde: number }>[];
    const seen = new Map<string, YearEntry<unknown>>();
    for (const entry of list) {
      const place = `${entry.folderYear}:${entry.data.volgorde}`;
      const first = seen.get(place);
      const firstName = first?.file.split(/[\\/]/).pop();
      if (first)
        at(
          entry,
          ['volgorde'],
          'volgorde',
          `volgorde ${entry.data.volgorde} heeft ook ${firstName} in deze map; geef elk bestand een eigen nummer`,
        );
      else seen.set(place, entry);
    }
  }

  // A document page and a figures file are named after their document, which must exist.
  const perDocument = KIND_KEYS.filter((key) => isPerDocument(kindOf(key)));
  for (const entry of perDocument.flatMap((key) => filesOf(content, key) as NamedEntry<{ document: string }>[])) {
    if (entry.data.document !== entry.slug) {
      at(
        entry,
        ['document'],
        'bestandsnaam',
        `het document is "${entry.data.document}", maar het bestand heet ${entry.slug}; maak die twee gelijk`,
      );
    } else reference(entry, ['document'], entry.data.document, sourceIds, 'bron', KINDS.sources.path);
  }
  content.timeline?.data.forEach((step, index) => {
    if (step.document && content.timeline)
      reference(content.timeline, [index, 'document'], step.document, sourceIds, 'bron', KINDS.sources.path);
  });

  // Old addresses (redirects) must not be a page that exists (of any kind: its redirect would replace it),
  // and lead to one page only.
  const live = livePages(content);
  const claimed = new Map<string, string>();
  const entries = KIND_KEYS.filter((key) => kindOf(key).oldUrls).flatMap(
    (key) => filesOf(content, key) as LoadedFile<{ oudeAdressen?: string[] | undefined }>[],
  );
  for (const entry of entries) {
    entry.data.oudeAdressen?.forEach((url, index) => {
      const other = claimed.get(url);
      if (isLivePage(url, live)) {
        at(
          entry,
          ['oudeAdressen', index],
          'oud-adres',
          `${url} is het adres van een bestaande pagina; een oud adres mag geen pagina meer zijn (haal het weg, of geef die pagina een ander adres)`,
        );
      } else if (other) {
        at(
          entry,
          ['oudeAdressen', index],
          'oud-adres',
          `${url} staat ook als oud adres in ${other}; een oud adres kan maar naar één pagina leiden`,
        );
      } else claimed.set(url, entry.file);
    });
  }

  return [
    ...errors,
    ...checkContributionRules(content),
    ...checkFigureRules(content),
    ...checkPeriodRules(content),
    ...checkConnectionRules(content),
    ...checkCoreTaskRules(content),
    ...checkAgendaRules(content),
  ];
}

/** Paths of every `bron` object (a source reference) inside `data`. */
function sourceRefPaths(data: unknown, path: Path = []): Path[] {
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => {
    const childPath = [...path, Array.isArray(data) ? Number(key) : key];
    const own = key === 'bron' && value && typeof value === 'object' ? [childPath] : [];
    return [...own, ...sourceRefPaths(value, childPath)];
  });
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((current, segment) => (current as Record<PropertyKey, unknown> | undefined)?.[segment], data);
}
