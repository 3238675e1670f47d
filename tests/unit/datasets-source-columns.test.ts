import { describe, expect, it } from 'vitest';
import { sourceCells, sourceColumns, spannedPeriod } from '../../src/lib/datasets/source-columns.ts';

describe('sourceColumns', () => {
  it('describes bron_document, bron_sectie and periode with what the source holds and how the period is chosen', () => {
    expect(sourceColumns({ what: 'de bijdrage', period: 'Hier het begrotingsjaar.' })).toEqual([
      {
        name: 'bron_document',
        type: 'tekst',
        description:
          'Id van het document waar de bijdrage staat; hetzelfde id als bij de bronnen van dit bestand en in "sources" van datapackage.json (daar met titel en uitgever).',
      },
      { name: 'bron_sectie', type: 'tekst', description: 'Hoofdstuk, paragraaf, pagina of tabel in dat document waar de bijdrage staat.' },
      {
        name: 'periode',
        type: 'tekst',
        pattern: '\\d{4}(-\\d{4})?|per jaar|onbepaalde tijd|geen',
        description:
          'Periode zoals de bron die geeft, in een van vijf vormen: een jaar ("2016"), een reeks jaren ("2017-2018"), "per jaar" (een cijfer per jaar zonder jaartal), "onbepaalde tijd", of "geen" (de bron noemt geen periode). Hier het begrotingsjaar.',
      },
    ]);
  });
});

describe('sourceCells', () => {
  it('gives the document, the section and the period of a row', () => {
    expect(sourceCells({ document: 'begroting-2020', sectie: 'p. 12' }, '2017-2018')).toEqual({
      bron_document: 'begroting-2020',
      bron_sectie: 'p. 12',
      periode: '2017-2018',
    });
  });

  it('leaves every cell empty (null, not an empty text) without a source or a period', () => {
    expect(sourceCells(undefined, undefined)).toEqual({ bron_document: null, bron_sectie: null, periode: null });
  });
});

describe('spannedPeriod', () => {
  it('spans from the earliest to the latest year, whatever the order of the rows', () => {
    expect(spannedPeriod(['2019', '2015-2016', '2017'])).toEqual({ start: '2015', end: '2019' });
  });

  it('gives no period when a row has a year with other text around it', () => {
    // An en dash instead of a hyphen, and words before or after the year: not the forms of the schema.
    for (const period of ['2016–2017', '2016 e.v.', 'vanaf 2016', 'ca. 2016-2018']) {
      expect(spannedPeriod(['2015', period]), period).toBeUndefined();
    }
  });
});
