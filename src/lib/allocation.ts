/**
 * Divides a whole-euro total over parts in proportion to their weights, by the largest-remainder
 * method: every part gets the whole euros of its exact quota, and the euros left over go one
 * each to the parts with the largest remainders (ties: in the order the parts are given). The
 * parts always add up exactly to the total.
 */
export function allocateLargestRemainder(total: number, weights: ReadonlyMap<string, number>): Map<string, number> {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`Not a whole amount: ${total}`);
  if (weights.size === 0) throw new RangeError('Nothing to divide over');
  for (const [key, weight] of weights) {
    if (!Number.isSafeInteger(weight) || weight <= 0)
      throw new RangeError(`The weight of ${key} must be a whole number above 0, not ${weight}`);
  }
  // Exact integer arithmetic: total × weight can exceed 2^53 for large totals.
  const sum = [...weights.values()].reduce((a, b) => a + BigInt(b), 0n);
  const parts = [...weights].map(([key, weight], order) => {
    const numerator = BigInt(total) * BigInt(weight);
    return { key, order, whole: numerator / sum, remainder: numerator % sum };
  });
  let left = BigInt(total) - parts.reduce((a, part) => a + part.whole, 0n);
  const byRemainder = [...parts].sort((a, b) => (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : a.order - b.order));
  for (const part of byRemainder) {
    if (left === 0n) break;
    part.whole += 1n;
    left -= 1n;
  }
  return new Map(parts.map((part) => [part.key, Number(part.whole)]));
}
