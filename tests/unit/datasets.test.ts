import { describe, expect, it } from 'vitest';
import { coalitionsDataset } from '../../src/lib/datasets/coalitions.ts';
import { domainsDataset, type TwentePopulation } from '../../src/lib/datasets/domains.ts';
import { figuresDataset } from '../../src/lib/datasets/figures.ts';
import { municipalitiesDataset } from '../../src/lib/datasets/municipalities.ts';
import { populationDataset } from '../../src/lib/datasets/population.ts';
import { PERIOD_PATTERN, SOURCE_COLUMN_NAMES } from '../../src/lib/datasets/source-columns.ts';
import { rowSchema, type Dataset } from '../../src/lib/open-data.ts';
import type { Coalition } from '../../src/schemas/coalitions.ts';
import { period } from '../../src/schemas/common.ts';

const names = (dataset: Dataset) => dataset.columns.map((column) => column.name);
const description = (dataset: Dataset, name: string) => dataset.columns.find((column) => column.name === name)?.description ?? '';
const municipalities = [
  { id: 'almelo', naam: 'Almelo', cbs: 'GM0141' },
  { id: 'borne', naam: 'Borne', cbs: 'GM0147' },
  { id: 'enschede', naam: 'Enschede', cbs: 'GM0153' },
];
const budget = { document: 'programmabegroting-2020', sectie: 'Gezondheid' };
const population: TwentePopulation = {
  count: 2,
  date: '2020-01-01',
  source: { document: 'bevolking-twente-2020', sectie: 'Inwoners op 1 januari 2020' },
  sourceTitle: 'Twentse bevolking in 2020 licht gegroeid',
  publisher: 'Kennispunt Twente',
  sourceDate: '2020-12/2021-01',
};

/** Every row of every dataset fits its own columns, and the provenance columns come last. */
function expectWellFormed(dataset: Dataset) {
  expect(names(dataset).slice(-3)).toEqual([...SOURCE_COLUMN_NAMES]);
  for (const row of dataset.rows) expect(Object.keys(row)).toEqual(names(dataset));
  expect(rowSchema(dataset).array().safeParse(dataset.rows).error?.issues ?? []).toEqual([]);
}

describe('provenance columns', () => {
  it('accept exactly the five forms of a period the content schema accepts', () => {
    const pattern = new RegExp(`^(?:${PERIOD_PATTERN})$`);
    for (const value of ['2016', '2017-2018', 'per jaar', 'onbepaalde tijd', 'geen']) {
      expect(pattern.test(value), value).toBe(true);
      expect(period.safeParse(value).success, value).toBe(true);
    }
    for (const value of ['2017–2018', '17', 'Onbepaalde tijd', 'per maand', '2016 ', '']) {
      expect(pattern.test(value), value).toBe(false);
      expect(period.safeParse(value).success, value).toBe(false);
    }
  });

  it('reject a period of another form in a JSON row', () => {
    const dataset = figuresDataset({
      title: 'Doc',
      figures: {
        document: 'doc',
        blokken: [
          {
            id: 'b',
            titel: 'B',
            soort: 'reeks',
            periode: '2016',
            bron: { document: 'doc', sectie: 'p. 1' },
            cijfers: [{ label: 'x', waarde: 1, eenheid: 'aantal' }],
          },
        ],
      },
    });
    expect(rowSchema(dataset).safeParse({ ...dataset.rows[0], periode: '2016–2017' }).success).toBe(false);
    expect(rowSchema(dataset).safeParse({ ...dataset.rows[0], eenheid: 'kilo' }).success).toBe(false);
  });
});

describe('domainsDataset', () => {
  const input = {
    jaar: 2020,
    organisation: 'Regio Twente',
    budgetTitle: 'Programmabegroting 2020',
    domains: [
      { id: 'a', title: 'A', amount: 5, share: 5 / 8, source: budget },
      { id: 'b', title: 'B', amount: 3, share: 3 / 8, source: { document: 'programmabegroting-2020', sectie: 'B' } },
    ],
  };

  it('divides each contribution by the population of Twente, to whole cents', () => {
    const dataset = domainsDataset({ ...input, population });
    expectWellFormed(dataset);
    expect(dataset.rows.map((row) => row['bijdrage_per_inwoner_euro'])).toEqual([2.5, 1.5]);
    expect(dataset.rows.map((row) => row['aandeel_procent'])).toEqual([62.5, 37.5]);
    expect(dataset.sources).toEqual(['programmabegroting-2020', 'bevolking-twente-2020']);
  });

  it('says how the amount per inhabitant is made, from which figure and source', () => {
    const text = description(domainsDataset({ ...input, population: { ...population, count: 631064 } }), 'bijdrage_per_inwoner_euro');
    expect(text).toContain('bijdrage_euro gedeeld door 631.064 inwoners van Twente op 1 januari 2020');
    expect(text).toContain('afgerond op hele centen');
    expect(text).toContain(
      '"Twentse bevolking in 2020 licht gegroeid" (Kennispunt Twente, december 2020 of januari 2021; bron_document bevolking-twente-2020',
    );
  });

  it('leaves the amount per inhabitant empty, and says why, when the year has no population', () => {
    const dataset = domainsDataset(input);
    expectWellFormed(dataset);
    expect(dataset.rows.map((row) => row['bijdrage_per_inwoner_euro'])).toEqual([null, null]);
    expect(description(dataset, 'bijdrage_per_inwoner_euro')).toContain('leeg, want voor 2020 staat geen inwonertal van heel Twente');
    expect(dataset.sources).toEqual(['programmabegroting-2020']);
  });

  it('gives each row the source of its contribution and the budget year as period', () => {
    const [first] = domainsDataset(input).rows;
    expect(first).toMatchObject({ bron_document: 'programmabegroting-2020', bron_sectie: 'Gezondheid', periode: '2020' });
  });
});

describe('coalitionsDataset', () => {
  const source = { document: 'samenwerkingsagenda-2017-2020', sectie: 'Bijlage 1' };
  const coalition = (data: Partial<Coalition>): Coalition => ({ jaar: 2017, volgorde: 1, titel: 'C', bron: source, ...data });
  const dataset = coalitionsDataset({
    jaar: 2017,
    yearDocument: 'samenwerkingsagenda-2017-2020',
    yearTitle: 'Regionale samenwerkingsagenda 2017-2020',
    municipalities,
    organisationNames: new Map([['provincie-overijssel', 'Provincie Overijssel']]),
    coalitions: [
      {
        id: 'alle',
        data: coalition({ periode: 'Onbepaalde tijd', deelnemers: { gemeenten: 'alle', bron: source, periode: 'onbepaalde tijd' } }),
      },
      {
        id: 'enkele',
        data: coalition({
          deelnemers: {
            gemeenten: ['enschede', 'almelo'],
            organisaties: ['provincie-overijssel'],
            bron: { ...source, sectie: 'Deelnemers' },
            periode: '2017-2018',
          },
        }),
      },
      { id: 'zonder', data: coalition({ kosten: 201000 }) },
    ],
  });

  it('names participants, with the period of their list, only when the document of the year names them', () => {
    expectWellFormed(dataset);
    const pick = (row: Dataset['rows'][number]) => [
      row['deelnemers_genoemd'],
      row['gemeenten'],
      row['andere_deelnemers'],
      row['deelnemers_bron_sectie'],
      row['periode'],
    ];
    expect(dataset.rows.map(pick)).toEqual([
      ['ja', 'GM0141 GM0147 GM0153', null, 'Bijlage 1', 'onbepaalde tijd'],
      ['ja', 'GM0141 GM0153', 'Provincie Overijssel', 'Deelnemers', '2017-2018'],
      ['nee', null, null, null, null],
    ]);
  });

  it('keeps the looptijd as the source words it, apart from the period of the participants', () => {
    expect(dataset.rows[0]).toMatchObject({
      looptijd: 'Onbepaalde tijd',
      bron_document: 'samenwerkingsagenda-2017-2020',
      bron_sectie: 'Bijlage 1',
    });
    expect(dataset.rows[2]).toMatchObject({ looptijd: null, verwachte_kosten_euro: 201000 });
  });
});

describe('figuresDataset', () => {
  const dataset = figuresDataset({
    title: 'Agenda',
    figures: {
      document: 'agenda',
      blokken: [
        {
          id: 'economie',
          titel: 'Economie',
          soort: 'reeks',
          periode: 'geen',
          bron: { document: 'agenda', sectie: 'H3' },
          cijfers: [
            { label: 'aandeel', waarde: 80, eenheid: 'procent', ongeveer: true },
            {
              label: 'groei 2015',
              waarde: 2.3,
              eenheid: 'procent',
              periode: '2015',
              periodeCitaat: 'In 2015',
              toelichting: 'Hoger dan landelijk.',
            },
            { label: 'netwerkstad', tekst: 'Variabel', eenheid: 'fte' },
          ],
        },
      ],
    },
  });

  it("gives each figure its own period when the source names one, else the block's", () => {
    expectWellFormed(dataset);
    expect(dataset.rows.map((row) => row['periode'])).toEqual(['geen', '2015', 'geen']);
    expect(dataset.rows.map((row) => [row['waarde'], row['tekst'], row['ongeveer'], row['toelichting']])).toEqual([
      [80, null, 'ja', null],
      [2.3, null, null, 'Hoger dan landelijk.'],
      [null, 'Variabel', null, null],
    ]);
  });

  it('names the anchor the document page really has', () => {
    expect(description(dataset, 'blok_id')).toContain('cijfers-<blok_id>');
    expect(description(dataset, 'blok_id')).toContain('/documenten/agenda/#cijfers-economie');
  });
});

describe('municipalitiesDataset', () => {
  it('has the provenance columns, empty, and says that the list is the register of the site', () => {
    const dataset = municipalitiesDataset(municipalities);
    expectWellFormed(dataset);
    expect(dataset.rows[0]).toEqual({
      gemeente_id: 'almelo',
      gemeente: 'Almelo',
      cbs_code: 'GM0141',
      bron_document: null,
      bron_sectie: null,
      periode: null,
    });
    expect(description(dataset, 'bron_document')).toContain('lijst van gemeenten is van de site zelf');
    expect(dataset.sources).toEqual([]);
  });
});

describe('populationDataset', () => {
  const twente = { aantal: 631064, bron: { document: 'bevolking-twente-2020', sectie: 'Inwoners' } };

  it('has a row for Twente and for each municipality with a figure, each with its source', () => {
    const dataset = populationDataset({
      population: {
        jaar: 2020,
        peildatum: '2020-01-01',
        twente,
        gemeenten: { borne: { aantal: 23000, bron: { document: 'cbs', sectie: 'Tabel' } } },
      },
      municipalities,
      domainsDataset: 'domeinen-2020',
    });
    if (!dataset) throw new Error('expected a dataset');
    expectWellFormed(dataset);
    expect(dataset.rows).toEqual([
      {
        jaar: 2020,
        peildatum: '2020-01-01',
        gebied: 'Twente',
        cbs_code: null,
        inwoners: 631064,
        bron_document: 'bevolking-twente-2020',
        bron_sectie: 'Inwoners',
        periode: null,
      },
      {
        jaar: 2020,
        peildatum: '2020-01-01',
        gebied: 'Borne',
        cbs_code: 'GM0147',
        inwoners: 23000,
        bron_document: 'cbs',
        bron_sectie: 'Tabel',
        periode: null,
      },
    ]);
    expect(dataset.sources).toEqual(['bevolking-twente-2020', 'cbs']);
    expect(dataset.description).toContain('bijdrage_per_inwoner_euro van domeinen-2020');
  });

  it('is absent when the file gives no figures', () => {
    expect(populationDataset({ population: { jaar: 2020, peildatum: '2020-01-01' }, municipalities })).toBeUndefined();
  });
});
