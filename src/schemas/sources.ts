import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { id, partialDate, text } from './common.ts';

/** One source document in content/bronnen.yaml. */
export const sourceDocument = z.strictObject(
  {
    id: id.describe('Korte naam van het document, gebruikt in "bron: document:".'),
    titel: text.describe('Titel zoals op het document.'),
    uitgever: text.describe('Wie het document uitgaf, bijvoorbeeld de samenwerking zelf of het CBS.'),
    datum: partialDate.describe('Datum van het document: JJJJ, JJJJ-MM of JJJJ-MM-DD.'),
    omschrijving: text.describe('Eén of twee zinnen: wat staat erin?'),
    vorm: text
      .max(30)
      .optional()
      .describe(
        'Wat voor document het is, zoals een zin het noemt, zonder lidwoord ("dia\'s"). Noemt het document bij zijn cijfers geen jaar of periode, dan noemt de site het zo, met zijn datum ("de dia\'s van 1 maart 2024"), in plaats van een jaartal.',
      ),
  },
  { error: ERROR.object },
);

export type SourceDocument = z.infer<typeof sourceDocument>;
