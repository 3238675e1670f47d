import { describe, expect, it } from 'vitest';
import { figuresDataset } from '../../src/lib/datasets/figures.ts';
import type { DocumentFigures } from '../../src/schemas/figures.ts';
import { provenanceColumns } from '../helpers/provenance-columns.ts';

const agenda = { document: 'agenda-2017', sectie: 'H2 Werk' };
const figures: DocumentFigures = {
  document: 'agenda-2017',
  blokken: [
    {
      id: 'werk',
      titel: 'Werk in de regio',
      soort: 'reeks',
      periode: '2016',
      bron: agenda,
      cijfers: [
        { label: 'banen', waarde: 280000, eenheid: 'aantal', ruim: true },
        { label: 'groei', waarde: 2.3, eenheid: 'procent', ongeveer: true, periode: '2015', toelichting: 'Hoger dan landelijk.' },
      ],
    },
    {
      id: 'kosten',
      titel: 'Kosten',
      soort: 'reeks',
      periode: '2017-2018',
      bron: { document: 'begroting-2017', sectie: 'p. 4' },
      cijfers: [{ label: 'budget', tekst: 'Variabel', eenheid: 'miljoen-euro' }],
    },
    {
      id: 'mensen',
      titel: 'Mensen',
      soort: 'reeks',
      periode: '2017',
      bron: { document: 'agenda-2017', sectie: 'H5' },
      cijfers: [{ label: 'medewerkers', waarde: 12.5, eenheid: 'fte' }],
    },
  ],
};

describe('figuresDataset', () => {
  it('publishes every figure of the document, block by block, with its unit, its source and its period', () => {
    expect(figuresDataset({ figures, title: 'Regionale samenwerkingsagenda 2017-2020' })).toEqual({
      id: 'kerncijfers-agenda-2017',
      title: 'Kerncijfers uit Regionale samenwerkingsagenda 2017-2020',
      description: 'Alle kerncijfers uit Regionale samenwerkingsagenda 2017-2020, per blok, zoals het document ze geeft.',
      columns: [
        {
          name: 'blok_id',
          type: 'tekst',
          description:
            'Vaste code van het blok. Op de documentpagina heeft het blok het anker cijfers-<blok_id>, zoals /documenten/agenda-2017/#cijfers-werk.',
        },
        { name: 'blok', type: 'tekst', description: 'Titel van het blok, zoals in de bron.' },
        { name: 'label', type: 'tekst', description: 'Waar het cijfer over gaat, in de woorden van de bron.' },
        {
          name: 'waarde',
          type: 'getal',
          description: 'Het getal zoals in de bron (punt als decimaalteken); leeg als de bron een woord geeft.',
        },
        {
          name: 'tekst',
          type: 'tekst',
          description: 'Het woord dat de bron in plaats van een getal geeft (zoals "Variabel"); anders leeg.',
        },
        {
          name: 'eenheid',
          type: 'tekst',
          values: ['aantal', 'euro', 'miljoen-euro', 'procent', 'fte'],
          description: "Eenheid van waarde: aantal, euro, miljoen-euro (waarde in miljoenen euro's), procent of fte.",
        },
        {
          name: 'ongeveer',
          type: 'tekst',
          values: ['ja'],
          description: '"ja" als de bron zegt dat het cijfer bij benadering is (zoals "ongeveer", "circa" of "zo\'n"); anders leeg.',
        },
        { name: 'ruim', type: 'tekst', values: ['ja'], description: '"ja" als de bron "ruim" zegt: iets meer dan de waarde; anders leeg.' },
        { name: 'toelichting', type: 'tekst', description: 'Korte uitleg bij het cijfer, uit de bron; leeg als er geen bij staat.' },
        ...provenanceColumns('het blok', 'Hier: de periode van het cijfer zelf als de bron die apart noemt, anders die van het blok.'),
      ],
      rows: [
        {
          blok_id: 'werk',
          blok: 'Werk in de regio',
          label: 'banen',
          waarde: 280000,
          tekst: null,
          eenheid: 'aantal',
          ongeveer: null,
          ruim: 'ja',
          toelichting: null,
          bron_document: 'agenda-2017',
          bron_sectie: 'H2 Werk',
          periode: '2016',
        },
        {
          blok_id: 'werk',
          blok: 'Werk in de regio',
          label: 'groei',
          waarde: 2.3,
          tekst: null,
          eenheid: 'procent',
          ongeveer: 'ja',
          ruim: null,
          toelichting: 'Hoger dan landelijk.',
          bron_document: 'agenda-2017',
          bron_sectie: 'H2 Werk',
          periode: '2015',
        },
        {
          blok_id: 'kosten',
          blok: 'Kosten',
          label: 'budget',
          waarde: null,
          tekst: 'Variabel',
          eenheid: 'miljoen-euro',
          ongeveer: null,
          ruim: null,
          toelichting: null,
          bron_document: 'begroting-2017',
          bron_sectie: 'p. 4',
          periode: '2017-2018',
        },
        {
          blok_id: 'mensen',
          blok: 'Mensen',
          label: 'medewerkers',
          waarde: 12.5,
          tekst: null,
          eenheid: 'fte',
          ongeveer: null,
          ruim: null,
          toelichting: null,
          bron_document: 'agenda-2017',
          bron_sectie: 'H5',
          periode: '2017',
        },
      ],
      sources: ['agenda-2017', 'begroting-2017'],
      page: '/documenten/agenda-2017/',
      themes: ['GOVE', 'ECON'],
      period: { start: '2015', end: '2018' },
    });
  });

  it("gives a figure with a period of its own that period, not its block's, in the row and in the table's period", () => {
    const dataset = figuresDataset({
      title: 'Agenda',
      figures: {
        document: 'agenda',
        blokken: [
          {
            id: 'b',
            titel: 'B',
            soort: 'reeks',
            periode: '2016',
            bron: agenda,
            cijfers: [
              { label: 'eigen jaar', waarde: 1, eenheid: 'aantal', periode: '2019' },
              { label: 'jaar van het blok', waarde: 2, eenheid: 'aantal' },
            ],
          },
        ],
      },
    });
    expect(dataset.rows.map((row) => row['periode'])).toEqual(['2019', '2016']);
    expect(dataset.period).toEqual({ start: '2016', end: '2019' });
  });

  it('shows the anchor with a placeholder when the document has no block to give as example', () => {
    const dataset = figuresDataset({ title: 'Leeg', figures: { document: 'leeg', blokken: [] } });
    expect(dataset.columns[0]?.description).toBe(
      'Vaste code van het blok. Op de documentpagina heeft het blok het anker cijfers-<blok_id>, zoals /documenten/leeg/#cijfers-<blok_id>.',
    );
    expect(dataset.rows).toEqual([]);
    expect(dataset.period).toBeUndefined();
  });
});
