/**
 * Amounts per inhabitant of Twente. The sources give what the municipalities pay together and, in
 * another document, how many people live in Twente; dividing the one by the other is the only
 * per-inhabitant figure they support (no source gives populations per municipality).
 */

/** An amount per inhabitant in whole cents: `amount` euros divided by `inhabitants`, rounded half away from zero. */
export function perInhabitantCents(amount: number, inhabitants: number): number {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`Not a whole amount in euros: ${amount}`);
  if (!Number.isSafeInteger(inhabitants) || inhabitants <= 0)
    throw new RangeError(`Population must be a whole number above 0, not ${inhabitants}`);
  // Integer arithmetic: cents = round(amount * 100 / inhabitants), exact for any budget-sized amount.
  const numerator = amount * 100;
  const whole = Math.floor(numerator / inhabitants);
  const remainder = numerator - whole * inhabitants;
  return remainder * 2 >= inhabitants ? whole + 1 : whole;
}

const euroCents = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** Cents as Dutch readers expect an amount per inhabitant: `€ 52,84` (no-break space after the sign). */
export function formatEuroCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
  return euroCents.format(cents / 100);
}

/** The same amount per inhabitant for a total and for each of its parts, each rounded on its own. */
export function perInhabitantTable<T>(parts: readonly { item: T; amount: number }[], total: number, inhabitants: number) {
  return {
    total: perInhabitantCents(total, inhabitants),
    parts: parts.map(({ item, amount }) => ({ item, amount, cents: perInhabitantCents(amount, inhabitants) })),
  };
}
