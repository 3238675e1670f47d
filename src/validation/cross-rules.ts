import { errorAt, type ContentError } from './content-error.ts';
import type { RuleName } from './rules.ts';
import type { ContentSet, YearEntry } from './load-content.ts';
import type { LoadedFile } from './load-file.ts';
import { checkContributionRules } from './contribution-rules.ts';
import { checkFigureRules } from './figure-rules.ts';
import { checkPeriodRules } from './period-rules.ts';
import { checkConnectionRules } from './connection-rules.ts';
import { checkCoreTaskRules } from './core-task-rules.ts';
import { checkAgendaRules } from './agenda-rules.ts';
import { didYouMean } from './suggest.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { contentPages } from '../lib/redirects.ts';
import { municipalityPath, yearPath } from '../lib/paths.ts';

type Path = PropertyKey[];

/** Rules that span files: references exist, ids are unique, years agree with their folders. */
export function checkCrossRules(content: ContentSet): ContentError[] {
  const errors: ContentError[] = [];
  const at = (entry: LoadedFile<unknown>, path: Path, rule: RuleName, message: string) => errors.push(errorAt(entry, path, rule, message));

  // Unique ids (and CBS codes) within each registry.
  const unique = <T>(entry: LoadedFile<T[]> | undefined, key: keyof T & string, what: string) => {
    const seen = new Map<unknown, number>();
    entry?.data.forEach((item, index) => {
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
  unique(content.sources, 'id', 'id');
  unique(content.municipalities, 'id', 'id');
  unique(content.municipalities, 'cbs', 'CBS-code');
  unique(content.organisations, 'id', 'id');
  unique(content.glossary, 'id', 'id');
  unique(content.glossary, 'term', 'term');
  unique(content.timeline, 'id', 'id');
  unique(content.connections, 'id', 'id');
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
  const everyEntry: LoadedFile<unknown>[] = [
    ...[content.municipalities, content.organisations, content.glossary, content.timeline, content.connections, content.payment].filter(
      (entry) => entry !== undefined,
    ),
    ...content.documents,
    ...content.figures,
    ...content.years,
    ...content.domains,
    ...content.coalitions,
    ...content.themes,
    ...content.agendaParts,
    ...content.pillars,
    ...content.coreTasks,
    ...content.contributions,
    ...content.population,
    ...content.invalid,
  ];
  for (const entry of everyEntry) {
    // Every "bron: document:" anywhere points at a known source document.
    for (const path of sourceRefPaths(entry.data)) {
      const document = valueAt(entry.data, [...path, 'document']);
      if (typeof document === 'string' && ID_PATTERN.test(document))
        reference(entry, [...path, 'document'], document, sourceIds, 'bron', 'bronnen.yaml');
    }
    // A domain's organisations, a coalition's municipalities and organisations.
    references(entry, ['uitvoerders'], valueAt(entry.data, ['uitvoerders']), organisationIds, 'organisatie', 'organisaties.yaml');
    references(
      entry,
      ['deelnemers', 'gemeenten'],
      valueAt(entry.data, ['deelnemers', 'gemeenten']),
      municipalityIds,
      'gemeente',
      'gemeenten.yaml',
    );
    references(
      entry,
      ['deelnemers', 'organisaties'],
      valueAt(entry.data, ['deelnemers', 'organisaties']),
      organisationIds,
      'organisatie',
      'organisaties.yaml',
    );
  }

  // Years: each per-year file agrees with its folder, and its folder has a jaar.yaml.
  for (const entry of content.years) {
    if (entry.data.jaar !== entry.folderYear) {
      at(
        entry,
        ['jaar'],
        'jaar-map',
        `het jaar is ${entry.data.jaar}, maar het bestand staat in de map ${entry.folderYear}; maak die twee gelijk`,
      );
    }
  }
  const perYear: YearEntry<{ jaar: number }>[] = [
    ...content.domains,
    ...content.coalitions,
    ...content.themes,
    ...content.agendaParts,
    ...content.pillars,
    ...content.coreTasks,
    ...content.contributions,
    ...content.population,
  ];
  for (const entry of perYear) {
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

  // Order numbers are unique within a year's domains, its coalitions, its themes and its agenda parts.
  for (const list of [content.domains, content.coalitions, content.themes, content.agendaParts] as YearEntry<{ volgorde: number }>[][]) {
    const seen = new Map<string, YearEntry<unknown>>();
    for (const entry of list) {
      const key = `${entry.folderYear}:${entry.data.volgorde}`;
      const first = seen.get(key);
      const firstName = first?.file.split(/[\\/]/).pop();
      if (first)
        at(
          entry,
          ['volgorde'],
          'volgorde',
          `volgorde ${entry.data.volgorde} heeft ook ${firstName} in deze map; geef elk bestand een eigen nummer`,
        );
      else seen.set(key, entry);
    }
  }

  // A document page and a figures file are named after their document, which must exist.
  for (const entry of [...content.documents, ...content.figures]) {
    if (entry.data.document !== entry.slug) {
      at(
        entry,
        ['document'],
        'bestandsnaam',
        `het document is "${entry.data.document}", maar het bestand heet ${entry.slug}; maak die twee gelijk`,
      );
    } else reference(entry, ['document'], entry.data.document, sourceIds, 'bron', 'bronnen.yaml');
  }
  content.timeline?.data.forEach((step, index) => {
    if (step.document && content.timeline)
      reference(content.timeline, [index, 'document'], step.document, sourceIds, 'bron', 'bronnen.yaml');
  });

  // Old addresses (redirects) must not be a page that exists, and lead to one page only.
  const pages = contentPages(content);
  const current = new Set([
    ...pages.map((page) => page.url),
    ...content.years.map((entry) => yearPath(entry.folderYear)),
    ...(content.knownIds.municipalities ?? []).map((id) => municipalityPath(id)),
  ]);
  const claimed = new Map<string, string>();
  const entries = [...content.domains, ...content.coalitions, ...content.themes, ...content.pillars, ...content.documents] as LoadedFile<{
    oudeAdressen?: string[] | undefined;
  }>[];
  for (const entry of entries) {
    entry.data.oudeAdressen?.forEach((url, index) => {
      const other = claimed.get(url);
      if (current.has(url)) {
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
