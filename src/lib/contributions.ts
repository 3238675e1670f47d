import { allocateLargestRemainder } from './allocation.ts';

/** How a municipality's part of a domain is known. */
export type Method = 'bron' | 'inwonertal' | 'gelijk';

/** How one domain's contribution divides over the municipalities, as the content says. */
export type Division = { method: 'bron'; amounts: ReadonlyMap<string, number> } | { method: 'inwonertal' } | { method: 'gelijk' };

export interface MunicipalPart {
  domain: string;
  amount: number;
  method: Method;
}

export interface ContributionInput {
  /** Domains of the year, in order, with the municipalities' total contribution. */
  domains: { id: string; total: number }[];
  /** The division per domain id, for the domains the content covers. */
  divisions: ReadonlyMap<string, Division>;
  /** All municipality ids, in a fixed order (this order breaks ties in rounding). */
  municipalities: string[];
  /** Population per municipality, needed for division by `inwonertal`. */
  population?: ReadonlyMap<string, number> | undefined;
}

/**
 * Each municipality's part of each domain whose division is known: taken from the source or
 * computed by a key. Computed parts are whole euros that add up exactly to the domain total.
 */
export function municipalParts(input: ContributionInput): Map<string, MunicipalPart[]> {
  const result = new Map<string, MunicipalPart[]>(input.municipalities.map((id) => [id, []]));
  for (const domain of input.domains) {
    const division = input.divisions.get(domain.id);
    if (!division) continue;
    const amounts = amountsFor(domain.total, division, input);
    for (const id of input.municipalities) {
      // An amount the source does not give is unknown, never 0 (the content check asks for every municipality).
      const amount = amounts.get(id);
      if (amount === undefined) throw new RangeError(`No amount for ${id} in ${domain.id}`);
      result.get(id)?.push({ domain: domain.id, amount, method: division.method });
    }
  }
  return result;
}

function amountsFor(total: number, division: Division, input: ContributionInput): ReadonlyMap<string, number> {
  if (division.method === 'bron') return division.amounts;
  const weights = new Map(
    input.municipalities.map((id) => {
      if (division.method === 'gelijk') return [id, 1];
      const population = input.population?.get(id);
      if (population === undefined) throw new RangeError(`No population for ${id}`);
      return [id, population];
    }),
  );
  return allocateLargestRemainder(total, weights);
}

/** Euros per inhabitant, rounded to whole euros (the page says so). */
export function perInhabitant(amount: number, population: number): number {
  if (population <= 0) throw new RangeError(`Population must be above 0, not ${population}`);
  return Math.round(amount / population);
}
