import { describe, expect, it } from 'vitest';
import {
  chartHeight,
  narrowChartHeight,
  reservedLines,
  summarise,
  toChartData,
  toTable,
  wrapLabel,
  type ChartRow,
  type ChartSpec,
} from '../../src/lib/chart-data.ts';
import { extremes } from '../../src/lib/chart-summary.ts';

const NBSP = '\u00a0';
const domains: ChartSpec = {
  id: 'grafiek-domeinen',
  title: 'Bijdrage per domein, 2020',
  labelHeader: 'Domein',
  valueHeader: 'Bijdrage',
  noun: 'domeinen',
  withShares: true,
  rows: [
    { label: 'Gezondheid', value: 18165000, path: '/2020/domeinen/gezondheid/' },
    { label: 'OZJT/Samen14', value: 1145000, path: '/2020/domeinen/ozjt-samen14/', highlight: true },
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
    expect(table.rows.map((row) => row.label)).toEqual([
      'Gezondheid',
      'OZJT/Samen14',
      'Veilig Thuis Twente',
      'Bestuur en Ondersteuning',
      'Leefomgeving',
    ]);
    expect(table.rows[0]).toEqual({
      label: 'Gezondheid',
      path: '/2020/domeinen/gezondheid/',
      highlight: false,
      cells: [`€${NBSP}18.165.000`, '54,5%'],
    });
    expect(table.rows[1]?.highlight).toBe(true);
    expect(table.footer).toEqual(['Samen, 5 domeinen (opgeteld)', `€${NBSP}33.343.000`, '100,0%']);
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
    expect(data.labels).toEqual([
      'Gezondheid',
      'OZJT/Samen14 (deze pagina)',
      'Veilig Thuis Twente',
      'Bestuur en Ondersteuning',
      'Leefomgeving',
    ]);
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

/** A spec with the given values, for the summary: rows "A", "B", ... in order. */
function specWith(values: (number | undefined)[], extra: Partial<ChartSpec> = {}): ChartSpec {
  const rows: ChartRow[] = values.map((value, index) => ({
    label: String.fromCharCode(65 + index),
    value: value ?? 0,
    unknown: value === undefined,
  }));
  return { id: 'grafiek-test', title: 'Test, 2024', labelHeader: 'Naam', valueHeader: 'Waarde', noun: 'coalities', rows, ...extra };
}
const euro = (amount: string) => `€${NBSP}${amount}`;

describe('summarise', () => {
  it('names the total and the largest and smallest part', () => {
    expect(summarise(domains)).toBe(
      `Samen €${NBSP}33.343.000 (opgeteld door deze site), verdeeld over 5 domeinen: het meeste gaat naar Gezondheid (€${NBSP}18.165.000, 54,5%), het minste naar OZJT/Samen14 (€${NBSP}1.145.000, 3,4%).`,
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

  it('names every row that ties for the highest value, with "elk"', () => {
    const shares = specWith([29, 12, 0, 29], { format: 'procent', noun: 'onderdelen' });
    shares.rows = shares.rows.map((row, index) => ({
      ...row,
      label: ['Jeugd', 'Veiligheid', 'Kennis', 'Bedrijfsvoering / ondersteuning / overhead'][index] ?? '',
    }));
    expect(summarise(shares)).toBe(
      'Van de 4 onderdelen is het aandeel het hoogst bij Jeugd en Bedrijfsvoering / ondersteuning / overhead (elk 29%) en het laagst bij Kennis (0%).',
    );
  });

  it('names every row that ties for the lowest value, three in a Dutch list', () => {
    expect(summarise(specWith([5, 1, 9, 1, 1]))).toBe(
      `Van de 5 coalities is het bedrag het hoogst bij C (${euro('9')}) en het laagst bij B, D en E (elk ${euro('1')}).`,
    );
  });

  it('counts the rows instead of naming them when more than three tie', () => {
    const counts = specWith([4, 2, 2, 4, 2, 2, 2, 4, 2, 2, 3, 2, 2, 3], { format: 'aantal', noun: 'gemeenten' });
    expect(summarise(counts)).toBe(
      'Van de 14 gemeenten is het aantal het hoogst bij A, D en H (elk 4) en het laagst bij 9 gemeenten (elk 2).',
    );
    expect(summarise(specWith([7, 7, 7, 7, 1]))).toBe(
      `Van de 5 coalities is het bedrag het hoogst bij 4 coalities (elk ${euro('7')}) en het laagst bij E (${euro('1')}).`,
    );
  });

  it('says when all rows have the same value', () => {
    expect(summarise(specWith(Array<number>(14).fill(2), { format: 'aantal', noun: 'gemeenten' }))).toBe(
      'Alle 14 gemeenten hebben hetzelfde aantal (2).',
    );
    expect(summarise(specWith([25, 25, 25, 25], { format: 'procent', noun: 'onderdelen' }))).toBe(
      'Alle 4 onderdelen hebben hetzelfde aandeel (25%).',
    );
    expect(summarise(specWith([100, 100, 100], { withShares: true, noun: 'domeinen' }))).toBe(
      `Samen ${euro('300')} (opgeteld door deze site), verdeeld over 3 domeinen: alle 3 krijgen hetzelfde bedrag (${euro('100')}, 33,3%).`,
    );
  });

  it('names the only row of a one-row chart', () => {
    expect(summarise(specWith([201000]))).toBe(`Test, 2024: alleen A (${euro('201.000')}).`);
    expect(summarise(specWith([18165000], { withShares: true }))).toBe(`Het hele bedrag, ${euro('18.165.000')}, gaat naar A.`);
  });

  it('leaves unknown values out of highest and lowest, and says how many there are', () => {
    expect(summarise(specWith([5, undefined, 1, undefined, 9]))).toBe(
      `Van de 5 coalities is het bedrag het hoogst bij E (${euro('9')}) en het laagst bij C (${euro('1')}); van 2 ervan is het bedrag onbekend.`,
    );
    expect(summarise(specWith([3, undefined, 3], { format: 'aantal' }))).toBe(
      'Van de 3 coalities hebben alle met een bekend aantal hetzelfde aantal (3); van 1 ervan is het aantal onbekend.',
    );
    expect(summarise(specWith([undefined, 4, undefined], { format: 'aantal' }))).toBe(
      'Van de 3 coalities is alleen het aantal van B (4) bekend.',
    );
    expect(summarise(specWith([undefined, undefined, undefined, undefined, undefined], { format: 'aantal' }))).toBe(
      'Van alle 5 coalities is het aantal onbekend.',
    );
    expect(summarise(specWith([undefined]))).toBe('Test, 2024: het bedrag van A is onbekend.');
  });

  it('gives the known total and shares of it when some parts are unknown', () => {
    expect(summarise(specWith([300, undefined, 100], { withShares: true, noun: 'domeinen' }))).toBe(
      `Samen bekend: ${euro('400')} (opgeteld door deze site), verdeeld over 3 domeinen waarvan 1 met een onbekend bedrag: het meeste gaat naar A (${euro('300')}, 75,0%), het minste naar C (${euro('100')}, 25,0%).`,
    );
    expect(summarise(specWith([undefined, 50, undefined], { withShares: true, noun: 'domeinen' }))).toBe(
      `Samen bekend: ${euro('50')} (opgeteld door deze site), verdeeld over 3 domeinen waarvan 2 met een onbekend bedrag: alles gaat naar B (${euro('50')}, 100,0%).`,
    );
    expect(summarise(specWith([60, 60, undefined], { withShares: true, noun: 'domeinen' }))).toBe(
      `Samen bekend: ${euro('120')} (opgeteld door deze site), verdeeld over 3 domeinen waarvan 1 met een onbekend bedrag: de andere 2 krijgen hetzelfde bedrag (${euro('60')}, 50,0%).`,
    );
  });

  it('names tied parts of a whole with their shares', () => {
    expect(summarise(specWith([40, 10, 40, 10], { withShares: true, noun: 'domeinen' }))).toBe(
      `Samen ${euro('100')} (opgeteld door deze site), verdeeld over 4 domeinen: het meeste gaat naar A en C (elk ${euro('40')}, 40,0%), het minste naar B en D (elk ${euro('10')}, 10,0%).`,
    );
  });
});

describe('summary helpers', () => {
  it('finds the tied highest and lowest known rows in their own order', () => {
    const rows = specWith([2, 9, undefined, 2, 9]).rows;
    expect(extremes(rows)).toEqual({ highest: [rows[1], rows[4]], lowest: [rows[0], rows[3]] });
    expect(extremes(specWith([undefined]).rows)).toEqual({ highest: [], lowest: [] });
  });
});

/** The table and chart text of rows A 300, B unknown, C 100 (with shares), written out. */
const KNOWN_300_AND_100 = {
  rows: [
    [euro('300'), '75,0%'],
    ['onbekend', 'onbekend'],
    [euro('100'), '25,0%'],
  ],
  footer: ['Samen, bekende bedragen (opgeteld)', euro('400'), '100,0%'],
  description: `Staafdiagram, Test, 2024: A ${euro('300')} (75,0%); B onbekend; C ${euro('100')} (25,0%).`,
};

describe('unknown values', () => {
  const spec = specWith([300, undefined, 100], { withShares: true, noun: 'domeinen' });

  it('show as "onbekend" in the table, with a total of the known values', () => {
    const table = toTable(spec);
    expect(table.rows.map((row) => row.cells)).toEqual(KNOWN_300_AND_100.rows);
    expect(table.footer).toEqual(KNOWN_300_AND_100.footer);
  });

  it('have no bar, and say "onbekend" on the chart and to screen readers', () => {
    const data = toChartData(spec);
    expect(data.values).toEqual([300, null, 100]);
    expect(data.valueLabels).toEqual([euro('300'), 'onbekend', euro('100')]);
    expect(data.description).toBe(KNOWN_300_AND_100.description);
  });
});

describe('totals and shares', () => {
  it('leave out the value an unknown row still carries', () => {
    const spec = specWith([300, undefined, 100], { withShares: true, noun: 'domeinen' });
    spec.rows = spec.rows.map((row) => (row.unknown ? { ...row, value: 999 } : row));
    const table = toTable(spec);
    expect(table.rows.map((row) => row.cells)).toEqual(KNOWN_300_AND_100.rows);
    expect(table.footer).toEqual(KNOWN_300_AND_100.footer);
    expect(toChartData(spec).description).toBe(KNOWN_300_AND_100.description);
  });

  it('give each part 0,0% of a total of zero in the table, and no share in the description', () => {
    const spec = specWith([0, 0], { withShares: true, noun: 'domeinen' });
    expect(toTable(spec).rows.map((row) => row.cells)).toEqual([
      [euro('0'), '0,0%'],
      [euro('0'), '0,0%'],
    ]);
    expect(toTable(spec).footer).toEqual(['Samen, 2 domeinen (opgeteld)', euro('0'), '100,0%']);
    expect(toChartData(spec).description).toBe(`Staafdiagram, Test, 2024: A ${euro('0')}; B ${euro('0')}.`);
    expect(summarise(spec)).toBe(
      `Samen ${euro('0')} (opgeteld door deze site), verdeeld over 2 domeinen: alle 2 krijgen hetzelfde bedrag (${euro('0')}, 0,0%).`,
    );
  });
});

describe('a column of notes', () => {
  it('follows the amount and the share, empty for a row without a note and in the total row', () => {
    const spec: ChartSpec = {
      ...specWith([300, 100], { withShares: true, noun: 'domeinen' }),
      noteHeader: 'Hoe gevonden',
    };
    spec.rows = spec.rows.map((row, index) => (index === 0 ? { ...row, note: 'berekend naar inwonertal' } : row));
    const table = toTable(spec);
    expect(table.headers).toEqual(['Naam', 'Waarde', 'Aandeel', 'Hoe gevonden']);
    expect(table.rows.map((row) => row.cells)).toEqual([
      [euro('300'), '75,0%', 'berekend naar inwonertal'],
      [euro('100'), '25,0%', ''],
    ]);
    expect(table.footer).toEqual(['Samen, 2 domeinen (opgeteld)', euro('400'), '100,0%', '']);
  });

  it('stands without a share column when the rows are not parts of a whole', () => {
    const spec: ChartSpec = { ...specWith([3, 5], { format: 'aantal' }), noteHeader: 'Opmerking' };
    spec.rows = spec.rows.map((row, index) => (index === 1 ? { ...row, note: 'volgens de dia' } : row));
    const table = toTable(spec);
    expect(table.caption).toBe('Test, 2024');
    expect(table.headers).toEqual(['Naam', 'Waarde', 'Opmerking']);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['3', ''],
      ['5', 'volgens de dia'],
    ]);
    expect(table.footer).toBeUndefined();
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
    // Exactly 28 characters still fit on one line; 29 do not.
    expect(reservedLines(['Bedrijfsvoering en onderzoek'])).toBe(1);
    expect(reservedLines(['Inkoop en contractbeheer 2024'])).toBe(2);
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
    expect(wrapLabel('   ', upTo(10))).toEqual(['']);
  });

  it('ignores spaces before, after and between words', () => {
    expect(wrapLabel('  Jeugd  en zorg ', upTo(10))).toEqual(['Jeugd en', 'zorg']);
  });
});
