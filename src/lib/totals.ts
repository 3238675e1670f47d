/** Sum of whole-euro amounts; throws on anything that is not a whole, non-negative amount. */
export function sumAmounts(amounts: readonly number[]): number {
  return amounts.reduce((total, amount) => {
    if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`Invalid amount: ${amount}`);
    return total + amount;
  }, 0);
}

/** Each item's amount with its share of the total (0 to 1). */
export interface WithShare<T> {
  item: T;
  amount: number;
  share: number;
}

/** Adds each item's share of the sum of all amounts. An empty or zero total gives shares of 0. */
export function withShares<T>(items: readonly T[], amountOf: (item: T) => number): { total: number; rows: WithShare<T>[] } {
  const total = sumAmounts(items.map(amountOf));
  return {
    total,
    rows: items.map((item) => ({ item, amount: amountOf(item), share: total === 0 ? 0 : amountOf(item) / total })),
  };
}
