import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { id, sourceRef, text } from './common.ts';

/** Words of the source, word for word: tests/unit/payment.test.ts finds each one in its source. */
const quote = text.describe('De woorden uit de bron, letterlijk overgenomen; een test zoekt ze op in de bron.');

/** An exception the source itself names to a principle. */
const exception = z.strictObject(
  {
    tekst: text.max(300).describe('De uitzondering in gewone taal; moet kloppen met de bron.'),
    citaat: quote,
  },
  { error: ERROR.object },
);

/** One way of paying that the source describes. */
const principle = z.strictObject(
  {
    id: id.describe('Korte naam, uniek in het bestand; ook het anker op de pagina: #beginsel-<id>.'),
    naam: text.max(80).describe('Het beginsel in gewone taal, kort (hoogstens 80 tekens).'),
    uitleg: text.max(600).describe('Wat de bron voorstelt, in gewone taal voor inwoners (hoogstens 600 tekens); moet kloppen met de bron.'),
    citaat: quote,
    uitzonderingen: z
      .array(exception, { error: ERROR.list })
      .min(1)
      .optional()
      .describe('De uitzonderingen die de bron zelf noemt. Laat weg als de bron er geen noemt; verzin er geen.'),
    bron: sourceRef.describe('Waar het beginsel in de bron staat.'),
  },
  { error: ERROR.object },
);

/**
 * content/betalen.yaml: how the municipalities pay for the region, as far as a document says it. It
 * stands on /gemeenten/ and on every municipality page (src/components/HowMunicipalitiesPay.astro),
 * next to what the site can say about amounts.
 */
export const payment = z.strictObject(
  {
    titel: text.max(80).describe('Kop boven de beginselen; zegt van welk document en welk jaar ze zijn.'),
    inleiding: text
      .max(500)
      .describe('Wat voor document het is en wat het wel en niet zegt: een voorstel van toen, geen beschrijving van hoe het nu gaat.'),
    bron: sourceRef.describe('Waar de bron zegt wat voor document het is (concept, datum).'),
    beginselen: z.array(principle, { error: ERROR.list }).min(1).describe('De manieren van betalen, in de volgorde van de pagina.'),
    vervolg: z
      .strictObject(
        {
          tekst: text.max(500).describe('Wat de bron zegt over later, en wat geen document zegt.'),
          citaat: quote,
          bron: sourceRef.describe('Waar de bron dat zegt.'),
        },
        { error: ERROR.object },
      )
      .optional()
      .describe('Wat er volgens de bron daarna zou gebeuren.'),
  },
  { error: ERROR.object },
);

export type Payment = z.infer<typeof payment>;
