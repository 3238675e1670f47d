// The dataset kerncijfers-<document>: every key figure of one document, block by block.
import type { DocumentFigures } from '../../schemas/figures.ts';
import type { Dataset } from '../open-data.ts';
import { documentPath } from '../paths.ts';
import { sourceCells, sourceColumns, spannedPeriod } from './source-columns.ts';

export interface FiguresInput {
  /** content/cijfers/<document>.yaml. */
  figures: DocumentFigures;
  /** Title of the document in content/bronnen.yaml. */
  title: string;
}

export function figuresDataset({ figures, title }: FiguresInput): Dataset {
  const page = documentPath(figures.document);
  const rows = figures.blokken.flatMap((block) =>
    block.cijfers.map((figure) => ({
      blok_id: block.id,
      blok: block.titel,
      label: figure.label,
      waarde: figure.waarde ?? null,
      tekst: figure.tekst ?? null,
      eenheid: figure.eenheid,
      ongeveer: figure.ongeveer ? 'ja' : null,
      ruim: figure.ruim ? 'ja' : null,
      toelichting: figure.toelichting ?? null,
      ...sourceCells(block.bron, figure.periode ?? block.periode),
    })),
  );
  return {
    id: `kerncijfers-${figures.document}`,
    title: `Kerncijfers uit ${title}`,
    description: `Alle kerncijfers uit ${title}, per blok, zoals het document ze geeft.`,
    columns: [
      {
        name: 'blok_id',
        type: 'tekst',
        description: `Vaste code van het blok. Op de documentpagina heeft het blok het anker cijfers-<blok_id>, zoals ${documentPath(figures.document, `cijfers-${figures.blokken[0]?.id ?? '<blok_id>'}`)}.`,
      },
      { name: 'blok', type: 'tekst', description: 'Titel van het blok, zoals in de bron.' },
      { name: 'label', type: 'tekst', description: 'Waar het cijfer over gaat, in de woorden van de bron.' },
      {
        name: 'waarde',
        type: 'getal',
        description: 'Het getal zoals in de bron (punt als decimaalteken); leeg als de bron een woord geeft.',
      },
      { name: 'tekst', type: 'tekst', description: 'Het woord dat de bron in plaats van een getal geeft (zoals "Variabel"); anders leeg.' },
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
      ...sourceColumns({
        what: 'het blok',
        period: 'Hier: de periode van het cijfer zelf als de bron die apart noemt, anders die van het blok.',
      }),
    ],
    rows,
    sources: [...new Set(figures.blokken.map((block) => block.bron.document))],
    page,
    themes: ['GOVE', 'ECON'],
    // Only when every figure has a year or a range of years.
    period: spannedPeriod(rows.map((row) => row.periode)),
  };
}
