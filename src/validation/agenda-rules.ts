import { errorAt, type ContentError } from './content-error.ts';
import type { RuleName } from './rules.ts';
import type { ContentSet } from './content-set.ts';
import type { LoadedFile } from './load-file.ts';

type Path = PropertyKey[];

/**
 * Rules for the parts of a cooperation agenda (content/<jaar>/agenda/):
 * - a subject says what the organisation will do for it (acties), or that the source has no such list
 *   (acties: geen); a context part has no acties;
 * - every part quotes the document of its year: the plans hold for that document's period, which the
 *   year gives in agendaPeriode (required once the year has subjects);
 * - the body has no headings: the year page gives them (the title, "De ambitie").
 */
export function checkAgendaRules(content: ContentSet): ContentError[] {
  const errors: ContentError[] = [];
  const at = (entry: LoadedFile<unknown>, path: Path, rule: RuleName, message: string) => errors.push(errorAt(entry, path, rule, message));

  const years = new Map(content.years.map((year) => [year.folderYear, year]));
  for (const entry of content.agendaParts) {
    const { data } = entry;
    if (data.soort === 'onderwerp' && data.acties === undefined) {
      at(
        entry,
        ['acties'],
        'acties',
        'verplicht veld ontbreekt; een onderwerp zegt wat de organisatie gaat doen: zet de punten onder "Wat gaan we daarvoor doen?" uit de bron in acties: (punten: en bron:), of schrijf acties: geen als de bron die lijst bij dit onderwerp niet heeft',
      );
    }
    if (data.soort === 'context' && data.acties !== undefined) {
      at(entry, ['acties'], 'acties', 'alleen een onderwerp heeft acties:; haal acties: weg, of schrijf soort: onderwerp');
    }

    const own = years.get(entry.folderYear)?.data.bron.document;
    const refs: [Path, string][] = [[['bron', 'document'], data.bron.document]];
    if (typeof data.acties === 'object') refs.push([['acties', 'bron', 'document'], data.acties.bron.document]);
    for (const [path, document] of refs) {
      if (own !== undefined && document !== own) {
        at(
          entry,
          path,
          'document-van-het-jaar',
          `dit deel komt uit "${document}", maar ${entry.folderYear} hoort bij "${own}" (content/${entry.folderYear}/jaar.yaml); ` +
            'een plan geldt voor de periode van zijn eigen document: zet het bij het jaar van dat document',
        );
      }
    }

    entry.body?.split('\n').forEach((line, index) => {
      if (/^ {0,3}#{1,6}(\s|$)/.test(line)) {
        errors.push({
          file: entry.file,
          line: (entry.bodyLine ?? 1) + index,
          column: 1,
          rule: 'agenda',
          message:
            'een kopje (#) hoort niet in deze tekst: de jaarpagina zet de kopjes zelf (de titel, "De ambitie"); maak er een gewone alinea van',
        });
      }
    });
  }

  for (const year of content.years) {
    const subjects = content.agendaParts.some((entry) => entry.folderYear === year.folderYear && entry.data.soort === 'onderwerp');
    if (subjects && year.data.agendaPeriode === undefined) {
      at(
        year,
        ['agendaPeriode'],
        'agenda',
        `verplicht veld ontbreekt; content/${year.folderYear}/agenda/ heeft onderwerpen met plannen: schrijf agendaPeriode: met de periode waarvoor ze gelden, in de woorden van de bron (bijvoorbeeld "2017 tot halverwege 2020")`,
      );
    }
  }
  return errors;
}
