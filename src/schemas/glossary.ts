import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { id, sourceRef, text } from './common.ts';

/** One term in content/begrippen.yaml. The explanation is ours and must agree with the documents. */
export const glossaryTerm = z.strictObject(
  {
    id: id.describe('Korte naam; ook het anker: /begrippen/#<id>.'),
    term: text.describe('Het begrip zoals het in de documenten staat.'),
    afkorting: text.optional().describe('De afkorting, als de documenten die gebruiken (Wmo, fte).'),
    vormen: z
      .array(text, { error: ERROR.list })
      .optional()
      .describe(
        'Andere vormen van het woord die de site gebruikt, zoals het enkelvoud of meervoud (coalitie, coalities). Ook hun eerste gebruik op een pagina linkt naar deze uitleg.',
      ),
    uitleg: text.max(400).describe('Eén of twee zinnen in gewoon Nederlands (hoogstens 400 tekens).'),
    bron: sourceRef.optional().describe('Een plek waar het begrip in de documenten voorkomt.'),
  },
  { error: ERROR.object },
);

export type GlossaryTerm = z.infer<typeof glossaryTerm>;
