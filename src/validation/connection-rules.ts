import { kindOf, pathPattern, type KindKey } from '../content-kinds.ts';
import { errorAt, type ContentError } from './content-error.ts';
import type { RuleName } from './rules.ts';
import type { ContentSet } from './content-set.ts';
import { didYouMean } from './suggest.ts';

const TARGETS = ['domein', 'coalitie', 'thema', 'pijler', 'cijferblok'] as const;

/** The kind of content each field of a mention names a file of (`domein: gezondheid` is content/<jaar>/domeinen/gezondheid.md). */
const PAGE_KINDS = { domein: 'domains', coalitie: 'coalitions', thema: 'themes', pijler: 'pillars' } as const satisfies Record<
  string,
  KindKey
>;

/**
 * Rules for content/verbanden.yaml: each mention names a year that exists, quotes that year's own
 * document, points at most at one thing, that thing exists in that year, and it says whether the
 * document names the subject there (citaat) or the site places it there (lezing), never both.
 */
export function checkConnectionRules(content: ContentSet): ContentError[] {
  const entry = content.connections;
  if (!entry) return [];
  const errors: ContentError[] = [];
  const at = (path: PropertyKey[], rule: RuleName, message: string) => errors.push(errorAt(entry, path, rule, message));
  const yearDocument = new Map(content.years.map((year) => [year.folderYear, year.data.bron.document]));
  // Existence is read from the file names, so an entry that is invalid for another reason is not reported twice.
  const slugs = (year: number, key: KindKey) => {
    const pattern = pathPattern(kindOf(key));
    return content.files
      .map((name) => pattern.exec(name)?.groups)
      .filter((groups) => Number(groups?.['jaar']) === year)
      .map((groups) => groups?.['naam'])
      .filter((slug) => slug !== undefined);
  };
  /** Block ids of a document's figures, or undefined when that file did not load (its own error says why). */
  const blocks = (document: string) =>
    content.files.includes(`cijfers/${document}.yaml`)
      ? content.figures.find((figures) => figures.slug === document)?.data.blokken.map((block) => block.id)
      : [];

  entry.data.forEach((connection, index) => {
    const seenYears = new Set<number>();
    connection.jaren.forEach((mention, mentionIndex) => {
      const path = [index, 'jaren', mentionIndex];
      if (seenYears.has(mention.jaar))
        at([...path, 'jaar'], 'verband', `${mention.jaar} staat twee keer bij "${connection.id}"; noem elk jaar één keer`);
      seenYears.add(mention.jaar);
      if (mention.citaat === undefined && mention.lezing === undefined)
        at(
          path,
          'verband',
          `zeg waarom "${connection.id}" in ${mention.jaar} hier staat: citaat (de woorden waarmee het document het noemt) of lezing (het document noemt het hier niet; waarom de site het hier plaatst)`,
        );
      if (mention.citaat !== undefined && mention.lezing !== undefined)
        at(
          [...path, 'lezing'],
          'verband',
          'geef citaat óf lezing, niet allebei: noemt het document het onderwerp hier, dan is het geen lezing van de site',
        );
      if (!content.yearFolders.has(mention.jaar)) {
        at(
          [...path, 'jaar'],
          'jaar-map',
          `er is geen jaar ${mention.jaar} (content/${mention.jaar}/jaar.yaml ontbreekt); kies een jaar dat op de site staat`,
        );
        return;
      }
      // An invalid jaar.yaml has its own error; the rest of this mention cannot be checked without it.
      const document = yearDocument.get(mention.jaar);
      if (document === undefined) return;
      if (mention.bron.document !== document) {
        at(
          [...path, 'bron', 'document'],
          'document-van-het-jaar',
          `${mention.jaar} hoort bij het document "${document}"; een vermelding in een jaar citeert het document van dat jaar`,
        );
      }
      const targets = TARGETS.filter((key) => mention[key] !== undefined);
      if (targets.length > 1)
        at([...path, targets[1]!], 'verband', `geef hoogstens één van ${TARGETS.join(', ')}; nu staan er ${targets.join(' en ')}`);
      const known = {
        domein: () => slugs(mention.jaar, PAGE_KINDS.domein),
        coalitie: () => slugs(mention.jaar, PAGE_KINDS.coalitie),
        thema: () => slugs(mention.jaar, PAGE_KINDS.thema),
        pijler: () => slugs(mention.jaar, PAGE_KINDS.pijler),
        cijferblok: () => blocks(document),
      } as const;
      for (const key of targets) {
        const value = mention[key]!;
        const options = known[key]();
        if (options && !options.includes(value)) {
          const where =
            key === 'cijferblok'
              ? `content/cijfers/${document}.yaml`
              : `content/${kindOf(PAGE_KINDS[key])
                  .path.replace('<jaar>', String(mention.jaar))
                  .replace(/[^/]+$/, '')}`;
          at(
            [...path, key],
            'verwijzing',
            `onbekende ${key} "${value}" in ${mention.jaar}${didYouMean(value, options)}; kies een id uit ${where}`,
          );
        }
      }
    });
  });
  return errors;
}
