import { z } from 'astro/zod';
import { EXPECTED } from '../validation/messages.ts';
import { id, partialDate, text } from './common.ts';

/** One source document in content/bronnen.yaml. */
export const sourceDocument = z.strictObject(
  {
    id: id.describe('Korte naam van het document, gebruikt in "bron: document:".'),
    titel: text.describe('Titel zoals op het document.'),
    uitgever: text.describe('Wie het document uitgaf, bijvoorbeeld Regio Twente.'),
    datum: partialDate.describe('Datum van het document: JJJJ, JJJJ-MM of JJJJ-MM-DD.'),
    omschrijving: text.describe('Eén of twee zinnen: wat staat erin?'),
  },
  { error: EXPECTED.object },
);

export type SourceDocument = z.infer<typeof sourceDocument>;
