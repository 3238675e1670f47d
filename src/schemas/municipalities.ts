import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { id, sourceRef, text } from './common.ts';

/** One of the participating municipalities in content/gemeenten.yaml. */
export const municipality = z.strictObject(
  {
    id: id.describe('De naam in de URL: /gemeenten/<id>/.'),
    naam: text.describe('Officiële naam van de gemeente.'),
    cbs: z
      .string({ error: ERROR.cbs })
      .regex(/^GM\d{4}$/, { error: ERROR.cbs })
      .describe('CBS-gemeentecode: GM en vier cijfers, zoals in de gemeentelijke indeling van het CBS.'),
    bron: sourceRef.describe(
      'Waar de CBS-code staat: de gemeentelijke indeling van het CBS (content/bronnen.yaml), met het jaar van die lijst.',
    ),
  },
  { error: ERROR.object },
);

export type Municipality = z.infer<typeof municipality>;
