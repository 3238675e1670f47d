import { describe, expect, it } from 'vitest';
import { municipalitiesDataset } from '../../src/lib/datasets/municipalities.ts';
import { provenanceColumns } from '../helpers/provenance-columns.ts';

const list2020 = { document: 'cbs-2020', sectie: 'Indeling 2020' };
const list2021 = { document: 'cbs-2021', sectie: 'Tabel 2' };
const municipalities = [
  { id: 'almelo', naam: 'Almelo', cbs: 'GM0141', bron: list2020 },
  { id: 'borne', naam: 'Borne', cbs: 'GM0147', bron: list2020 },
  { id: 'enschede', naam: 'Enschede', cbs: 'GM0153', bron: list2021 },
];

describe('municipalitiesDataset', () => {
  it('publishes each municipality with its CBS code, citing the CBS list with the year of that list', () => {
    const dates = new Map([
      ['cbs-2020', '2020'],
      ['cbs-2021', '2021-03-01'],
    ]);
    expect(municipalitiesDataset(municipalities, dates, 'Twente')).toEqual({
      id: 'gemeenten',
      title: 'De drie gemeenten van Twente',
      description: 'Naam, vaste code en CBS-gemeentecode van de drie gemeenten, op alfabet.',
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
        ...provenanceColumns(
          'de CBS-code van de gemeente',
          'Hier: het jaar van de CBS-lijst waar de code in staat (een code geldt voor het jaar van die lijst).',
        ),
      ],
      rows: [
        {
          gemeente_id: 'almelo',
          gemeente: 'Almelo',
          cbs_code: 'GM0141',
          bron_document: 'cbs-2020',
          bron_sectie: 'Indeling 2020',
          periode: '2020',
        },
        {
          gemeente_id: 'borne',
          gemeente: 'Borne',
          cbs_code: 'GM0147',
          bron_document: 'cbs-2020',
          bron_sectie: 'Indeling 2020',
          periode: '2020',
        },
        {
          gemeente_id: 'enschede',
          gemeente: 'Enschede',
          cbs_code: 'GM0153',
          bron_document: 'cbs-2021',
          bron_sectie: 'Tabel 2',
          periode: '2021',
        },
      ],
      sources: ['cbs-2020', 'cbs-2021'],
      page: '/gemeenten/',
      themes: ['GOVE'],
      period: { start: '2020', end: '2021' },
    });
  });
});
