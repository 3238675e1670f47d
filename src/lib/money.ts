const euro = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

/**
 * An amount in whole euros as Dutch readers expect it: `€ 18.165.000`. The space after the euro
 * sign is a no-break space, so the sign never ends up alone at the end of a line.
 */
export function formatEuro(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Not a whole amount in euros: ${amount}`);
  return euro.format(amount);
}

const percent = new Intl.NumberFormat('nl-NL', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** A share between 0 and 1 as a Dutch percentage with one decimal: `54,5%`. */
export function formatShare(share: number): string {
  return percent.format(share);
}
