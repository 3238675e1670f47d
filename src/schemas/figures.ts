import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { id, period, periodQuote, sourceRef, text } from './common.ts';

export const FIGURE_UNITS = ['aantal', 'euro', 'miljoen-euro', 'procent', 'fte'] as const;

/** One key figure as the source gives it. */
export const figure = z.strictObject(
  {
    label: text.describe('Waar het cijfer over gaat, in de woorden van de bron.'),
    waarde: z
      .number({ error: ERROR.figure })
      .min(0, { error: ERROR.figure })
      .optional()
      .describe(
        'Het getal zoals in de bron, zonder punten; decimalen met een punt (2.5). Laat weg als de bron geen getal geeft (zie tekst).',
      ),
    tekst: text
      .max(40)
      .optional()
      .describe('Alleen als de bron in plaats van een getal een woord geeft, zoals "Variabel" of "In ontwikkeling"; dan geen waarde.'),
    eenheid: z.enum(FIGURE_UNITS).describe('aantal, euro, miljoen-euro, procent of fte.'),
    ongeveer: z.boolean().optional().describe('true als de bron "ongeveer", "circa" of "zo\'n" zegt.'),
    ruim: z.boolean().optional().describe('true als de bron "ruim" zegt: iets meer dan het getal. Niet samen met ongeveer.'),
    toelichting: text.optional().describe('Korte uitleg uit de bron, als die erbij staat.'),
    periode: period.optional().describe('Alleen als dit ene cijfer een andere periode heeft dan het blok ("2015").'),
    periodeCitaat: periodQuote.optional(),
    pijler: id
      .optional()
      .describe('Als het cijfer over één pijler gaat (een aandeel per pijler): de id van die pijler in content/<jaar>/pijlers/.'),
    taaksoort: id.optional().describe('Als het cijfer over één soort taak gaat: de id van die soort in content/<jaar>/kerntaken.yaml.'),
  },
  { error: ERROR.object },
);

/** A block of key figures: a series of loose figures, or a distribution whose parts make 100%. */
export const figureBlock = z.strictObject(
  {
    id: id.describe('Korte naam van het blok, uniek binnen het bestand; ook het anker op de pagina.'),
    titel: text.describe('Titel van het blok, zoals in de bron.'),
    soort: z.enum(['reeks', 'verdeling']).describe('reeks: losse cijfers; verdeling: delen van één geheel in procenten.'),
    periode: period.describe(
      'Jaar of periode waarvoor de bron de cijfers geeft: "2016", "2017-2018", "per jaar", "onbepaalde tijd" of "geen" (de bron noemt er geen).',
    ),
    periodeCitaat: periodQuote.optional(),
    periodeToelichting: text.optional().describe('Korte uitleg bij de periode, uit de bron, zoals "volgens de begroting 2015".'),
    afgerond: z.boolean().optional().describe('true als de bron afgeronde percentages geeft; de pagina zegt dat dan.'),
    tolerantie: z
      .number({ error: ERROR.tolerance })
      .min(0, { error: ERROR.tolerance })
      .max(5, { error: ERROR.tolerance })
      .optional()
      .describe('Bij een verdeling: hoeveel procentpunt de som door afronding van 100 mag afwijken (hoogstens 5).'),
    pijler: id
      .optional()
      .describe('Als het hele blok over één pijler gaat (zijn kosten per soort taak): de id van die pijler in content/<jaar>/pijlers/.'),
    cijfers: z.array(figure, { error: ERROR.list }).min(1).describe('De cijfers, in de volgorde van de bron.'),
    bron: sourceRef.describe('Waar het blok staat: document en pagina of dia.'),
  },
  { error: ERROR.object },
);

/** content/cijfers/<document-id>.yaml: the key figures of one source document. */
export const documentFigures = z.strictObject(
  {
    document: id.describe('Id van het document in content/bronnen.yaml; gelijk aan de bestandsnaam.'),
    blokken: z.array(figureBlock, { error: ERROR.list }).min(1).describe('De blokken met cijfers, in de volgorde van het document.'),
  },
  { error: ERROR.object },
);

export type Figure = z.infer<typeof figure>;
export type FigureBlock = z.infer<typeof figureBlock>;
export type DocumentFigures = z.infer<typeof documentFigures>;
