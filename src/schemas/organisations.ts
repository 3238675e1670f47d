import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { id, sourceRef, text } from './common.ts';

export const ORGANISATION_KINDS = [
  'gemeenschappelijke-regeling',
  'uitvoeringsorganisatie',
  'samenwerkingsverband',
  'provincie',
  'waterschap',
  'kenniscentrum',
] as const;

/** What an organisation is within the joint arrangement as it is now (in Twente: SamenTwente, according to the 2025-2030 programme). */
export const ROLES_NOW = ['onderdeel', 'gastorganisatie'] as const;

/** An organisation other than a municipality, in content/organisaties.yaml. */
export const organisation = z.strictObject(
  {
    id: id.describe('Korte naam, gebruikt in uitvoerders en deelnemers.'),
    naam: text.describe('Naam zoals de bron die geeft.'),
    afkorting: text.optional().describe('Gangbare afkorting, zoals de bron die geeft.'),
    soort: z.enum(ORGANISATION_KINDS).describe('Wat voor organisatie het is.'),
    bron: sourceRef.describe('Waar de organisatie in de bronnen voorkomt.'),
    samenwerkingNu: z
      .strictObject(
        {
          rol: z
            .enum(ROLES_NOW)
            .describe(
              'onderdeel: hoort bij de samenwerking zoals die nu heet (site.yaml, samenwerkingNu); gastorganisatie: de samenwerking is haar gastheer.',
            ),
          bron: sourceRef.describe('Waar dat staat: document en sectie.'),
        },
        { error: ERROR.object },
      )
      .optional()
      .describe(
        'Alleen als de organisatie nu bij de samenwerking hoort (site.yaml, samenwerkingNu): als onderdeel of als gastorganisatie.',
      ),
  },
  { error: ERROR.object },
);

export type Organisation = z.infer<typeof organisation>;
