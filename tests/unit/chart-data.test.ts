import { describe, expect, it } from 'vitest';
import { chartHeight, narrowChartHeight, reservedLines, summarise, toChartData, toTable, wrapLabel, type ChartSpec } from '../../src/lib/chart-data.ts';

const NBSP = '\u00a0';
const domains: ChartSpec = {
  id: 'grafiek-domeinen',
  title: 'Bijdrage per domein, 2020',
  labelHeader: 'Domein',
  valueHeader: 'Bijdrage',
  noun: 'domeinen',
  withShares: true,
  rows: [
    { label: 'Gezondheid', value: 18165000, href: '/2020/domeinen/gezondheid/' },
    { label: 'OZJT/Samen14', value: 1145000, href: '/2020/domeinen/ozjt-samen14/', highlight: true },
    { label: 'Veilig Thuis Twente', value: 2964000 },
    { label: 'Bestuur en Ondersteuning', value: 7222000 },
    { label: 'Leefomgeving', value: 3847000 },
  ],
};
const coalitions: ChartSpec = {
  id: 'grafiek-coalities',
  title: 'Verwachte kosten per coalitie, 2020',
  labelHeader: 'Coalitie',
  valueHeader: 'Verwachte kosten',
  noun: 'coalities',
  rows: [
    { label: 'Netwerkstad Twente', value: 201000 },
    { label: 'Milieu, Duurzaamheid en Afval (MDA)', value: 85000 },
    { label: 'Agenda voor Twente', value: 3881000 },
  ],
};

describe('toTable', () => {
  it('keeps the rows in content order with formatted amounts, shares and a total', () => {
    const table = toTable(domains);
    expect(table.caption).toBe("Bijdrage per domein, 2020 (in euro's)");
    expect(table.headers).toEqual(['Domein', 'Bijdrage', 'Aandeel']);
    expect(table.rows.map((row) => row.label)).toEqual(['Gezondheid', 'OZJT/Samen14', 'Veilig Thuis Twente', 'Bestuur en Ondersteuning', 'Leefomgeving']);
    expect(table.rows[0]).toEqual({ label: 'Gezondheid', href: '/2020/domeinen/gezondheid/', highlight: false, cells: [`€${NBSP}18.165.000`, '54,5%'] });
    expect(table.rows[1]?.highlight).toBe(true);
    expect(table.footer).toEqual(['Totaal', `€${NBSP}33.343.000`, '100,0%']);
  });

  it('has no share column or total for amounts that are not parts of one whole', () => {
    const table = toTable(coalitions);
    expect(table.headers).toEqual(['Coalitie', 'Verwachte kosten']);
    expect(table.rows.map((row) => row.cells)).toEqual([[`€${NBSP}201.000`], [`€${NBSP}85.000`], [`€${NBSP}3.881.000`]]);
    expect(table.footer).toBeUndefined();
  });
});

describe('toChartData', () => {
  it('gives labels, values and value labels in the same order, and marks the current row in words', () => {
    const data = toChartData(domains);
    expect(data.labels).toEqual(['Gezondheid', 'OZJT/Samen14 (deze pagina)', 'Veilig Thuis Twente', 'Bestuur en Ondersteuning', 'Leefomgeving']);
    expect(data.values).toEqual([18165000, 1145000, 2964000, 7222000, 3847000]);
    expect(data.valueLabels[3]).toBe(`€${NBSP}7.222.000`);
    expect(data.highlight).toBe(1);
    expect(toChartData(coalitions).highlight).toBe(-1);
  });

  it('states all data in words for screen readers', () => {
    expect(toChartData(coalitions).description).toBe(
      `Staafdiagram, Verwachte kosten per coalitie, 2020: Netwerkstad Twente €${NBSP}201.000; Milieu, Duurzaamheid en Afval (MDA) €${NBSP}85.000; Agenda voor Twente €${NBSP}3.881.000.`,
    );
    expect(toChartData(domains).description).toContain(`OZJT/Samen14 (deze pagina) €${NBSP}1.145.000 (3,4%)`);
  });
});

describe('summarise', () => {
  it('names the total and the largest and smallest part', () => {
    expect(summarise(domains)).toBe(
      `€${NBSP}33.343.000 verdeeld over 5 domeinen: het meeste gaat naar Gezondheid (€${NBSP}18.165.000, 54,5%), het minste naar OZJT/Samen14 (€${NBSP}1.145.000, 3,4%).`,
    );
  });

  it('compares without a total when the amounts are not parts of one whole', () => {
    expect(summarise(coalitions)).toBe(
      `Van de 3 coalities is het bedrag het hoogst bij Agenda voor Twente (€${NBSP}3.881.000) en het laagst bij Milieu, Duurzaamheid en Afval (MDA) (€${NBSP}85.000).`,
    );
  });

  it('says so when there is nothing to show', () => {
    expect(summarise({ ...coalitions, rows: [] })).toBe('Verwachte kosten per coalitie, 2020: geen gegevens.');
  });
});

describe('reserved height', () => {
  it('grows with the number of rows, more on narrow screens', () => {
    expect(chartHeight(5)).toBe(260);
    expect(narrowChartHeight(5)).toBe(360);
    expect(narrowChartHeight(6)).toBeGreaterThan(chartHeight(6));
  });

  it('makes room for labels of several lines: beside the bars from the third line, above them from the second', () => {
    expect(chartHeight(5, 2)).toBe(chartHeight(5));
    expect(chartHeight(5, 3)).toBe(5 * 64 + 40);
    expect(narrowChartHeight(5, 2)).toBe(5 * 84 + 40);
  });

  it('estimates the label lines by characters, at most four', () => {
    expect(reservedLines(['Jeugd', 'Veiligheid'])).toBe(1);
    expect(reservedLines(['Jeugd', 'Bedrijfsvoering / ondersteuning / overhead'])).toBe(2);
    expect(reservedLines(['Milieu, Duurzaamheid en Afval (MDA) (deze pagina)'])).toBe(2);
    expect(reservedLines(['woord '.repeat(40)])).toBe(4);
    expect(reservedLines([])).toBe(1);
  });
});

describe('wrapLabel', () => {
  const upTo = (chars: number) => (line: string) => line.length <= chars;

  it('keeps labels that fit on one line and breaks longer ones at spaces', () => {
    expect(wrapLabel('Gezondheid', upTo(22))).toEqual(['Gezondheid']);
    expect(wrapLabel('Milieu, Duurzaamheid en Afval (MDA)', upTo(22))).toEqual(['Milieu, Duurzaamheid', 'en Afval (MDA)']);
    expect(wrapLabel('Bedrijfsvoering / ondersteuning / overhead', upTo(16))).toEqual(['Bedrijfsvoering', '/ ondersteuning', '/ overhead']);
  });

  it('breaks a word that is longer than a whole line, so nothing is cut off', () => {
    expect(wrapLabel('Eenheelheellangwoordzonderspaties', upTo(12))).toEqual(['Eenheelheell', 'angwoordzond', 'erspaties']);
    expect(wrapLabel('Een woordzonderspaties', upTo(8))).toEqual(['Een', 'woordzon', 'derspati', 'es']);
    expect(wrapLabel('Lang', () => false)).toEqual(['L', 'a', 'n', 'g']);
  });

  it('gives one empty line for an empty label', () => {
    expect(wrapLabel('', upTo(10))).toEqual(['']);
  });
});
