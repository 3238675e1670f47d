import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { id, money, oldUrls, order, sourceRef, text, year } from './common.ts';

/** Frontmatter of a domain: content/<jaar>/domeinen/<id>.md. The body is the domain's text. */
export const domain = z.strictObject(
  {
    jaar: year.describe('Het begrotingsjaar; gelijk aan de map waarin het bestand staat.'),
    volgorde: order.describe('Plaats in de lijst van domeinen (1 = eerst).'),
    titel: text.describe('Naam van het domein zoals de bron die geeft.'),
    volledigeNaam: text.optional().describe('Langere naam, als de bron die elders gebruikt.'),
    kernzin: text.describe('De kernzin onder de titel, uit de bron.'),
    samenvatting: text.max(300).describe('Korte omschrijving voor het overzicht, uit de bron (hoogstens 300 tekens).'),
    uitvoerders: z.array(id, { error: ERROR.list }).min(1).describe('Ids uit content/organisaties.yaml: wie voert het uit?'),
    bijdrage: money.describe("Wat de gemeenten samen bijdragen, in hele euro's (18165000)."),
    zoektermen: z
      .array(text, { error: ERROR.list })
      .optional()
      .describe('Afkortingen en gewone woorden waarmee mensen deze pagina zoeken; staan als trefwoorden op de pagina.'),
    bron: sourceRef.describe('Waar tekst en bijdrage staan.'),
    oudeAdressen: oldUrls,
  },
  { error: ERROR.object },
);

export type Domain = z.infer<typeof domain>;
