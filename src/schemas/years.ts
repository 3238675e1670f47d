import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { sourceRef, text, year } from './common.ts';

/** A budget year: content/<jaar>/jaar.yaml. */
export const budgetYear = z.strictObject(
  {
    jaar: year.describe('Het begrotingsjaar; gelijk aan de mapnaam.'),
    titel: text.describe('Titel van de begroting, bijvoorbeeld Programmabegroting 2020.'),
    organisatie: text.describe('De organisatie die de begroting opstelde.'),
    motto: text.optional().describe('Motto of ondertitel van de begroting.'),
    inleiding: text.describe('Wat de organisatie doet, uit de bron; staat bovenaan de jaarpagina.'),
    coalitiesInleiding: text.optional().describe('Inleiding op de Coalitions of the Willing, uit de bron.'),
    agendaPeriode: text
      .optional()
      .describe(
        'Voor welke periode de plannen in content/<jaar>/agenda/ gelden, in de woorden van de bron ("2017 tot halverwege 2020"); verplicht als die map onderwerpen heeft.',
      ),
    bron: sourceRef.describe('Waar de teksten van dit bestand staan.'),
  },
  { error: ERROR.object },
);

export type BudgetYear = z.infer<typeof budgetYear>;
