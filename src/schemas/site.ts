import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { text } from './common.ts';

/** A web address: https, or mailto: for an e-mail address. */
const address = z
  .string({ error: ERROR.text })
  .regex(/^(https:\/\/\S+|mailto:\S+@\S+)$/, { error: ERROR.text })
  .describe('Een webadres (https://...) of een e-mailadres als mailto:naam@voorbeeld.nl.');

/**
 * The site itself: its name, the joint arrangement it is about and the region (content/site.yaml).
 * Every text of the site that names them takes the name from here, so the same code serves any joint
 * arrangement (gemeenschappelijke regeling). The municipalities are those of content/gemeenten.yaml.
 */
export const site = z.strictObject(
  {
    naam: text.max(40).describe('Naam van de site, zoals in de kop en de titel van elke pagina, bijvoorbeeld "<regio> begroting".'),
    omschrijving: text
      .max(70)
      .describe(
        'Wat de site is, in een korte zin; staat op de deelkaart van de startpagina, bijvoorbeeld "De begroting van <samenwerking>, open en navolgbaar".',
      ),
    samenwerking: text
      .max(60)
      .describe('De gemeenschappelijke regeling zoals de documenten haar noemen; de site schrijft "de begroting van <samenwerking>".'),
    samenwerkingNu: text
      .max(60)
      .optional()
      .describe('Haar naam nu, als die anders is en een document die noemt. De site schrijft dan "<samenwerking>, nu <samenwerkingNu>".'),
    regio: text.max(40).describe('De regio van de samenwerking, zoals in "per inwoner van <regio>".'),
    regioBijvoeglijk: text
      .max(40)
      .optional()
      .describe(
        'De regio als bijvoeglijk naamwoord, zoals in "de <regioBijvoeglijk> gemeenten" (van Utrecht: Utrechtse). Zonder dit veld schrijft de site "de gemeenten van <regio>".',
      ),
    voettekst: text
      .max(400)
      .describe(
        'De zin onder elke pagina: uit welke documenten de cijfers en teksten komen, en wat niet. De site zet er een verwijzing naar Over deze site achter.',
      ),
    melding: text
      .max(200)
      .optional()
      .describe(
        'Een melding bovenaan elke pagina, bijvoorbeeld dat de site een voorbeeld is of nog in aanbouw. Laat weg als er niets te melden is.',
      ),
    terugkoppeling: z
      .strictObject(
        {
          adres: address.describe(
            'Waar een bezoeker een fout of probleem meldt: het meldformulier (https://...) of een e-mailadres (mailto:naam@voorbeeld.nl). Elke pagina die over melden spreekt, linkt hierheen; de wet vraagt een werkende weg om de makers te bereiken.',
          ),
          linktekst: text
            .max(80)
            .describe(
              'De tekst van de link, na "Meld het bij de makers van deze site via", bijvoorbeeld "het meldformulier op de openbare projectpagina".',
            ),
          uitleg: text
            .max(120)
            .optional()
            .describe(
              'Wat de bezoeker daar moet weten, tussen haakjes na de link, bijvoorbeeld "op de website GitHub; daar heeft u een gratis account nodig".',
            ),
        },
        { error: ERROR.object },
      )
      .describe('Hoe een bezoeker de makers van de site bereikt om een fout of probleem te melden: adres, linktekst en uitleg.'),
    contact: address.optional().describe('Een tweede weg om de makers te bereiken: een e-mailadres of contactpagina.'),
  },
  { error: ERROR.object },
);

export type Site = z.infer<typeof site>;
