// The dataset gemeenten: the municipalities with their CBS codes. The codes come from the CBS list
// each municipality cites (content/gemeenten.yaml, field bron); a code holds for the year of that list.
import type { Period } from '../../schemas/common.ts';
import type { Municipality } from '../../schemas/municipalities.ts';
import { countInWords } from '../dutch.ts';
import type { Dataset } from '../open-data.ts';
import { municipalitiesPath } from '../paths.ts';
import { sourceCells, sourceColumns, spannedPeriod } from './source-columns.ts';

/** `municipalities` in the order the site lists them (alphabetical); `region` names them together ("Twente"). */
export function municipalitiesDataset(
  municipalities: readonly Municipality[],
  documentDates: ReadonlyMap<string, string>,
  region: string,
): Dataset {
  const count = countInWords(municipalities.length);
  const rows = municipalities.map((municipality) => ({
    gemeente_id: municipality.id,
    gemeente: municipality.naam,
    cbs_code: municipality.cbs,
    ...sourceCells(municipality.bron, listYear(municipality.bron.document, documentDates)),
  }));
  return {
    id: 'gemeenten',
    title: `De ${count} gemeenten van ${region}`,
    description: `Naam, vaste code en CBS-gemeentecode van de ${count} gemeenten, op alfabet.`,
    columns: [
      {
        name: 'gemeente_id',
        type: 'tekst',
        description: 'Vaste code van de gemeente, zoals in het adres van haar pagina (/gemeenten/<gemeente_id>/).',
      },
      { name: 'gemeente', type: 'tekst', description: 'Officiële naam van de gemeente.' },
      {
        name: 'cbs_code',
        type: 'tekst',
        pattern: 'GM\\d{4}',
        description: 'CBS-gemeentecode (GM en vier cijfers); zo noemt de kolom gemeenten van de coalitiebestanden de deelnemers.',
      },
      ...sourceColumns({
        what: 'de CBS-code van de gemeente',
        period: 'Hier: het jaar van de CBS-lijst waar de code in staat (een code geldt voor het jaar van die lijst).',
      }),
    ],
    rows,
    sources: [...new Set(municipalities.map((municipality) => municipality.bron.document))],
    page: municipalitiesPath(),
    themes: ['GOVE'],
    // The year of the CBS lists the codes come from.
    period: spannedPeriod(rows.map((row) => row.periode)),
  };
}

/** The year of a CBS list, from its date in content/bronnen.yaml ("2020"); undefined when it has none. */
function listYear(document: string, documentDates: ReadonlyMap<string, string>): Period | undefined {
  const year = /^\d{4}/.exec(documentDates.get(document) ?? '')?.[0];
  return year as Period | undefined;
}
