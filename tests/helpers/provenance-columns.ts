import type { Column } from '../../src/lib/open-data.ts';

/**
 * The three provenance columns every dataset ends with, written out as datapackage.json and the /data/
 * page describe them: `what` is what a row's source holds ("het blok"), `period` the dataset's own
 * sentence on how a row's period is chosen. Written here by hand, not with the code under test.
 */
export function provenanceColumns(what: string, period: string): Column[] {
  return [
    {
      name: 'bron_document',
      type: 'tekst',
      description: `Id van het document waar ${what} staat; hetzelfde id als bij de bronnen van dit bestand en in "sources" van datapackage.json (daar met titel en uitgever).`,
    },
    { name: 'bron_sectie', type: 'tekst', description: `Hoofdstuk, paragraaf, pagina of tabel in dat document waar ${what} staat.` },
    {
      name: 'periode',
      type: 'tekst',
      pattern: '\\d{4}(-\\d{4})?|per jaar|onbepaalde tijd|geen',
      description:
        'Periode zoals de bron die geeft, in een van vijf vormen: een jaar ("2016"), een reeks jaren ("2017-2018"), "per jaar" ' +
        '(een cijfer per jaar zonder jaartal), "onbepaalde tijd", of "geen" (de bron noemt geen periode). ' +
        period,
    },
  ];
}
