import { z } from 'astro/zod';
import { EXPECTED } from '../validation/messages.ts';
import { id, sourceRef, text } from './common.ts';

/** One of the fourteen municipalities in content/gemeenten.yaml. */
export const municipality = z.strictObject(
  {
    id: id.describe('De naam in de URL: /gemeenten/<id>/.'),
    naam: text.describe('Officiële naam van de gemeente.'),
    cbs: z
      .string({ error: EXPECTED.cbs })
      .regex(/^GM\d{4}$/, { error: EXPECTED.cbs })
      .describe('CBS-gemeentecode, bijvoorbeeld GM0153.'),
    bron: sourceRef.describe(
      'Waar de CBS-code staat: de gemeentelijke indeling van het CBS (content/bronnen.yaml), met het jaar van die lijst.',
    ),
  },
  { error: EXPECTED.object },
);

export type Municipality = z.infer<typeof municipality>;
