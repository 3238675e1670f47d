import { z } from 'astro/zod';
import { EXPECTED } from '../validation/messages.ts';
import { order, sourceRef, text, year } from './common.ts';

/** The items of a list in the source, each verbatim. */
const items = z
  .array(text, { error: EXPECTED.list })
  .min(1)
  .describe('De punten van de lijst, elk letterlijk uit de bron, in de volgorde van de bron.');

/** What the organisation says it will do for a subject: the list under "Wat gaan we daarvoor doen?". */
export const agendaActions = z.strictObject(
  {
    tekst: text.optional().describe('Zin boven de lijst, letterlijk uit de bron (bijvoorbeeld "Onze kernactiviteiten blijven we adequaat uitvoeren.").'),
    punten: items,
    bron: sourceRef.describe('Waar de lijst staat: document en paragraaf, met de kop "Wat gaan we daarvoor doen?".'),
  },
  { error: EXPECTED.object },
);

/** A further part of a subject's paragraph, with its own heading (such as "Vertegenwoordiging in Brussel"). */
export const agendaFurtherPart = z.strictObject(
  {
    kop: text.max(80).describe('De kop van dit deel, zoals de bron hem geeft.'),
    tekst: text.optional().describe('De alinea onder de kop (vóór een lijst), letterlijk uit de bron.'),
    punten: items.optional(),
    slot: text.optional().describe('Een zin ná de lijst, letterlijk uit de bron.'),
    bron: sourceRef.describe('Waar dit deel staat: document, paragraaf en kop.'),
  },
  { error: EXPECTED.object },
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
        'context: waar Twente staat of wat Twente wil (de tekst staat onder de frontmatter); onderwerp: een onderwerp met zijn ambitie (de tekst onder de frontmatter) en acties.',
      ),
    titel: text.max(80).describe('De kop van het deel of de naam van het onderwerp, zoals de bron die geeft (zonder paragraafnummer).'),
    inleiding: text
      .optional()
      .describe('Alleen bij een onderwerp: een alinea uit het begin van de paragraaf die zegt waar het onderwerp over gaat, letterlijk uit de bron.'),
    acties: z
      .union([z.literal('geen'), agendaActions], { error: EXPECTED.agendaActions })
      .optional()
      .describe(
        'Alleen bij een onderwerp, en daar verplicht: de lijst "Wat gaan we daarvoor doen?" (tekst, punten, bron), of geen als de bron die lijst bij dit onderwerp niet heeft.',
      ),
    verder: z
      .array(agendaFurtherPart, { error: EXPECTED.list })
      .optional()
      .describe('Alleen bij een onderwerp: verdere delen van de paragraaf met een eigen kop, in de volgorde van de bron.'),
    bron: sourceRef.describe('Waar de tekst onder de frontmatter (en de inleiding) staat: document en paragraaf of kop.'),
  },
  { error: EXPECTED.object },
);

export type AgendaPart = z.infer<typeof agendaPart>;
export type AgendaActions = z.infer<typeof agendaActions>;
export type AgendaFurtherPart = z.infer<typeof agendaFurtherPart>;
