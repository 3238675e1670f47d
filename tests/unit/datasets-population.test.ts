import { describe, expect, it } from 'vitest';
import { populationDataset, type PopulationInput } from '../../src/lib/datasets/population.ts';
import { provenanceColumns } from '../helpers/provenance-columns.ts';

const cbsList = { document: 'cbs-2020', sectie: 'Indeling 2020' };
const input: PopulationInput = {
  population: {
    jaar: 2021,
    peildatum: '2021-01-01',
    regio: { aantal: 600000, bron: { document: 'kennispunt-2021', sectie: 'Tabel 1' } },
    gemeenten: {
      enschede: { aantal: 160000, bron: { document: 'cbs-2021', sectie: 'Statline' } },
      almelo: { aantal: 73000, bron: { document: 'cbs-2021', sectie: 'Statline' } },
    },
  },
  municipalities: [
    { id: 'almelo', naam: 'Almelo', cbs: 'GM0141', bron: cbsList },
    { id: 'borne', naam: 'Borne', cbs: 'GM0147', bron: cbsList },
    { id: 'enschede', naam: 'Enschede', cbs: 'GM0153', bron: cbsList },
  ],
  domainsDataset: 'domeinen-2021',
  names: { region: 'Twente', municipalityWord: 'veertien' },
};
const row = (gebied: string, cbs_code: string | null, inwoners: number, bron_document: string, bron_sectie: string) => ({
  jaar: 2021,
  peildatum: '2021-01-01',
  gebied,
  cbs_code,
  inwoners,
  bron_document,
  bron_sectie,
  periode: null,
});

describe('populationDataset', () => {
  it('publishes the region first, then the municipalities with a figure in the order of the site, each with its source', () => {
    expect(populationDataset(input)).toEqual({
      id: 'inwoners-2021',
      title: 'Inwoners, 2021',
      description:
        "Het aantal inwoners op 1 januari 2021, zoals de bron het geeft. De site rekent er bedragen per inwoner mee uit, op de pagina's van de gemeenten en in de kolom bijdrage_per_inwoner_euro van domeinen-2021.",
      columns: [
        { name: 'jaar', type: 'geheel getal', description: 'Het begrotingsjaar waarvoor de site het aantal gebruikt.' },
        {
          name: 'peildatum',
          type: 'datum',
          description: 'De datum waarop het aantal geldt, als JJJJ-MM-DD (of zo precies als de bron het zegt).',
        },
        { name: 'gebied', type: 'tekst', description: '"Twente" voor de veertien gemeenten samen, anders de naam van de gemeente.' },
        { name: 'cbs_code', type: 'tekst', pattern: 'GM\\d{4}', description: 'CBS-gemeentecode van de gemeente; leeg voor heel Twente.' },
        { name: 'inwoners', type: 'geheel getal', description: 'Aantal inwoners, zoals in de bron.' },
        ...provenanceColumns('het aantal', 'Hier leeg: een inwonertal geldt op één datum (zie peildatum), niet voor een periode.'),
      ],
      rows: [
        row('Twente', null, 600000, 'kennispunt-2021', 'Tabel 1'),
        row('Almelo', 'GM0141', 73000, 'cbs-2021', 'Statline'),
        row('Enschede', 'GM0153', 160000, 'cbs-2021', 'Statline'),
      ],
      sources: ['kennispunt-2021', 'cbs-2021'],
      themes: ['SOCI'],
      period: { start: '2021-01-01', end: '2021-01-01' },
    });
  });

  it("names the domain dataset's per-inhabitant column only when the year has both that dataset and the region's figure", () => {
    const computedWith =
      "Het aantal inwoners op 1 januari 2021, zoals de bron het geeft. De site rekent er bedragen per inwoner mee uit, op de pagina's van de gemeenten.";
    expect(populationDataset({ ...input, domainsDataset: undefined })?.description).toBe(computedWith);
    const { regio: _, ...withoutRegion } = input.population;
    const municipalitiesOnly = populationDataset({ ...input, population: withoutRegion });
    expect(municipalitiesOnly?.description).toBe(computedWith);
    expect(municipalitiesOnly?.rows.map((area) => area['gebied'])).toEqual(['Almelo', 'Enschede']);
  });
});
