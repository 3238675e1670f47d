import { describe, expect, it } from 'vitest';
import { domainsDataset, type DomainsInput } from '../../src/lib/datasets/domains.ts';
import { provenanceColumns } from '../helpers/provenance-columns.ts';

const budget = 'programmabegroting-2020';
const input: DomainsInput = {
  jaar: 2020,
  organisation: 'Regio Twente',
  budgetTitle: 'Programmabegroting 2020',
  names: { region: 'Twente', municipalityWord: 'veertien' },
  domains: [
    { id: 'gezondheid', title: 'Gezondheid', amount: 1000000, share: 1000000 / 2234567, source: { document: budget, sectie: 'p. 20' } },
    { id: 'economie', title: 'Economie', amount: 1234567, share: 1234567 / 2234567, source: { document: budget, sectie: 'p. 30' } },
  ],
  population: {
    count: 400000,
    date: '2020-01-01',
    source: { document: 'bevolking-twente-2020', sectie: 'Inwoners op 1 januari 2020' },
    sourceTitle: 'Twentse bevolking in 2020 licht gegroeid',
    publisher: 'Kennispunt Twente',
    sourceDate: '2020-12/2021-01',
  },
};
const otherColumns = [
  { name: 'jaar', type: 'geheel getal', description: 'Begrotingsjaar.' },
  {
    name: 'domein_id',
    type: 'tekst',
    description: 'Vaste code van het domein, zoals in het adres van de pagina (/2020/domeinen/<domein_id>/).',
  },
  { name: 'domein', type: 'tekst', description: 'Naam van het domein, zoals in de bron.' },
  { name: 'bijdrage_euro', type: 'geheel getal', description: "Bijdrage van de veertien gemeenten samen, in hele euro's." },
  {
    name: 'aandeel_procent',
    type: 'getal',
    description:
      'Bijdrage gedeeld door de som van de bijdragen aan alle domeinen van 2020, maal 100, afgerond op 2 decimalen (berekend door deze site).',
  },
];
const provenance = provenanceColumns(
  'de bijdrage',
  'Hier het begrotingsjaar, 2020: de bijdragen staan in de Programmabegroting 2020, de begroting voor 2020.',
);

describe('domainsDataset', () => {
  it("publishes each domain's contribution, share and amount per inhabitant, and says from which population figure", () => {
    expect(domainsDataset(input)).toEqual({
      id: 'domeinen-2020',
      title: 'Bijdrage van de gemeenten per domein, 2020',
      description:
        'Wat de veertien gemeenten samen bijdragen aan elk domein van Regio Twente in 2020, met het aandeel in de som van de domeinen en het bedrag per inwoner van Twente (berekend door deze site).',
      columns: [
        ...otherColumns,
        {
          name: 'bijdrage_per_inwoner_euro',
          type: 'getal',
          description:
            "Bijdrage per inwoner van Twente: bijdrage_euro gedeeld door 400.000 inwoners van Twente op 1 januari 2020, in euro's afgerond op hele centen " +
            '(een halve cent naar boven; berekend door deze site, zoals op de pagina\'s). Het inwonertal komt uit "Twentse bevolking in 2020 licht gegroeid" ' +
            '(Kennispunt Twente, december 2020 of januari 2021; bron_document bevolking-twente-2020, sectie "Inwoners op 1 januari 2020"); het staat ook in inwoners-2020.',
        },
        ...provenance,
      ],
      rows: [
        {
          jaar: 2020,
          domein_id: 'gezondheid',
          domein: 'Gezondheid',
          bijdrage_euro: 1000000,
          aandeel_procent: 44.75,
          bijdrage_per_inwoner_euro: 2.5,
          bron_document: budget,
          bron_sectie: 'p. 20',
          periode: '2020',
        },
        {
          jaar: 2020,
          domein_id: 'economie',
          domein: 'Economie',
          bijdrage_euro: 1234567,
          aandeel_procent: 55.25,
          bijdrage_per_inwoner_euro: 3.09,
          bron_document: budget,
          bron_sectie: 'p. 30',
          periode: '2020',
        },
      ],
      sources: [budget, 'bevolking-twente-2020'],
      page: '/2020/domeinen/',
      themes: ['GOVE', 'ECON'],
      period: { start: '2020', end: '2020' },
    });
  });

  it('leaves the amount per inhabitant empty, not 0, and says why, when the year has no population of the whole region', () => {
    expect(domainsDataset({ ...input, population: undefined })).toMatchObject({
      description:
        'Wat de veertien gemeenten samen bijdragen aan elk domein van Regio Twente in 2020, met het aandeel in de som van de domeinen (berekend door deze site).',
      columns: [
        ...otherColumns,
        {
          name: 'bijdrage_per_inwoner_euro',
          type: 'getal',
          description:
            'Bijdrage per inwoner van Twente; leeg, want voor 2020 staat geen inwonertal van heel Twente met bron op deze site (content/2020/inwoners.yaml).',
        },
        ...provenance,
      ],
      rows: [{ bijdrage_per_inwoner_euro: null }, { bijdrage_per_inwoner_euro: null }],
      sources: [budget],
    });
  });
});
