import { describe, expect, it } from 'vitest';
import { coalitionsDataset } from '../../src/lib/datasets/coalitions.ts';
import { domainsDataset, type RegionPopulation } from '../../src/lib/datasets/domains.ts';
import { figuresDataset } from '../../src/lib/datasets/figures.ts';
import { municipalitiesDataset } from '../../src/lib/datasets/municipalities.ts';
import { populationDataset } from '../../src/lib/datasets/population.ts';
import { PERIOD_PATTERN, SOURCE_COLUMN_NAMES, spannedPeriod } from '../../src/lib/datasets/source-columns.ts';
import { rowSchema, type Dataset } from '../../src/lib/open-data.ts';
import type { Coalition } from '../../src/schemas/coalitions.ts';
import { period } from '../../src/schemas/common.ts';

const names = (dataset: Dataset) => dataset.columns.map((column) => column.name);
const description = (dataset: Dataset, name: string) => dataset.columns.find((column) => column.name === name)?.description ?? '';
const cbsList = { document: 'cbs-2020', sectie: 'Indeling 2020' };
const municipalities = [
  { id: 'almelo', naam: 'Almelo', cbs: 'GM0141', bron: cbsList },
  { id: 'borne', naam: 'Borne', cbs: 'GM0147', bron: cbsList },
  { id: 'enschede', naam: 'Enschede', cbs: 'GM0153', bron: cbsList },
];
const budget = { document: 'programmabegroting-2020', sectie: 'Gezondheid' };
// The names of content/site.yaml: the joint arrangement, the region, the number of municipalities in words.
const TWENTE = { body: 'Regio Twente', region: 'Twente', municipalityWord: 'veertien' };
const OTHER = { body: 'Regio Voorbeeld', region: 'Voorbeeldland', municipalityWord: 'drie' };
const population: RegionPopulation = {
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

  it('span a period for the whole table only when every row has a year or a range of years', () => {
    expect(spannedPeriod(['2020', '2020'])).toEqual({ start: '2020', end: '2020' });
    expect(spannedPeriod(['2016', '2013-2016', '2017-2018'])).toEqual({ start: '2013', end: '2018' });
    for (const unknown of ['geen', 'per jaar', 'onbepaalde tijd', '', null, undefined]) {
      expect(spannedPeriod(['2016', unknown]), String(unknown)).toBeUndefined();
    }
    expect(spannedPeriod([])).toBeUndefined();
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
    names: TWENTE,
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

  it("names the region and its municipalities as the site's content/site.yaml does", () => {
    expect(domainsDataset({ ...input, population }).description).toBe(
      'Wat de veertien gemeenten samen bijdragen aan elk domein van Regio Twente in 2020, met het aandeel in de som van de domeinen en het bedrag per inwoner van Twente (berekend door deze site).',
    );
    const other = domainsDataset({ ...input, organisation: 'Regio Voorbeeld', population, names: OTHER });
    expect(other.description).toBe(
      'Wat de drie gemeenten samen bijdragen aan elk domein van Regio Voorbeeld in 2020, met het aandeel in de som van de domeinen en het bedrag per inwoner van Voorbeeldland (berekend door deze site).',
    );
    expect(description(other, 'bijdrage_euro')).toBe("Bijdrage van de drie gemeenten samen, in hele euro's.");
    expect(description(other, 'bijdrage_per_inwoner_euro')).toContain('gedeeld door 2 inwoners van Voorbeeldland op 1 januari 2020');
  });

  it('gives each row the source of its contribution and the budget year as period', () => {
    const [first] = domainsDataset(input).rows;
    expect(first).toMatchObject({ bron_document: 'programmabegroting-2020', bron_sectie: 'Gezondheid', periode: '2020' });
  });

  it('covers the budget year, on the themes government and economy', () => {
    expect(domainsDataset(input)).toMatchObject({ period: { start: '2020', end: '2020' }, themes: ['GOVE', 'ECON'] });
  });
});

describe('coalitionsDataset', () => {
  const source = { document: 'samenwerkingsagenda-2017-2020', sectie: 'Bijlage 1' };
  const coalition = (data: Partial<Coalition>): Coalition => ({ jaar: 2017, volgorde: 1, titel: 'C', bron: source, ...data });
  // Built in each test (not when the file loads), so that mutation testing sees the tests run this code.
  const dataset = () =>
    coalitionsDataset({
      jaar: 2017,
      yearDocument: 'samenwerkingsagenda-2017-2020',
      yearTitle: 'Regionale samenwerkingsagenda 2017-2020',
      municipalities,
      organisationNames: new Map([['provincie-overijssel', 'Provincie Overijssel']]),
      names: TWENTE,
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
    expectWellFormed(dataset());
    const pick = (row: Dataset['rows'][number]) => [
      row['deelnemers_genoemd'],
      row['gemeenten'],
      row['andere_deelnemers'],
      row['deelnemers_bron_sectie'],
      row['periode'],
    ];
    expect(dataset().rows.map(pick)).toEqual([
      ['ja', 'GM0141 GM0147 GM0153', null, 'Bijlage 1', 'onbepaalde tijd'],
      ['ja', 'GM0141 GM0153', 'Provincie Overijssel', 'Deelnemers', '2017-2018'],
      ['nee', null, null, null, null],
    ]);
  });

  it('keeps the looptijd as the source words it, apart from the period of the participants', () => {
    expect(dataset().rows[0]).toMatchObject({
      looptijd: 'Onbepaalde tijd',
      bron_document: 'samenwerkingsagenda-2017-2020',
      bron_sectie: 'Bijlage 1',
    });
    expect(dataset().rows[2]).toMatchObject({ looptijd: null, verwachte_kosten_euro: 201000 });
  });
  it('gives no period for the whole table: each coalition has its own looptijd', () => {
    expect(dataset().period).toBeUndefined();
  });

  it("has a column for the role of the site's joint arrangement, named after it", () => {
    expect(names(dataset())).toContain('rol_regio_twente');
    expect(description(dataset(), 'rol_regio_twente')).toBe(
      'Rol van Regio Twente in de coalitie, zoals de bron die geeft; leeg als de bron die niet noemt.',
    );
    const other = coalitionsDataset({
      jaar: 2017,
      yearDocument: 'agenda',
      yearTitle: 'Samenwerkingsagenda',
      municipalities,
      organisationNames: new Map(),
      coalitions: [{ id: 'c', data: coalition({ rol: 'Trekker' }) }],
      names: { body: 'Gemeenschappelijke Regeling Voorbeeld' },
    });
    expectWellFormed(other);
    expect(names(other)).toContain('rol_gemeenschappelijke_regeling_voorbeeld');
    expect(names(other)).not.toContain('rol_regio_twente');
    expect(other.rows[0]).toMatchObject({ rol_gemeenschappelijke_regeling_voorbeeld: 'Trekker' });
    expect(other.description).toContain('rol van Gemeenschappelijke Regeling Voorbeeld (als de bron die geeft)');
  });
});

describe('figuresDataset', () => {
  // Built in each test (not when the file loads), so that mutation testing sees the tests run this code.
  const dataset = () =>
    figuresDataset({
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
    expectWellFormed(dataset());
    expect(dataset().rows.map((row) => row['periode'])).toEqual(['geen', '2015', 'geen']);
    expect(dataset().rows.map((row) => [row['waarde'], row['tekst'], row['ongeveer'], row['toelichting']])).toEqual([
      [80, null, 'ja', null],
      [2.3, null, null, 'Hoger dan landelijk.'],
      [null, 'Variabel', null, null],
    ]);
  });

  it('gives no period for the table when a figure has none (here "geen")', () => {
    expect(dataset().period).toBeUndefined();
  });

  it('names the anchor the document page really has', () => {
    expect(description(dataset(), 'blok_id')).toContain('cijfers-<blok_id>');
    expect(description(dataset(), 'blok_id')).toContain('/documenten/agenda/#cijfers-economie');
  });
});

describe('municipalitiesDataset', () => {
  it('cites the CBS list of each code, with the year of that list as its period', () => {
    const dataset = municipalitiesDataset(municipalities, new Map([['cbs-2020', '2020']]), 'Twente');
    expectWellFormed(dataset);
    expect(dataset.rows[0]).toEqual({
      gemeente_id: 'almelo',
      gemeente: 'Almelo',
      cbs_code: 'GM0141',
      bron_document: 'cbs-2020',
      bron_sectie: 'Indeling 2020',
      periode: '2020',
    });
    expect(dataset.sources).toEqual(['cbs-2020']);
    expect(dataset.period).toEqual({ start: '2020', end: '2020' });
  });

  it('leaves the period empty, never a guessed year, when the list has no date', () => {
    const dataset = municipalitiesDataset(municipalities, new Map(), 'Twente');
    expect(dataset.rows.map((row) => row['periode'])).toEqual(municipalities.map(() => null));
    expect(dataset.period).toBeUndefined();
  });

  it('names the region and counts its municipalities in words', () => {
    expect(municipalitiesDataset(municipalities, new Map(), 'Voorbeeldland')).toMatchObject({
      title: 'De drie gemeenten van Voorbeeldland',
      description: 'Naam, vaste code en CBS-gemeentecode van de drie gemeenten, op alfabet.',
    });
  });
});

describe('populationDataset', () => {
  const regio = { aantal: 631064, bron: { document: 'bevolking-twente-2020', sectie: 'Inwoners' } };
  const input = {
    population: {
      jaar: 2020,
      peildatum: '2020-01-01',
      regio,
      gemeenten: { borne: { aantal: 23000, bron: { document: 'cbs', sectie: 'Tabel' } } },
    },
    municipalities,
    domainsDataset: 'domeinen-2020',
    names: TWENTE,
  };

  it('has a row for the region and for each municipality with a figure, each with its source', () => {
    const dataset = populationDataset(input);
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
    // A count holds on its reference date.
    expect(dataset).toMatchObject({ period: { start: '2020-01-01', end: '2020-01-01' }, themes: ['SOCI'] });
  });

  it("names the region's row and the region in the column descriptions after content/site.yaml", () => {
    expect(description(populationDataset(input)!, 'gebied')).toBe(
      '"Twente" voor de veertien gemeenten samen, anders de naam van de gemeente.',
    );
    const other = populationDataset({ ...input, names: OTHER });
    expect(other?.rows[0]).toMatchObject({ gebied: 'Voorbeeldland', cbs_code: null });
    expect(description(other!, 'gebied')).toBe('"Voorbeeldland" voor de drie gemeenten samen, anders de naam van de gemeente.');
    expect(description(other!, 'cbs_code')).toBe('CBS-gemeentecode van de gemeente; leeg voor heel Voorbeeldland.');
  });

  it('is absent when the file gives no figures', () => {
    expect(populationDataset({ population: { jaar: 2020, peildatum: '2020-01-01' }, municipalities, names: TWENTE })).toBeUndefined();
  });
});
