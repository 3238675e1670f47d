import { describe, expect, it } from 'vitest';
import { pillarShares, sharesByKind, taskSplitBlock } from '../../src/lib/core-tasks.ts';
import type { FigureBlock } from '../../src/schemas/figures.ts';
import { countInWords } from '../../src/lib/dutch.ts';
import {
  NOT_GIVEN,
  formatPercentHundredths,
  formatPointsHundredths,
  segments,
  stackedSummary,
  stackedTable,
  type StackedSpec,
} from '../../src/lib/stacked-chart.ts';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { errorsAfter, replace } from '../helpers/content-copy.ts';

const FIGURES = 'cijfers/kerntakendiscussie-2024.yaml';
const JEUGD = '2024/pijlers/jeugd.yaml';
const CORE_TASKS = '2024/kerntaken.yaml';

describe('the 2024 core-task discussion in content/', () => {
  const { content } = validateContent(CONTENT_DIR);
  const blocks = content.figures.find((entry) => entry.slug === 'kerntakendiscussie-2024')?.data.blokken ?? [];
  const kinds = content.coreTasks.find((entry) => entry.folderYear === 2024)?.data.taaksoorten.soorten ?? [];

  it('has the five pillars of the slides, numbered as there', () => {
    expect(content.pillars.map((entry) => [entry.data.nummer, entry.slug]).sort()).toEqual([
      [1, 'jeugd'],
      [2, 'publieke-gezondheid-en-leefomgeving'],
      [3, 'veiligheid'],
      [4, 'kennisontwikkeling-en-kennisdeling'],
      [5, 'inkoop-en-contractbeheer'],
    ]);
  });

  it('gives each pillar the two shares of the slides, from the figures file', () => {
    const shares = (pillar: string) => pillarShares(blocks, pillar).map((share) => share.value);
    expect(shares('jeugd')).toEqual([29, 50]);
    expect(shares('publieke-gezondheid-en-leefomgeving')).toEqual([12, 20]);
    expect(shares('veiligheid')).toEqual([12, 21]);
    expect(shares('kennisontwikkeling-en-kennisdeling')).toEqual([0, 1]);
    expect(shares('inkoop-en-contractbeheer')).toEqual([5, 8]);
  });

  it('splits pillars 1-3 by kind of task, in the order of the five kinds, and not pillars 4 and 5', () => {
    const split = (pillar: string) => {
      const block = taskSplitBlock(blocks, pillar);
      return block && sharesByKind(block, kinds).map((share) => share.value);
    };
    expect(split('jeugd')).toEqual([0, 90, 5, 4, 1]);
    // The slide of pillar 2 does not name "taak in lijn met kaders".
    expect(split('publieke-gezondheid-en-leefomgeving')).toEqual([64, 13, 0, undefined, 22]);
    expect(split('veiligheid')).toEqual([58, 28, 9, 5, 0]);
    expect(split('kennisontwikkeling-en-kennisdeling')).toBeUndefined();
    expect(split('inkoop-en-contractbeheer')).toBeUndefined();
  });

  it('repairs the extraction quirks: "Wettelijke taak" and "contractbeheer"', () => {
    const labels = blocks.flatMap((block) => [block.titel, ...block.cijfers.map((figure) => figure.label)]);
    const texts = [...labels, ...kinds.map((kind) => kind.korteNaam), ...content.pillars.map((entry) => entry.data.titel)];
    expect(texts.filter((text) => /Wettelijk taak|contactbeheer/.test(text))).toEqual([]);
    expect(texts).toContain('Inkoop en contractbeheer');
  });

  it('names the five scenarios and three statements of the slides', () => {
    const coreTasks = content.coreTasks[0]?.data;
    expect(coreTasks?.scenarios.lijst.map((scenario) => [scenario.code, scenario.naam])).toEqual([
      ['A.1', 'Absolute Kern'],
      ['A.2', 'Kern'],
      ['B', 'Koers'],
      ['C', 'Ambitie'],
      [undefined, 'Nul scenario'],
    ]);
    expect(coreTasks?.stellingen?.lijst.map((statement) => statement.nummer)).toEqual([1, 2, 3]);
  });
});

describe('rules for pillars, kinds of task and scenarios', () => {
  it('rejects a "samenhang" link to a pillar that does not exist, and to itself', () => {
    expect(
      errorsAfter({
        [JEUGD]: (text) =>
          text.replace('pijler: veiligheid', 'pijler: veilighied').replace('pijler: inkoop-en-contractbeheer', 'pijler: jeugd'),
      }),
    ).toEqual([
      'content/2024/pijlers/jeugd.yaml:55:15  samenhang.relaties[0].pijler: een pijler hangt niet samen met zichzelf; noem een andere pijler [pijler]',
      'content/2024/pijlers/jeugd.yaml:61:15  samenhang.relaties[1].pijler: onbekende pijler "veilighied" (bedoelt u "veiligheid"?); kies een bestandsnaam uit content/2024/pijlers/ [verwijzing]',
    ]);
  });

  it('rejects two scenarios with one id, two kinds of task with one id and two pillars with one number', () => {
    expect(
      errorsAfter({
        [CORE_TASKS]: (text) =>
          text.replace('    - id: kern\n', '    - id: absolute-kern\n').replace('id: opdracht-rijk', 'id: opdracht-gemeenten'),
        '2024/pijlers/veiligheid.yaml': replace('nummer: 3', 'nummer: 2'),
      }),
    ).toEqual([
      'content/2024/pijlers/veiligheid.yaml:2:9  nummer: pijler 2 is ook publieke-gezondheid-en-leefomgeving.yaml; geef elke pijler het nummer uit de bron [pijler]',
      'content/2024/kerntaken.yaml:31:11  taaksoorten.soorten[4].id: soort taak "opdracht-gemeenten" komt twee keer voor; geef elk een eigen id [uniek]',
      'content/2024/kerntaken.yaml:44:11  scenarios.lijst[1].id: scenario "absolute-kern" komt twee keer voor; geef elk een eigen id [uniek]',
      // The figures that pointed at the renamed kind of task now point at nothing.
      'content/cijfers/kerntakendiscussie-2024.yaml:111:20  blokken[3].cijfers[4].taaksoort: onbekende soort taak "opdracht-rijk"; kies een id uit content/2024/kerntaken.yaml (taaksoorten) [verwijzing]',
      'content/cijfers/kerntakendiscussie-2024.yaml:138:20  blokken[4].cijfers[3].taaksoort: onbekende soort taak "opdracht-rijk"; kies een id uit content/2024/kerntaken.yaml (taaksoorten) [verwijzing]',
      'content/cijfers/kerntakendiscussie-2024.yaml:170:20  blokken[5].cijfers[4].taaksoort: onbekende soort taak "opdracht-rijk"; kies een id uit content/2024/kerntaken.yaml (taaksoorten) [verwijzing]',
    ]);
  });

  it('rejects a share per pillar that leaves a pillar out, and a percentage outside the rounding tolerance', () => {
    expect(
      errorsAfter({
        [FIGURES]: (text) =>
          text
            .replace(
              'waarde: 5\n        eenheid: procent\n        pijler: inkoop-en-contractbeheer\n',
              'waarde: 5\n        eenheid: procent\n',
            )
            .replace('waarde: 90\n', 'waarde: 92\n'),
      }),
    ).toEqual([
      'content/cijfers/kerntakendiscussie-2024.yaml:91:7  blokken[3].cijfers: de percentages tellen op tot 102%, maar een verdeling hoort precies 100% te zijn; controleer de cijfers met de bron, of geef tolerantie: als de bron afrondt [procenten]',
      'content/cijfers/kerntakendiscussie-2024.yaml:22:7  blokken[1].cijfers: dit blok geeft een aandeel per pijler, maar inkoop-en-contractbeheer ontbreekt; zet pijler: bij het cijfer van elke pijler [pijler]',
    ]);
  });

  it('rejects a figure that points at an unknown pillar, and a second split for one pillar', () => {
    expect(
      errorsAfter({
        [FIGURES]: (text) =>
          text
            .replace(/^    pijler: veiligheid\n/m, '    pijler: jeugd\n')
            .replace('        pijler: jeugd\n', '        pijler: jeugdzorg\n'),
      }),
    ).toEqual([
      'content/cijfers/kerntakendiscussie-2024.yaml:25:17  blokken[1].cijfers[0].pijler: onbekende pijler "jeugdzorg"; kies een bestandsnaam uit content/2024/pijlers/ [verwijzing]',
      'content/cijfers/kerntakendiscussie-2024.yaml:22:7  blokken[1].cijfers: dit blok geeft een aandeel per pijler, maar jeugd ontbreekt; zet pijler: bij het cijfer van elke pijler [pijler]',
      'content/cijfers/kerntakendiscussie-2024.yaml:173:13  blokken[5].pijler: pijler "jeugd" heeft al een blok (pijler-1-soort-taak); geef elke pijler hoogstens één [pijler]',
    ]);
  });

  it('accepts a "pijler" mention in verbanden.yaml only for a pillar of that year', () => {
    expect(errorsAfter({ 'verbanden.yaml': replace('      pijler: veiligheid\n', '      pijler: veiligheid-en-zorg\n') })).toEqual([
      'content/verbanden.yaml:148:17  [4].jaren[1].pijler: onbekende pijler "veiligheid-en-zorg" in 2024; kies een id uit content/2024/pijlers/ [verwijzing]',
    ]);
  });
});

describe('derived figures of the pillar pages', () => {
  it('writes counts up to twenty in words', () => {
    expect([
      countInWords(3),
      countInWords(5),
      countInWords(12),
      countInWords(14),
      countInWords(20),
      countInWords(21),
      countInWords(1000),
    ]).toEqual(['drie', 'vijf', 'twaalf', 'veertien', 'twintig', '21', '1.000']);
  });
});

describe('the shares of one pillar', () => {
  const block = (id: string, afgerond: boolean | undefined): FigureBlock => ({
    id,
    titel: `Aandeel pijler in ${id}`,
    soort: 'verdeling',
    periode: 'geen',
    ...(afgerond === undefined ? {} : { afgerond }),
    cijfers: [
      { label: 'Jeugd', waarde: 29, eenheid: 'procent', pijler: 'jeugd' },
      { label: 'Veiligheid', waarde: 71, eenheid: 'procent', pijler: 'veiligheid' },
    ],
    bron: { document: 'kerntakendiscussie-2024', sectie: 'dia 12' },
  });

  it('say whether the source rounds them: only a block marked afgerond: true does', () => {
    const blocks = [block('kosten', true), block('fte', false), block('formatie', undefined)];
    expect(pillarShares(blocks, 'jeugd')).toEqual([
      { blockId: 'kosten', title: 'Aandeel pijler in kosten', value: 29, rounded: true },
      { blockId: 'fte', title: 'Aandeel pijler in fte', value: 29, rounded: false },
      { blockId: 'formatie', title: 'Aandeel pijler in formatie', value: 29, rounded: false },
    ]);
  });
});

describe('stacked percentage chart', () => {
  const spec: StackedSpec = {
    id: 'grafiek-test',
    title: 'Test',
    labelHeader: 'Pijler',
    seriesHeader: 'Soort taak',
    series: [
      { key: 'a', label: 'Wettelijk' },
      { key: 'b', label: 'Opdracht' },
      { key: 'c', label: 'Rijk' },
    ],
    rows: [
      { label: 'Een', values: [64, undefined, 22], path: '/2024/pijlers/een/' },
      { label: 'Twee', values: [0, 90, 10] },
    ],
  };

  it('draws no segment for zero or missing parts, and places the others end to end', () => {
    expect(segments(spec.rows[0]!)).toEqual([
      { series: 0, start: 0, width: 64, value: 64 },
      { series: 2, start: 64, width: 22, value: 22 },
    ]);
    expect(segments(spec.rows[1]!).map((segment) => [segment.start, segment.width])).toEqual([
      [0, 90],
      [90, 10],
    ]);
  });

  it('tables a column per bar, a row per part, "niet genoemd" for a missing part and the sum as given', () => {
    const table = stackedTable(spec);
    expect(table.headers.map((header) => header.label)).toEqual(['Een', 'Twee']);
    expect(table.rows).toEqual([
      { label: 'Wettelijk', cells: ['64%', '0%'] },
      { label: 'Opdracht', cells: [NOT_GIVEN, '90%'] },
      { label: 'Rijk', cells: ['22%', '10%'] },
    ]);
    expect(table.footer).toEqual({ label: 'Som van de percentages', cells: ['86%', '100%'] });
  });

  it('summarises each bar from its largest part, leaving out parts of zero', () => {
    expect(stackedSummary(spec)).toBe('Een: wettelijk 64%, rijk 22%. Twee: opdracht 90%, rijk 10%.');
    // Parts in any order are said from the largest to the smallest.
    expect(stackedSummary({ ...spec, rows: [{ label: 'Drie', values: [10, 30, 60] }] })).toBe(
      'Drie: rijk 60%, opdracht 30%, wettelijk 10%.',
    );
  });

  it('writes computed percentages and margins with up to two decimals', () => {
    expect(formatPercentHundredths(7.68)).toBe('7,68%');
    expect(formatPercentHundredths(14.5)).toBe('14,5%');
    expect(formatPointsHundredths(0.15)).toBe('0,15 procentpunt');
  });
});
