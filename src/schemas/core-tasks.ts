import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { id, order, sourceRef, text, year } from './common.ts';

/** One kind of task, by what the task rests on (a law, the municipalities, the state). */
const taskKind = z.strictObject(
  {
    id: id.describe('Korte naam, uniek in het bestand; cijfers in content/cijfers/ verwijzen ernaar met taaksoort:.'),
    naam: text.describe('De soort taak in de woorden van de bron.'),
    korteNaam: text.max(60).describe('De kortere naam die de grafieken van de bron gebruiken.'),
    uitleg: text.describe('Onze uitleg in gewone taal; moet kloppen met de bron.'),
  },
  { error: ERROR.object },
);

/** A scenario by name only: the source does not say what it contains. */
const scenario = z.strictObject(
  {
    id: id.describe('Korte naam, uniek in het bestand; ook het anker op de pagina.'),
    code: text.max(10).optional().describe('De letter en het nummer uit de bron, zoals A.1.'),
    naam: text.max(60).describe('Naam van het scenario zoals in de bron.'),
    groep: text.max(60).optional().describe('De groep waar de bron het scenario onder zet, zoals "A. Kern".'),
  },
  { error: ERROR.object },
);

const statement = z.strictObject(
  {
    nummer: order.describe('Het nummer van de stelling in de bron.'),
    tekst: text.describe('De stelling, letterlijk.'),
  },
  { error: ERROR.object },
);

/**
 * content/<jaar>/kerntaken.yaml: the core-task discussion of that year. The kinds of task, the
 * scenarios with the steps of the process, and the statements for the debate, as the source gives
 * them. The pillars each have their own file (content/<jaar>/pijlers/).
 */
export const coreTasks = z.strictObject(
  {
    jaar: year.describe('Het jaar van het document; gelijk aan de mapnaam.'),
    taaksoorten: z
      .strictObject(
        {
          soorten: z.array(taskKind, { error: ERROR.list }).min(1).describe('De soorten taken, in de volgorde van de bron.'),
          bron: sourceRef.describe('Waar de bron de soorten taken geeft.'),
        },
        { error: ERROR.object },
      )
      .describe('De soorten taken ("de basis onder de taakuitvoering").'),
    scenarios: z
      .strictObject(
        {
          lijst: z.array(scenario, { error: ERROR.list }).min(1).describe("De scenario's, in de volgorde van de bron."),
          bron: sourceRef.describe("Waar de bron de scenario's noemt."),
        },
        { error: ERROR.object },
      )
      .describe("De scenario's, alleen met hun namen."),
    proces: z
      .strictObject(
        {
          perioden: z
            .array(text, { error: ERROR.list })
            .min(1)
            .describe('De perioden van de stappen, letterlijk, in de volgorde van de bron.'),
          opmerking: text.optional().describe('Wat de bron over het proces niet of onduidelijk zegt.'),
          bron: sourceRef.describe('Waar de bron het proces geeft.'),
        },
        { error: ERROR.object },
      )
      .optional()
      .describe('De stappen van het proces; laat weg als de bron ze niet geeft.'),
    stellingen: z
      .strictObject(
        {
          lijst: z.array(statement, { error: ERROR.list }).min(1).describe('De stellingen, in de volgorde van de bron.'),
          bron: sourceRef.describe('Waar de bron de stellingen geeft.'),
        },
        { error: ERROR.object },
      )
      .optional()
      .describe('De stellingen om over in gesprek te gaan.'),
  },
  { error: ERROR.object },
);

export type CoreTasks = z.infer<typeof coreTasks>;
export type TaskKind = CoreTasks['taaksoorten']['soorten'][number];
export type Scenario = CoreTasks['scenarios']['lijst'][number];
