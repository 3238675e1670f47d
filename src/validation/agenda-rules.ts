import { fieldName, type ContentError } from './content-error.ts';
import type { ContentSet } from './load-content.ts';
import type { LoadedFile } from './load-file.ts';

type Path = PropertyKey[];

/** Fields only a subject (soort: onderwerp) has. */
const SUBJECT_FIELDS = ['inleiding', 'acties', 'verder'] as const;

/**
 * Rules for the parts of a cooperation agenda (content/<jaar>/agenda/):
 * - a subject says what the organisation will do for it (acties), or says the source has no such list
 *   (acties: geen); a context part has none of the subject's fields;
 * - a further part has a text or a list;
 * - every part quotes the document of its year: the plans hold for that document's period, which the
 *   year gives in agendaPeriode (required once the year has subjects);
 * - the body has no headings: the year page gives them (title, "Onze ambitie").
 */
export function checkAgendaRules(content: ContentSet): ContentError[] {
  const errors: ContentError[] = [];
  const at = (entry: LoadedFile<unknown>, path: Path, message: string) =>
    errors.push({ file: entry.file, ...entry.parsed.positionOf(path), field: fieldName(path), message });

  const years = new Map(content.years.map((year) => [year.folderYear, year]));
  for (const entry of content.agendaParts) {
    const { data } = entry;
    if (data.soort === 'onderwerp' && data.acties === undefined) {
      at(
        entry,
        ['acties'],
        'verplicht veld ontbreekt; een onderwerp zegt wat de organisatie gaat doen: zet de punten onder "Wat gaan we daarvoor doen?" uit de bron in acties: (punten: en bron:), of schrijf acties: geen als de bron die lijst bij dit onderwerp niet heeft',
      );
    }
    if (data.soort === 'context') {
      for (const field of SUBJECT_FIELDS) {
        if (data[field] !== undefined) at(entry, [field], `alleen een onderwerp heeft ${field}:; haal ${field}: weg, of schrijf soort: onderwerp`);
      }
    }
    data.verder?.forEach((part, index) => {
      if (part.tekst === undefined && part.punten === undefined) {
        at(entry, ['verder', index, 'kop'], 'dit deel heeft alleen een kop; zet de tekst uit de bron in tekst: of de lijst in punten:');
      }
    });

    const year = years.get(entry.folderYear);
    if (year) {
      const own = year.data.bron.document;
      const refs: [Path, string][] = [
        [['bron', 'document'], data.bron.document],
        ...(typeof data.acties === 'object' ? [[['acties', 'bron', 'document'], data.acties.bron.document] as [Path, string]] : []),
        ...(data.verder ?? []).map((part, index): [Path, string] => [['verder', index, 'bron', 'document'], part.bron.document]),
      ];
      for (const [path, document] of refs) {
        if (document !== own) {
          at(
            entry,
            path,
            `dit deel komt uit "${document}", maar ${entry.folderYear} hoort bij "${own}" (content/${entry.folderYear}/jaar.yaml); ` +
              `een plan geldt voor de periode van zijn eigen document: zet het bij het jaar van dat document`,
          );
        }
      }
    }

    entry.body?.split('\n').forEach((line, index) => {
      if (/^ {0,3}#{1,6}(\s|$)/.test(line)) {
        errors.push({
          file: entry.file,
          line: (entry.bodyLine ?? 1) + index,
          column: 1,
          message: 'een kopje (#) hoort niet in deze tekst: de jaarpagina zet de kopjes zelf (de titel, "Onze ambitie"); maak er een gewone zin van',
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
        `verplicht veld ontbreekt; content/${year.folderYear}/agenda/ heeft onderwerpen met plannen: schrijf agendaPeriode: met de periode waarvoor ze gelden, in de woorden van de bron (bijvoorbeeld "2017 tot halverwege 2020")`,
      );
    }
  }
  return errors;
}
