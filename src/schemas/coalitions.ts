import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { id, money, oldUrls, order, period, periodQuote, sourceRef, text, year } from './common.ts';

/** Who takes part in a coalition, with the source of that list. */
export const participants = z.strictObject(
  {
    gemeenten: z
      .union([z.literal('alle'), z.array(id)], { error: ERROR.municipalities })
      .describe('"alle" of een lijst van ids uit content/gemeenten.yaml.'),
    organisaties: z.array(id, { error: ERROR.list }).optional().describe('Ids uit content/organisaties.yaml.'),
    toelichting: text.optional().describe('Opmerking over de deelname, uit de bron.'),
    bron: sourceRef.describe('Waar de deelnemers genoemd worden; hetzelfde document als het jaar (content/<jaar>/jaar.yaml).'),
    periode: period.describe('Voor welke periode de bron deze deelnemers noemt: "2020", "2017-2018", "onbepaalde tijd", of "geen".'),
    periodeCitaat: periodQuote.optional(),
    periodeToelichting: text.optional().describe('Korte uitleg bij de periode, uit de bron.'),
  },
  { error: ERROR.object },
);

/** Frontmatter of a Coalition of the Willing: content/<jaar>/coalities/<id>.md. The body (text from the source) may be empty. */
export const coalition = z.strictObject(
  {
    jaar: year.describe('Het begrotingsjaar; gelijk aan de map waarin het bestand staat.'),
    volgorde: order.describe('Plaats in de lijst van coalities (1 = eerst).'),
    titel: text.describe('Naam van de coalitie zoals de bron die geeft.'),
    kernzin: text.optional().describe('De vetgedrukte kernzin onder de naam, uit de bron.'),
    kosten: money.optional().describe("Verwachte kosten in hele euro's (201000), als de bron ze geeft."),
    periode: text.optional().describe('Looptijd van de samenwerking, letterlijk zoals de bron die geeft ("2017-2020", "Onbepaalde tijd").'),
    rol: text.optional().describe('Rol van de samenwerking (site.yaml, samenwerking) in de coalitie, zoals de bron die geeft.'),
    deelnemers: participants
      .optional()
      .describe(
        'Alleen als het document van dit jaar de deelnemers noemt; anders weglaten (de pagina zegt dat dan en wijst naar eerdere lijsten met hun periode).',
      ),
    zoektermen: z
      .array(text, { error: ERROR.list })
      .optional()
      .describe('Afkortingen en gewone woorden waarmee mensen deze pagina zoeken; staan als trefwoorden op de pagina.'),
    bron: sourceRef.describe('Waar tekst en verwachte kosten staan.'),
    oudeAdressen: oldUrls,
  },
  { error: ERROR.object },
);

export type Coalition = z.infer<typeof coalition>;
export type Participants = z.infer<typeof participants>;
