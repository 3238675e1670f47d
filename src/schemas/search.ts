import { z } from 'astro/zod';
import { ERROR } from './messages.ts';

/** One word as a reader types it: lower case letters (with accents), an apostrophe or a hyphen. */
const word = z
  .string({ error: ERROR.searchWord })
  .regex(/^[\p{Ll}'-]+$/u, { error: ERROR.searchWord })
  .describe('Eén woord in kleine letters, zonder spaties, zoals "kost".');

/**
 * content/zoeken.yaml: the words the search page treats specially, so a question as a resident types
 * it ("wat kost de ggd") finds the page that answers it. Read by src/lib/search-query.ts on the search
 * page (src/pages/zoeken.astro); `npm run bench:zoeken` measures what a change does.
 */
export const searchWords = z.strictObject(
  {
    weglaten: z
      .array(word, { error: ERROR.list })
      .describe(
        'Woorden die de zoekfunctie weglaat, omdat bijna elke pagina ze heeft: vraagwoorden (wat, hoe, wie) en kleine woorden (de, het, een). Alleen als een vraag niets anders bevat, zoekt de site er wel op.',
      ),
    synoniemen: z
      .array(
        // A group is an object with its list (not a bare list in a list), so the browser editor can show it as a form.
        z.strictObject(
          {
            woorden: z
              .array(word, { error: ERROR.list })
              .min(2, { error: ERROR.list })
              .describe('De woorden van de groep, zoals [kost, kosten, betaalt, bijdrage]: twee of meer.'),
          },
          { error: ERROR.object },
        ),
        { error: ERROR.list },
      )
      .describe(
        "Groepen woorden die voor de zoekfunctie hetzelfde betekenen. Wie een woord uit een groep typt, vindt ook pagina's met een ander woord uit die groep; een pagina die ook de andere woorden van de vraag heeft, gaat voor.",
      ),
    voorrang: z
      .array(z.string({ error: ERROR.text }).trim().min(1, { error: ERROR.emptyText }), { error: ERROR.list })
      .optional()
      .describe(
        "Soorten pagina's die voorgaan als pagina's even goed bij de vraag passen, zoals [Domein, Pijler]: die geven het antwoord, een documentpagina vat een heel document samen. Schrijf de soort zoals het filter op /zoeken/ hem noemt.",
      ),
  },
  { error: ERROR.object },
);

export type SearchWords = z.infer<typeof searchWords>;
