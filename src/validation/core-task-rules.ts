import { errorAt, type ContentError } from './content-error.ts';
import type { RuleName } from './rules.ts';
import type { ContentSet } from './content-set.ts';
import type { LoadedFile } from './load-file.ts';
import { didYouMean } from './suggest.ts';

/**
 * Rules for a core-task discussion (content/<jaar>/pijlers/, content/<jaar>/kerntaken.yaml) and for
 * the figures that point into it:
 * - pillar numbers, task kinds, scenarios and statements are unique;
 * - every "samenhang" link names another pillar of the same year;
 * - figures marked `pijler:` or `taaksoort:` name one that exists in the year of their document;
 * - a block with a share per pillar has every pillar once; a pillar has at most one block with its
 *   split by kind of task, and in it each kind at most once.
 * The percentages themselves (sum within the declared tolerance) are checked with all figures.
 */
export function checkCoreTaskRules(content: ContentSet): ContentError[] {
  const errors: ContentError[] = [];
  const at = (entry: LoadedFile<unknown>, path: PropertyKey[], rule: RuleName, message: string) =>
    errors.push(errorAt(entry, path, rule, message));
  /** Reports every value of `key` after the first that repeats; items without one are skipped. */
  const unique = <T>(entry: LoadedFile<unknown>, items: readonly T[], path: PropertyKey[], key: keyof T & string, what: string) => {
    const seen = new Set<unknown>();
    items.forEach((item, index) => {
      const value = item[key];
      if (value === undefined) return;
      if (seen.has(value))
        at(entry, [...path, index, key], 'uniek', `${what} "${String(value)}" komt twee keer voor; geef elk een eigen ${key}`);
      seen.add(value);
    });
  };

  // Pillar ids come from the file names, so a pillar that is invalid for another reason is not reported twice.
  const pillarIds = (year: number) =>
    content.files.map((name) => new RegExp(`^${year}/pijlers/([^/]+)\\.yaml$`).exec(name)?.[1]).filter((slug) => slug !== undefined);

  const numbers = new Map<string, string>();
  for (const entry of content.pillars) {
    const key = `${entry.folderYear}:${entry.data.nummer}`;
    const other = numbers.get(key);
    if (other) at(entry, ['nummer'], 'pijler', `pijler ${entry.data.nummer} is ook ${other}; geef elke pijler het nummer uit de bron`);
    else numbers.set(key, `${entry.slug}.yaml`);
    const known = pillarIds(entry.folderYear);
    entry.data.samenhang?.relaties?.forEach((relation, index) => {
      const path = ['samenhang', 'relaties', index, 'pijler'];
      if (relation.pijler === entry.slug) at(entry, path, 'pijler', `een pijler hangt niet samen met zichzelf; noem een andere pijler`);
      else if (!known.includes(relation.pijler))
        at(
          entry,
          path,
          'verwijzing',
          `onbekende pijler "${relation.pijler}"${didYouMean(relation.pijler, known)}; kies een bestandsnaam uit content/${entry.folderYear}/pijlers/`,
        );
    });
    unique(entry, entry.data.samenhang?.relaties ?? [], ['samenhang', 'relaties'], 'pijler', 'pijler');
  }

  for (const entry of content.coreTasks) {
    unique(entry, entry.data.taaksoorten.soorten, ['taaksoorten', 'soorten'], 'id', 'soort taak');
    unique(entry, entry.data.scenarios.lijst, ['scenarios', 'lijst'], 'id', 'scenario');
    unique(entry, entry.data.stellingen?.lijst ?? [], ['stellingen', 'lijst'], 'nummer', 'stelling');
  }

  // Figures that point at a pillar or a kind of task: those of the year whose document they come from.
  const yearOfDocument = new Map(content.years.map((year) => [year.data.bron.document, year.folderYear]));
  for (const entry of content.figures) {
    const year = yearOfDocument.get(entry.slug);
    const pillars = year === undefined ? [] : pillarIds(year);
    const kinds = content.coreTasks.find((file) => file.folderYear === year)?.data.taaksoorten.soorten.map((kind) => kind.id);
    const where = year === undefined ? 'het jaar van dit document' : String(year);
    const checkPillar = (path: PropertyKey[], value: string | undefined) => {
      if (value !== undefined && !pillars.includes(value))
        at(
          entry,
          path,
          'verwijzing',
          `onbekende pijler "${value}"${didYouMean(value, pillars)}; kies een bestandsnaam uit content/${where}/pijlers/`,
        );
    };
    const splitOf = new Map<string, number>();
    entry.data.blokken.forEach((block, index) => {
      checkPillar(['blokken', index, 'pijler'], block.pijler);
      if (block.pijler !== undefined) {
        const first = splitOf.get(block.pijler);
        if (first !== undefined)
          at(
            entry,
            ['blokken', index, 'pijler'],
            'pijler',
            `pijler "${block.pijler}" heeft al een blok (${entry.data.blokken[first]?.id}); geef elke pijler hoogstens één`,
          );
        else splitOf.set(block.pijler, index);
      }
      block.cijfers.forEach((figure, figureIndex) => {
        const path = ['blokken', index, 'cijfers', figureIndex];
        checkPillar([...path, 'pijler'], figure.pijler);
        if (figure.taaksoort !== undefined && kinds && !kinds.includes(figure.taaksoort))
          at(
            entry,
            [...path, 'taaksoort'],
            'verwijzing',
            `onbekende soort taak "${figure.taaksoort}"${didYouMean(figure.taaksoort, kinds)}; kies een id uit content/${where}/kerntaken.yaml (taaksoorten)`,
          );
      });
      unique(entry, block.cijfers, ['blokken', index, 'cijfers'], 'taaksoort', 'soort taak');
      // A share per pillar covers all pillars, each once, so every pillar page can show its share.
      const tagged = block.cijfers.map((figure) => figure.pijler).filter((id) => id !== undefined);
      if (tagged.length === 0) return;
      unique(entry, block.cijfers, ['blokken', index, 'cijfers'], 'pijler', 'pijler');
      const missing = pillars.filter((id) => !tagged.includes(id));
      if (missing.length > 0)
        at(
          entry,
          ['blokken', index, 'cijfers'],
          'pijler',
          `dit blok geeft een aandeel per pijler, maar ${missing.join(', ')} ontbreekt; zet pijler: bij het cijfer van elke pijler`,
        );
    });
  }
  return errors;
}
