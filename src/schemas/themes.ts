import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { oldUrls, order, sourceRef, text, year } from './common.ts';

/** What a part of a programme's chapter of themes is: one of the themes the programme names, or its part about the organisation itself. */
export const THEME_KINDS = ['thema', 'organisatie'] as const;

/**
 * Frontmatter of a theme of a strategic programme: content/<jaar>/themas/<id>.md.
 * The body is the theme's text: ambitions, contributions, reasons, action lines, the dot on the horizon.
 */
export const theme = z.strictObject(
  {
    jaar: year.describe('Het jaar waarin het programma begint; gelijk aan de map waarin het bestand staat.'),
    volgorde: order.describe("Plaats in de lijst van thema's (1 = eerst)."),
    titel: text.max(60).describe('Naam van het thema zoals de bron die geeft, bijvoorbeeld Meedoen.'),
    soort: z
      .enum(THEME_KINDS)
      .describe(
        "thema: een van de thema's die het programma zelf noemt (Meedoen, Opgroeien, Ouder worden); organisatie: het deel over de eigen organisatie (3.4 Een organisatie die ertoe doet), dat het programma niet bij zijn thema's telt.",
      ),
    kernzin: text.describe('De zin die het thema samenvat, uit de bron ("een inclusieve samenleving").'),
    samenvatting: text.max(300).describe('Korte omschrijving voor het overzicht, uit de bron (hoogstens 300 tekens).'),
    zoektermen: z
      .array(text, { error: ERROR.list })
      .optional()
      .describe('Afkortingen en gewone woorden waarmee mensen deze pagina zoeken; staan als trefwoorden op de pagina.'),
    bron: sourceRef.describe('Waar de tekst van het thema staat: document en hoofdstuk.'),
    oudeAdressen: oldUrls,
  },
  { error: ERROR.object },
);

export type Theme = z.infer<typeof theme>;
