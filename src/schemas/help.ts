import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { sourceRef, text } from './common.ts';

/** A phone number as a reader dials it: digits, with hyphens or spaces between groups ("0800-2000", "112"). */
const phoneNumber = z
  .string({ error: ERROR.text })
  .regex(/^\d+(?:[- ]\d+)*$/, { error: ERROR.text })
  .describe('Een telefoonnummer zoals de bron het schrijft: cijfers, eventueel met streepjes of spaties ("0800-2000").');

/**
 * The help box (content/hulp.yaml): on every page that names one of its words, where and how a reader
 * gets help, with the number exactly as its source gives it.
 */
export const help = z.strictObject(
  {
    woorden: z
      .array(text.max(60), { error: ERROR.list })
      .min(1)
      .describe('Noemt een pagina een van deze woorden (hoofdletters maken niet uit), dan staat het hulpkader op die pagina.'),
    kop: text.max(80).describe('De kop van het kader, bijvoorbeeld "Hulp bij huiselijk geweld of kindermishandeling".'),
    organisatie: text.max(60).describe('Wie de lezer belt, zoals de bron die noemt: "Veilig Thuis".'),
    telefoon: phoneNumber,
    tekst: text.max(200).describe('Wanneer en waarvoor de lezer kan bellen, na het nummer; moet kloppen met de bron.'),
    nood: phoneNumber.optional().describe('Het nummer voor een noodgeval ("112"), als de bron het noemt.'),
    bron: sourceRef.describe('Waar het nummer en de tekst in de bron staan.'),
  },
  { error: ERROR.object },
);

export type Help = z.infer<typeof help>;
