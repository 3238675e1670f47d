import { quoteGivesPeriod } from '../lib/period.ts';
import type { Period } from '../schemas/common.ts';
import { errorAt, type ContentError } from './content-error.ts';
import type { RuleName } from './rules.ts';
import type { ContentSet } from './content-set.ts';
import type { LoadedFile } from './load-file.ts';

type Path = PropertyKey[];
interface Dated {
  periode?: Period | undefined;
  periodeCitaat?: string | undefined;
}

/**
 * Rules that keep every statement to the period its source gives:
 * - a period other than "geen" comes with the source's own words (periodeCitaat) that contain it;
 * - a coalition's participants come from the document of the coalition's year. A list from another
 *   document belongs to that document's year, with its own period, and never stands in for this year.
 */
export function checkPeriodRules(content: ContentSet): ContentError[] {
  const errors: ContentError[] = [];
  const at = (entry: LoadedFile<unknown>, path: Path, rule: RuleName, message: string) => errors.push(errorAt(entry, path, rule, message));

  const quoted = (entry: LoadedFile<unknown>, path: Path, item: Dated) => {
    const { periode, periodeCitaat } = item;
    if (periode === undefined || periode === 'geen') return;
    if (periodeCitaat === undefined) {
      at(
        entry,
        [...path, 'periode'],
        'periode',
        `periode "${periode}" heeft de woorden van de bron nodig: schrijf periodeCitaat: met de tekst uit de bron waarin "${periode}" staat; noemt de bron geen periode, schrijf dan periode: geen`,
      );
    } else if (!quoteGivesPeriod(periode, periodeCitaat)) {
      at(
        entry,
        [...path, 'periodeCitaat'],
        'periode',
        `in dit citaat staat de periode "${periode}" niet; neem de woorden uit de bron over die de periode geven, of pas de periode aan aan wat de bron zegt`,
      );
    }
  };

  for (const entry of content.figures) {
    entry.data.blokken.forEach((block, index) => {
      quoted(entry, ['blokken', index], block);
      block.cijfers.forEach((figure, figureIndex) => quoted(entry, ['blokken', index, 'cijfers', figureIndex], figure));
    });
  }

  const yearDocument = new Map(content.years.map((year) => [year.folderYear, year.data.bron.document]));
  for (const entry of content.coalitions) {
    const participants = entry.data.deelnemers;
    if (!participants) continue;
    quoted(entry, ['deelnemers'], participants);
    const own = yearDocument.get(entry.folderYear);
    if (own !== undefined && participants.bron.document !== own) {
      at(
        entry,
        ['deelnemers', 'bron', 'document'],
        'document-van-het-jaar',
        `de deelnemers komen uit "${participants.bron.document}", maar ${entry.folderYear} hoort bij "${own}" (content/${entry.folderYear}/jaar.yaml); ` +
          `een lijst uit een ander document geldt niet voor ${entry.folderYear}: zet hem bij het jaar van dat document en laat deelnemers hier weg (de pagina zegt dan dat de bron van ${entry.folderYear} geen deelnemers noemt)`,
      );
    }
  }
  return errors;
}
