import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { id, money, sourceRef, text, year } from './common.ts';

/** The real amounts per municipality, from a source such as the full budget's table. */
const fromSource = z.strictObject(
  {
    verdeling: z.literal('bedragen').describe('De bedragen per gemeente staan in een bron.'),
    bedragen: z
      .array(
        z.strictObject(
          {
            gemeente: id.describe('Id uit content/gemeenten.yaml.'),
            bedrag: money.describe("Bijdrage van deze gemeente aan dit domein, in hele euro's."),
          },
          { error: ERROR.object },
        ),
        { error: ERROR.list },
      )
      .describe('Elke gemeente precies één keer; samen precies de bijdrage van het domein.'),
    bron: sourceRef.describe('Waar de bedragen per gemeente staan.'),
  },
  { error: ERROR.object },
);

/** A computed division: by population or in equal parts. */
const byKey = z.strictObject(
  {
    verdeling: z.enum(['inwonertal', 'gelijk']).describe('inwonertal: naar aantal inwoners; gelijk: in gelijke delen, een per gemeente.'),
    toelichting: text.optional().describe('Waarom deze verdeelsleutel, en waar dat staat.'),
  },
  { error: ERROR.object },
);

/** How one domain's contribution divides over the municipalities. */
export const domainDivision = z.discriminatedUnion('verdeling', [fromSource, byKey], { error: ERROR.division });

/** content/<jaar>/bijdragen.yaml: the municipalities' parts per domain, for one year. */
export const contributions = z.strictObject(
  {
    jaar: year.describe('Het begrotingsjaar; gelijk aan de mapnaam.'),
    domeinen: z
      .record(id, domainDivision, { error: ERROR.object })
      .describe('Per domein-id (de bestandsnaam in <jaar>/domeinen/) de verdeling over de gemeenten.'),
  },
  { error: ERROR.object },
);

export type Contributions = z.infer<typeof contributions>;
export type DomainDivision = z.infer<typeof domainDivision>;
