import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { id, oldUrls, order, sourceRef, text, year } from './common.ts';

const points = z.array(text, { error: ERROR.list }).min(1);

/** A regional framework a pillar works within: a vision or plan, with its points as the source lists them. */
const framework = z.strictObject(
  {
    titel: text.describe('Naam van het kader, met het jaar of de periode zoals de bron die noemt: "Regiovisie Jeugd (2022)".'),
    toelichting: text.optional().describe('Wat de bron tussen haakjes achter de naam zet, zoals "samenwerkingsagenda jeugd".'),
    punten: points.describe('De punten van het kader, letterlijk uit de bron.'),
  },
  { error: ERROR.object },
);

/** Where a pillar's work touches another pillar. */
const relation = z.strictObject(
  {
    pijler: id.describe('Id van de andere pijler: de bestandsnaam in content/<jaar>/pijlers/.'),
    punten: points.describe('Waar de pijlers elkaar raken, letterlijk uit de bron.'),
  },
  { error: ERROR.object },
);

/**
 * One pillar of the core-task discussion: content/<jaar>/pijlers/<id>.yaml. Its percentages are in
 * the key figures (content/cijfers/<document>.yaml), marked with `pijler: <id>`, so each figure is
 * typed once.
 */
export const pillar = z.strictObject(
  {
    jaar: year.describe('Het jaar van het document; gelijk aan de map waarin het bestand staat.'),
    nummer: order.describe('Het nummer van de pijler in de bron ("Pijler 1: Jeugd" is 1).'),
    titel: text.max(60).describe('Naam van de pijler zoals de lijst van pijlers in de bron die geeft.'),
    zoektermen: z
      .array(text, { error: ERROR.list })
      .optional()
      .describe('Afkortingen en gewone woorden waarmee mensen deze pagina zoeken; staan als trefwoorden op de pagina.'),
    bron: sourceRef.describe('Waar de bron de pijler noemt.'),
    inleiding: z
      .strictObject(
        {
          tekst: text
            .max(400)
            .describe(
              "In één of twee gewone zinnen waar de pijler over gaat, zoals de bron dat zegt; staat bovenaan de pagina, vóór de percentages. Noemt de bron bij de pijler zelf niets, zeg dat dan en noem wat andere dia's erover zeggen.",
            ),
          bron: sourceRef.describe('De dia of het hoofdstuk waar dat staat.'),
        },
        { error: ERROR.object },
      )
      .describe('De eerste, gewone zinnen over de pijler: waar hij over gaat.'),
    regionaalKader: z
      .strictObject(
        {
          kaders: z.array(framework, { error: ERROR.list }).min(1).describe('De kaders, in de volgorde van de bron.'),
          opmerking: text
            .optional()
            .describe('Korte opmerking van ons over wat de bron hier doet, als een lezer zich daarover kan verbazen.'),
          bron: sourceRef.describe('De dia of het hoofdstuk met het regionaal kader.'),
        },
        { error: ERROR.object },
      )
      .optional()
      .describe('Het regionaal kader van de pijler; laat weg als de bron er geen geeft.'),
    samenhang: z
      .strictObject(
        {
          punten: points.optional().describe('Taken die de bron bij de samenhang noemt zonder een andere pijler erbij.'),
          relaties: z.array(relation, { error: ERROR.list }).optional().describe('Per andere pijler waar ze elkaar raken.'),
          bron: sourceRef.describe('De dia of het hoofdstuk met de samenhang.'),
        },
        { error: ERROR.object },
      )
      .optional()
      .describe('De samenhang met andere pijlers; laat weg als de bron die niet geeft.'),
    oudeAdressen: oldUrls,
  },
  { error: ERROR.object },
);

export type Pillar = z.infer<typeof pillar>;
