// The dataset gemeenten: the fourteen municipalities with their codes. A register of the site, not
// figures from a source document, so its provenance columns stay empty and say why.
import type { Municipality } from '../../schemas/municipalities.ts';
import type { Dataset } from '../open-data.ts';
import { municipalitiesPath } from '../paths.ts';
import { sourceCells, sourceColumns } from './source-columns.ts';

/** `municipalities` in the order the site lists them (alphabetical). */
export function municipalitiesDataset(municipalities: readonly Municipality[]): Dataset {
  return {
    id: 'gemeenten',
    title: 'De veertien gemeenten van Twente',
    description: `Naam, vaste code en CBS-gemeentecode van de ${municipalities.length === 14 ? 'veertien' : municipalities.length} gemeenten, op alfabet.`,
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
        what: 'de gemeente',
        noDocument:
          'Leeg: deze lijst van gemeenten is van de site zelf en komt niet uit een van de brondocumenten; de kolom staat er zodat alle bestanden dezelfde bronkolommen hebben.',
        period: 'Hier leeg, om dezelfde reden.',
      }),
    ],
    rows: municipalities.map((municipality) => ({
      gemeente_id: municipality.id,
      gemeente: municipality.naam,
      cbs_code: municipality.cbs,
      ...sourceCells(undefined, undefined),
    })),
    sources: [],
    page: municipalitiesPath(),
  };
}
