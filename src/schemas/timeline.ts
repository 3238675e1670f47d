import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { id, partialDate, sourceRef, text } from './common.ts';

/** One step in the organisation's history, in content/tijdlijn.yaml. */
export const timelineEntry = z.strictObject(
  {
    id: id.describe('Korte naam; ook het anker op /organisatie/.'),
    datum: partialDate.describe('Wanneer: JJJJ, JJJJ-MM of JJJJ-MM-DD, zo precies als de bron.'),
    titel: text.max(80).describe('Wat er gebeurde, kort (hoogstens 80 tekens).'),
    tekst: text.max(500).describe('Eén tot drie zinnen uit of volgens de bron.'),
    document: id.optional().describe('Id van het document in content/bronnen.yaml dat bij deze stap hoort.'),
    bron: sourceRef.describe('Waar deze stap in de documenten staat.'),
  },
  { error: ERROR.object },
);

export type TimelineEntry = z.infer<typeof timelineEntry>;
