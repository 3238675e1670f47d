import { z } from 'astro/zod';
import { ERROR } from './messages.ts';

/** Whole euros, never negative: money is always typed as an integer such as 18165000. */
export const money = z.number({ error: ERROR.money }).int({ error: ERROR.money }).min(0, { error: ERROR.moneyNegative });

/** A short text that must say something. */
export const text = z.string({ error: ERROR.text }).trim().min(1, { error: ERROR.emptyText });

/** The form of an id; error hints recognise it by this pattern (src/validation/zod-issues.ts). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An identifier that also appears in URLs: lowercase letters, digits and hyphens. */
export const id = z.string({ error: ERROR.id }).regex(ID_PATTERN, { error: ERROR.id });

/** A budget year such as 2020. */
export const year = z
  .number({ error: ERROR.year })
  .int({ error: ERROR.year })
  .min(1900, { error: ERROR.year })
  .max(2100, { error: ERROR.year });

/** A position in a list, starting at 1. */
export const order = z.number({ error: ERROR.order }).int({ error: ERROR.order }).min(1, { error: ERROR.order });

/**
 * A date as precise as the document gives it: "2019", "2017-06" or "2017-06-28". When only two
 * possible dates are known, both with a slash: "2020-12/2021-01" ("december 2020 of januari 2021").
 * Each date must exist.
 */
export const partialDate = z
  .string({ error: ERROR.date })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/, { error: ERROR.date })
  .refine((value) => value.split('/').every(isRealDate), { error: ERROR.nonexistentDate, params: { hint: 'checkDate' } });

function isRealDate(value: string): boolean {
  const [y = 0, m = 1, d = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Addresses this page had before it was renamed or moved; they keep working as redirects, so a
 * link someone shared never breaks.
 */
export const oldUrls = z
  .array(z.string({ error: ERROR.oldUrl }).regex(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)+$/, { error: ERROR.oldUrl }), {
    error: ERROR.list,
  })
  .optional()
  .describe(
    'Vorige adressen van deze pagina (na een nieuwe naam of plek), zoals /2020/domeinen/gezondheid/; die sturen door naar het nieuwe adres.',
  );

/** Where a figure or text comes from: a document in content/bronnen.yaml and the place in it. */
export const sourceRef = z.strictObject(
  {
    /** Id of the document in content/bronnen.yaml. */
    document: id.describe('Id van het brondocument in content/bronnen.yaml.'),
    /** Section, page or table of the document where the figure or text stands. */
    sectie: text.describe('Hoofdstuk, paragraaf, pagina of tabel in het document.'),
  },
  { error: ERROR.object },
);

export type SourceRef = z.infer<typeof sourceRef>;

/**
 * The period a source gives for a statement, in one of five forms: a year ("2016"), a range
 * ("2017-2018"), "per jaar" (a yearly figure without a year), "onbepaalde tijd", or "geen" when the
 * source names no period. Pages show exactly this; they never turn it into another period.
 */
/** The five forms of a period; error hints recognise it by this pattern (src/validation/zod-issues.ts). */
export const PERIOD_PATTERN = /^(?:\d{4}|\d{4}-\d{4}|per jaar|onbepaalde tijd|geen)$/;

export const period = z
  .string({ error: ERROR.period })
  .regex(PERIOD_PATTERN, { error: ERROR.period })
  .refine((value) => !/^\d{4}-\d{4}$/.test(value) || Number(value.slice(0, 4)) <= Number(value.slice(5)), { error: ERROR.periodOrder });

/** The words of the source that give the period; required unless the period is "geen". */
export const periodQuote = text.describe(
  'De woorden uit de bron die de periode geven, letterlijk overgenomen, zoals "OZJT/Samen14 in cijfers - 2016"; de periode staat erin. Laat weg bij periode: geen.',
);

export type Period = z.infer<typeof period>;
