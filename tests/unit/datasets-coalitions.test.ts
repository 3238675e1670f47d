import { describe, expect, it } from 'vitest';
import { coalitionsDataset, type CoalitionsInput } from '../../src/lib/datasets/coalitions.ts';
import type { Coalition } from '../../src/schemas/coalitions.ts';
import { provenanceColumns } from '../helpers/provenance-columns.ts';

const budget = { document: 'programmabegroting-2020', sectie: 'Bijlage 2' };
const coalition = (data: Partial<Coalition>): Coalition => ({ jaar: 2020, volgorde: 1, titel: 'C', bron: budget, ...data });
const input: CoalitionsInput = {
  jaar: 2020,
  yearDocument: 'programmabegroting-2020',
  yearTitle: 'Programmabegroting 2020',
  municipalities: [
    { id: 'almelo', cbs: 'GM0141' },
    { id: 'borne', cbs: 'GM0147' },
    { id: 'enschede', cbs: 'GM0153' },
  ],
  organisationNames: new Map([
    ['provincie-overijssel', 'Provincie Overijssel'],
    ['waterschap', 'Waterschap Vechtstromen'],
  ]),
  names: { body: 'Regio Twente' },
  coalitions: [
    {
      id: 'jeugd',
      data: coalition({
        titel: 'Jeugd',
        kosten: 201000,
        periode: '2016-2018',
        rol: 'Trekker',
        deelnemers: {
          gemeenten: ['enschede', 'almelo'],
          organisaties: ['provincie-overijssel', 'waterschap'],
          bron: { document: 'programmabegroting-2020', sectie: 'Deelnemers' },
          periode: '2020',
        },
      }),
    },
    {
      id: 'allemaal',
      data: coalition({
        titel: 'Allemaal',
        bron: { document: 'agenda-2017', sectie: 'p. 3' },
        deelnemers: { gemeenten: 'alle', organisaties: [], bron: budget, periode: 'onbepaalde tijd' },
      }),
    },
    { id: 'onbekend', data: coalition({ titel: 'Onbekend' }) },
  ],
};

describe('coalitionsDataset', () => {
  it('publishes each coalition with costs, duration, role and the participants the document of the year names', () => {
    expect(coalitionsDataset(input)).toEqual({
      id: 'coalities-2020',
      title: 'Coalitions of the Willing, 2020',
      description:
        'De Coalitions of the Willing in 2020 volgens de Programmabegroting 2020: verwachte kosten, looptijd en rol van Regio Twente (als de bron die geeft), en de deelnemers alleen als dit document ze noemt.',
      columns: [
        {
          name: 'jaar',
          type: 'geheel getal',
          description:
            'Het jaar op deze site, zoals in het adres van de pagina (/2020/coalities/); de coalities staan in de Programmabegroting 2020.',
        },
        {
          name: 'coalitie_id',
          type: 'tekst',
          description: 'Vaste code van de coalitie, zoals in het adres van de pagina (/2020/coalities/<coalitie_id>/).',
        },
        { name: 'coalitie', type: 'tekst', description: 'Naam van de coalitie, zoals in de bron.' },
        {
          name: 'verwachte_kosten_euro',
          type: 'geheel getal',
          description: "Verwachte kosten in hele euro's, zoals de bron ze geeft; leeg als de bron ze niet geeft.",
        },
        {
          name: 'looptijd',
          type: 'tekst',
          description:
            'Looptijd van de samenwerking, letterlijk zoals de bron die geeft (zoals "2016-2018" of "Onbepaalde tijd"); leeg als de bron die niet noemt.',
        },
        {
          name: 'rol_regio_twente',
          type: 'tekst',
          description: 'Rol van Regio Twente in de coalitie, zoals de bron die geeft; leeg als de bron die niet noemt.',
        },
        {
          name: 'deelnemers_genoemd',
          type: 'tekst',
          values: ['ja', 'nee'],
          description:
            '"ja" als de Programmabegroting 2020 (het document van 2020) de deelnemers van deze coalitie noemt, anders "nee". ' +
            'Een lijst uit een ander document geldt niet voor 2020; die staat bij het jaar van dat document.',
        },
        {
          name: 'gemeenten',
          type: 'tekst',
          description:
            'CBS-codes van de deelnemende gemeenten volgens dat document, oplopend gesorteerd en gescheiden door een spatie; leeg als het de deelnemers niet noemt.',
        },
        {
          name: 'andere_deelnemers',
          type: 'tekst',
          description:
            'Namen van de andere deelnemende organisaties volgens dat document (zoals de provincie), gescheiden door "; "; leeg als het er geen noemt.',
        },
        {
          name: 'deelnemers_bron_sectie',
          type: 'tekst',
          description: 'Waar in dat document (bron_document programmabegroting-2020) de deelnemers staan; leeg als het ze niet noemt.',
        },
        ...provenanceColumns(
          'de coalitie met haar verwachte kosten, looptijd en rol',
          'Hier: voor welke periode de Programmabegroting 2020 de deelnemers noemt (de looptijd van de coalitie staat in looptijd); ' +
            'leeg als dat document geen deelnemers noemt (deelnemers_genoemd is dan "nee").',
        ),
      ],
      rows: [
        {
          jaar: 2020,
          coalitie_id: 'jeugd',
          coalitie: 'Jeugd',
          verwachte_kosten_euro: 201000,
          looptijd: '2016-2018',
          rol_regio_twente: 'Trekker',
          deelnemers_genoemd: 'ja',
          gemeenten: 'GM0141 GM0153',
          andere_deelnemers: 'Provincie Overijssel; Waterschap Vechtstromen',
          deelnemers_bron_sectie: 'Deelnemers',
          bron_document: 'programmabegroting-2020',
          bron_sectie: 'Bijlage 2',
          periode: '2020',
        },
        {
          jaar: 2020,
          coalitie_id: 'allemaal',
          coalitie: 'Allemaal',
          verwachte_kosten_euro: null,
          looptijd: null,
          rol_regio_twente: null,
          deelnemers_genoemd: 'ja',
          gemeenten: 'GM0141 GM0147 GM0153',
          andere_deelnemers: null,
          deelnemers_bron_sectie: 'Bijlage 2',
          bron_document: 'agenda-2017',
          bron_sectie: 'p. 3',
          periode: 'onbepaalde tijd',
        },
        {
          jaar: 2020,
          coalitie_id: 'onbekend',
          coalitie: 'Onbekend',
          verwachte_kosten_euro: null,
          looptijd: null,
          rol_regio_twente: null,
          deelnemers_genoemd: 'nee',
          gemeenten: null,
          andere_deelnemers: null,
          deelnemers_bron_sectie: null,
          bron_document: 'programmabegroting-2020',
          bron_sectie: 'Bijlage 2',
          periode: null,
        },
      ],
      sources: ['programmabegroting-2020', 'agenda-2017'],
      page: '/2020/coalities/',
      themes: ['GOVE', 'ECON'],
    });
  });

  it('leaves the other participants empty, not an empty text, when the list names no organisation', () => {
    const rows = coalitionsDataset({
      ...input,
      coalitions: [
        { id: 'zonder-lijst', data: coalition({ deelnemers: { gemeenten: ['borne'], bron: budget, periode: '2020' } }) },
        { id: 'lege-lijst', data: coalition({ deelnemers: { gemeenten: ['borne'], organisaties: [], bron: budget, periode: '2020' } }) },
        {
          id: 'een',
          data: coalition({ deelnemers: { gemeenten: ['almelo'], organisaties: ['waterschap'], bron: budget, periode: '2020' } }),
        },
      ],
    }).rows;
    expect(rows.map((row) => [row['gemeenten'], row['andere_deelnemers']])).toEqual([
      ['GM0147', null],
      ['GM0147', null],
      ['GM0141', 'Waterschap Vechtstromen'],
    ]);
  });

  it("names the source of the participants' list among the sources when it differs from the coalition's", () => {
    const { sources } = coalitionsDataset({
      ...input,
      coalitions: [
        {
          id: 'c',
          data: coalition({ deelnemers: { gemeenten: 'alle', bron: { document: 'deelnemerslijst', sectie: 'p. 1' }, periode: '2020' } }),
        },
      ],
    });
    expect(sources).toEqual(['programmabegroting-2020', 'deelnemerslijst']);
  });
});
