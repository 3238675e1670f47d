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

/** What an organisation is within SamenTwente, according to the 2025-2030 programme. */
export const SAMENTWENTE_ROLES = ['onderdeel', 'gastorganisatie'] as const;

/** An organisation other than a municipality, in content/organisaties.yaml. */
export const organisation = z.strictObject(
  {
    id: id.describe('Korte naam, gebruikt in uitvoerders en deelnemers.'),
    naam: text.describe('Naam zoals de bron die geeft.'),
    afkorting: text.optional().describe('Gangbare afkorting, zoals GGD of VTT.'),
    soort: z.enum(ORGANISATION_KINDS).describe('Wat voor organisatie het is.'),
    bron: sourceRef.describe('Waar de organisatie in de bronnen voorkomt.'),
    samenTwente: z
      .strictObject(
        {
          rol: z.enum(SAMENTWENTE_ROLES).describe('onderdeel: hoort bij SamenTwente; gastorganisatie: SamenTwente is haar gastheer.'),
          bron: sourceRef.describe('Waar dat staat: document en sectie.'),
        },
        { error: ERROR.object },
      )
      .optional()
      .describe('Alleen als de organisatie bij SamenTwente hoort: als onderdeel of als gastorganisatie.'),
  },
  { error: ERROR.object },
);

export type Organisation = z.infer<typeof organisation>;
