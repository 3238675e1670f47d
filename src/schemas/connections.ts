import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { id, sourceRef, text, year } from './common.ts';

/**
 * Where one year's document speaks about the subject: a page of that year, a block of key figures, or the year itself.
 * Either the document names the subject there (`citaat`, its own words) or the site places it there (`lezing`, our
 * reading, which every page that shows the mention labels as such); src/validation/connection-rules.ts asks for one of the two.
 */
export const mention = z.strictObject(
  {
    jaar: year.describe('Het jaar van het document; er is een content/<jaar>/jaar.yaml.'),
    wat: text
      .max(90)
      .describe('Wat dat jaar over het onderwerp zegt, in een paar woorden (bijvoorbeeld "<organisatie> in cijfers per jaar").'),
    domein: id.optional().describe('Id van een domein van dat jaar (bestandsnaam in content/<jaar>/domeinen/).'),
    coalitie: id.optional().describe('Id van een coalitie van dat jaar (bestandsnaam in content/<jaar>/coalities/).'),
    thema: id.optional().describe('Id van een thema van dat jaar (bestandsnaam in content/<jaar>/themas/).'),
    pijler: id.optional().describe('Id van een pijler van dat jaar (bestandsnaam in content/<jaar>/pijlers/).'),
    cijferblok: id.optional().describe('Id van een blok kerncijfers in content/cijfers/<document van dat jaar>.yaml.'),
    bron: sourceRef.describe('Waar het document dit zegt; het document van dat jaar.'),
    citaat: text
      .optional()
      .describe(
        'Als het document het onderwerp hier zelf noemt: de woorden waarmee het dat doet, letterlijk ("Basistakenpakket JGZ"). Geef citaat óf lezing.',
      ),
    lezing: text
      .optional()
      .describe(
        'Als het document het onderwerp hier niet noemt en de site het hier plaatst: waarom, in een of twee zinnen. De site toont het als "Onze lezing". Geef citaat óf lezing.',
      ),
  },
  { error: ERROR.object },
);

/**
 * One organisation or task that the sources follow through the years (GGD Twente: 2015 plan, 2017
 * agenda, 2020 domain, 2024 pillar, 2025 programme). The year switcher and the municipality pages
 * follow these links; an entry in content/verbanden.yaml.
 */
export const connection = z.strictObject(
  {
    id: id.describe('Korte naam, uniek in het bestand.'),
    naam: text.describe('Naam van de organisatie of taak, zoals de bronnen die noemen.'),
    voorIedereen: z.boolean().optional().describe('true als de regio dit voor alle gemeenten doet; dan staat het op elke gemeentepagina.'),
    jaren: z.array(mention, { error: ERROR.list }).min(1).describe('Per jaar waar het document het onderwerp noemt, oudste eerst.'),
  },
  { error: ERROR.object },
);

export type Connection = z.infer<typeof connection>;
export type Mention = z.infer<typeof mention>;
