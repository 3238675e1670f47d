import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { id, partialDate, sourceRef, year } from './common.ts';

/** A number of inhabitants with the document it comes from. */
const figure = z.strictObject(
  {
    aantal: z
      .number({ error: ERROR.population })
      .int({ error: ERROR.population })
      .min(1, { error: ERROR.population })
      .describe('Aantal inwoners, een heel getal.'),
    bron: sourceRef.describe('Waar dit aantal staat; verplicht.'),
  },
  { error: ERROR.object },
);

/** content/<jaar>/inwoners.yaml: population of the whole region and of each municipality. */
export const population = z.strictObject(
  {
    jaar: year.describe('Het begrotingsjaar; gelijk aan de mapnaam.'),
    peildatum: partialDate.describe('Op welke datum de aantallen gelden, bijvoorbeeld 2020-01-01.'),
    regio: figure.optional().describe('Inwoners van de hele regio (alle gemeenten samen), als de bron dat los geeft.'),
    gemeenten: z.record(id, figure, { error: ERROR.object }).optional().describe('Per gemeente-id het aantal inwoners.'),
  },
  { error: ERROR.object },
);

export type Population = z.infer<typeof population>;
