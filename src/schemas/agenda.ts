import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { order, sourceRef, text, year } from './common.ts';

/** What the organisation says it will do for a subject: the list under "Wat gaan we daarvoor doen?". */
export const agendaActions = z.strictObject(
  {
    tekst: text
      .optional()
      .describe('Zin boven de lijst, letterlijk uit de bron (bijvoorbeeld "Onze kernactiviteiten blijven we adequaat uitvoeren.").'),
    punten: z
      .array(text, { error: ERROR.list })
      .min(1)
      .describe('De punten van de lijst, elk letterlijk uit de bron, in de volgorde van de bron.'),
    bron: sourceRef.describe('Waar de lijst staat: document en paragraaf, met de kop "Wat gaan we daarvoor doen?".'),
  },
  { error: ERROR.object },
);

/**
 * Frontmatter of a part of a cooperation agenda: content/<jaar>/agenda/<id>.md. Two kinds:
 * - `context`: where Twente stands or what it wants (such as "De wereld waarin wij leven"); the body is its text;
 * - `onderwerp`: a subject of the agenda; the body is its ambition ("Onze ambitie"), `acties` what the
 *   organisation will do for it ("Wat gaan we daarvoor doen?"), or "geen" when the source has no such list.
 * Which fields each kind needs is checked in src/validation/agenda-rules.ts. The page gives the headings,
 * so the body has none.
 */
export const agendaPart = z.strictObject(
  {
    jaar: year.describe('Het jaar van het document; gelijk aan de map waarin het bestand staat.'),
    volgorde: order.describe('Plaats op de jaarpagina (1 = eerst); de context staat vóór de onderwerpen.'),
    soort: z
      .enum(['context', 'onderwerp'])
      .describe(
        'context: waar de regio staat of wat zij wil (de tekst staat onder de frontmatter); onderwerp: een onderwerp met zijn ambitie (de tekst onder de frontmatter) en acties.',
      ),
    titel: text.max(80).describe('De kop van het deel of de naam van het onderwerp, zoals de bron die geeft (zonder paragraafnummer).'),
    acties: z
      .union([z.literal('geen'), agendaActions], { error: ERROR.agendaActions })
      .optional()
      .describe(
        'Alleen bij een onderwerp, en daar verplicht: de lijst "Wat gaan we daarvoor doen?" (tekst, punten, bron), of geen als de bron die lijst bij dit onderwerp niet heeft.',
      ),
    bron: sourceRef.describe('Waar de tekst onder de frontmatter staat: document en paragraaf of kop.'),
  },
  { error: ERROR.object },
);

export type AgendaPart = z.infer<typeof agendaPart>;
export type AgendaActions = z.infer<typeof agendaActions>;
