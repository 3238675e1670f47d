// The dataset inwoners-<jaar>: the population figures of a year, each with its source.
import type { Municipality } from '../../schemas/municipalities.ts';
import type { Population } from '../../schemas/population.ts';
import { formatSourceDate } from '../dates.ts';
import type { Dataset } from '../open-data.ts';
import type { RegionNames } from '../site-names.ts';
import { sourceCells, sourceColumns } from './source-columns.ts';

export interface PopulationInput {
  /** content/<jaar>/inwoners.yaml. */
  population: Population;
  /** All municipalities, in the order the site lists them. */
  municipalities: readonly Municipality[];
  /** The id of the year's domain dataset, whose per-inhabitant column uses the region's figure; absent when the year has none. */
  domainsDataset?: string | undefined;
  /** The region and the number of its municipalities in words. */
  names: Pick<RegionNames, 'region' | 'municipalityWord'>;
}

/** One row for the whole region (when the content gives it) and one per municipality that has a figure; undefined when there are none. */
export function populationDataset({ population, municipalities, domainsDataset, names }: PopulationInput): Dataset | undefined {
  const { jaar, peildatum } = population;
  const { region, municipalityWord } = names;
  const areas = [
    ...(population.regio ? [{ name: region, cbs: null, figure: population.regio }] : []),
    ...municipalities.flatMap((municipality) => {
      const figure = population.gemeenten?.[municipality.id];
      return figure ? [{ name: municipality.naam, cbs: municipality.cbs, figure }] : [];
    }),
  ];
  if (areas.length === 0) return undefined;
  return {
    id: `inwoners-${jaar}`,
    title: `Inwoners, ${jaar}`,
    description:
      `Het aantal inwoners op ${formatSourceDate(peildatum)}, zoals de bron het geeft. De site rekent er bedragen per inwoner mee uit, op de pagina's van de gemeenten` +
      `${population.regio && domainsDataset ? ` en in de kolom bijdrage_per_inwoner_euro van ${domainsDataset}` : ''}.`,
    columns: [
      { name: 'jaar', type: 'geheel getal', description: 'Het begrotingsjaar waarvoor de site het aantal gebruikt.' },
      {
        name: 'peildatum',
        type: 'datum',
        description: 'De datum waarop het aantal geldt, als JJJJ-MM-DD (of zo precies als de bron het zegt).',
      },
      {
        name: 'gebied',
        type: 'tekst',
        description: `"${region}" voor de ${municipalityWord} gemeenten samen, anders de naam van de gemeente.`,
      },
      { name: 'cbs_code', type: 'tekst', pattern: 'GM\\d{4}', description: `CBS-gemeentecode van de gemeente; leeg voor heel ${region}.` },
      { name: 'inwoners', type: 'geheel getal', description: 'Aantal inwoners, zoals in de bron.' },
      ...sourceColumns({
        what: 'het aantal',
        period: 'Hier leeg: een inwonertal geldt op één datum (zie peildatum), niet voor een periode.',
      }),
    ],
    rows: areas.map((area) => ({
      jaar,
      peildatum,
      gebied: area.name,
      cbs_code: area.cbs,
      inwoners: area.figure.aantal,
      ...sourceCells(area.figure.bron, undefined),
    })),
    sources: [...new Set(areas.map((area) => area.figure.bron.document))],
    themes: ['SOCI'],
    // A count holds on one date: the reference date the content gives with it.
    period: { start: peildatum, end: peildatum },
  };
}
