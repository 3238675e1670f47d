import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder } from '../../src/lib/allocation.ts';
import { municipalParts, perInhabitant } from '../../src/lib/contributions.ts';

const sum = (parts: Map<string, number>) => [...parts.values()].reduce((a, b) => a + b, 0);

describe('allocateLargestRemainder', () => {
  it('divides in proportion when the quotas are whole', () => {
    expect(
      allocateLargestRemainder(
        600,
        new Map([
          ['a', 1],
          ['b', 2],
          ['c', 3],
        ]),
      ),
    ).toEqual(
      new Map([
        ['a', 100],
        ['b', 200],
        ['c', 300],
      ]),
    );
  });

  it('gives the euros left over to the largest remainders, so the parts add up exactly', () => {
    // Quotas 33,33 / 33,33 / 33,33: one euro left, to the first part (equal remainders keep the given order).
    expect(
      allocateLargestRemainder(
        100,
        new Map([
          ['a', 1],
          ['b', 1],
          ['c', 1],
        ]),
      ),
    ).toEqual(
      new Map([
        ['a', 34],
        ['b', 33],
        ['c', 33],
      ]),
    );
    // Quotas 14,29 / 28,57 / 57,14: remainders ,29 / ,57 / ,14; one euro left, to b.
    expect(
      allocateLargestRemainder(
        100,
        new Map([
          ['a', 1],
          ['b', 2],
          ['c', 4],
        ]),
      ),
    ).toEqual(
      new Map([
        ['a', 14],
        ['b', 29],
        ['c', 57],
      ]),
    );
  });

  it('is exact for real totals and many parts', () => {
    const weights = new Map(Array.from({ length: 14 }, (_, index) => [`g${index}`, 17_000 + index * 9_973]));
    for (const total of [18165000, 1145000, 2964000, 7222000, 3847000, 1, 0]) {
      const parts = allocateLargestRemainder(total, weights);
      expect(sum(parts)).toBe(total);
      expect([...parts.values()].every((part) => Number.isInteger(part) && part >= 0)).toBe(true);
    }
  });

  it('is deterministic: the same input gives the same parts', () => {
    const weights = new Map([
      ['x', 3],
      ['y', 3],
      ['z', 3],
    ]);
    expect(allocateLargestRemainder(10, weights)).toEqual(allocateLargestRemainder(10, weights));
    expect(allocateLargestRemainder(10, weights)).toEqual(
      new Map([
        ['x', 4],
        ['y', 3],
        ['z', 3],
      ]),
    );
  });

  it('rejects a zero or negative weight, fractional money and nothing to divide over', () => {
    expect(() =>
      allocateLargestRemainder(
        100,
        new Map([
          ['a', 0],
          ['b', 1],
        ]),
      ),
    ).toThrow('The weight of a must be a whole number above 0, not 0');
    expect(() => allocateLargestRemainder(100, new Map([['a', -5]]))).toThrow('The weight of a');
    expect(() => allocateLargestRemainder(10.5, new Map([['a', 1]]))).toThrow('Not a whole amount: 10.5');
    expect(() => allocateLargestRemainder(10, new Map())).toThrow('Nothing to divide over');
    expect(() => allocateLargestRemainder(-1, new Map([['a', 1]]))).toThrow('Not a whole amount: -1');
    expect(() => allocateLargestRemainder(10, new Map([['a', 1.5]]))).toThrow('The weight of a must be a whole number above 0, not 1.5');
  });

  it('gives the euros left over, on equal remainders, to the parts given first, and no more euros than are left', () => {
    // Quotas 1,5 each: two euros left, to a and b.
    const equal = new Map(['a', 'b', 'c', 'd'].map((key) => [key, 1]));
    expect([...allocateLargestRemainder(6, equal)]).toEqual([
      ['a', 2],
      ['b', 2],
      ['c', 1],
      ['d', 1],
    ]);
    // Quotas 0,2 / 0,4 / 0,4 (weights 1, 2, 2): one euro left, to b, the first of the two largest remainders.
    expect([
      ...allocateLargestRemainder(
        1,
        new Map([
          ['a', 1],
          ['b', 2],
          ['c', 2],
        ]),
      ),
    ]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
    // Quotas 0,6 / 0,4 / 1 (weights 3, 2, 5 over 2 euros): the remainder of c is 0, one euro left, to a.
    expect([
      ...allocateLargestRemainder(
        2,
        new Map([
          ['c', 5],
          ['b', 2],
          ['a', 3],
        ]),
      ),
    ]).toEqual([
      ['c', 1],
      ['b', 0],
      ['a', 1],
    ]);
  });
});

describe('allocateLargestRemainder on many parts', () => {
  it('gives the euros left over exactly to the largest remainders, first given first on a tie (checked part by part)', () => {
    // 120 parts with weights that repeat every 7 and 11 parts: many equal and many different remainders.
    const weights = new Map(Array.from({ length: 120 }, (_, index) => [`p${index}`, 1 + ((index * 7) % 11) + ((index * 3) % 7)]));
    const sum = [...weights.values()].reduce((a, b) => a + b, 0);
    for (const total of [1000, 1234, 77]) {
      const parts = allocateLargestRemainder(total, weights);
      // Each part's exact quota total × weight / sum, as whole euros and a remainder, in integers.
      const quotas = [...weights].map(([key, weight], order) => ({
        key,
        order,
        whole: Math.floor((total * weight) / sum),
        remainder: (total * weight) % sum,
      }));
      const extra = quotas.filter((quota) => parts.get(quota.key) === quota.whole + 1);
      const none = quotas.filter((quota) => parts.get(quota.key) === quota.whole);
      expect(extra.length + none.length, `${total}`).toBe(quotas.length);
      expect(extra.length, `${total}`).toBe(total - quotas.reduce((a, quota) => a + quota.whole, 0));
      expect(extra.length, `${total}`).toBeGreaterThan(0);
      // No part without an extra euro has a larger remainder, or the same remainder and an earlier place.
      for (const given of extra)
        for (const other of none)
          expect(
            other.remainder < given.remainder || (other.remainder === given.remainder && other.order > given.order),
            `${total} ${given.key} ${other.key}`,
          ).toBe(true);
    }
  });
});

describe('municipalParts', () => {
  const municipalities = ['a', 'b', 'c'];
  const domains = [
    { id: 'zorg', total: 1000 },
    { id: 'werk', total: 301 },
    { id: 'vrije-tijd', total: 90 },
  ];

  it('takes amounts from the source, or computes them by population or in equal parts', () => {
    const parts = municipalParts({
      domains,
      municipalities,
      divisions: new Map([
        ['zorg', { method: 'inwonertal' as const }],
        ['werk', { method: 'gelijk' as const }],
        [
          'vrije-tijd',
          {
            method: 'bron' as const,
            amounts: new Map([
              ['a', 10],
              ['b', 30],
              ['c', 50],
            ]),
          },
        ],
      ]),
      population: new Map([
        ['a', 100],
        ['b', 300],
        ['c', 600],
      ]),
    });
    expect(parts.get('a')).toEqual([
      { domain: 'zorg', amount: 100, method: 'inwonertal' },
      { domain: 'werk', amount: 101, method: 'gelijk' },
      { domain: 'vrije-tijd', amount: 10, method: 'bron' },
    ]);
    expect(parts.get('c')?.map((part) => part.amount)).toEqual([600, 100, 50]);
  });

  it('leaves out domains whose division is not known', () => {
    const parts = municipalParts({ domains, municipalities, divisions: new Map([['werk', { method: 'gelijk' as const }]]) });
    expect(parts.get('b')).toEqual([{ domain: 'werk', amount: 100, method: 'gelijk' }]);
  });

  it('never makes an amount the source does not give into 0', () => {
    const amounts = new Map([
      ['a', 10],
      ['b', 30],
    ]);
    expect(() =>
      municipalParts({ domains, municipalities, divisions: new Map([['vrije-tijd', { method: 'bron' as const, amounts }]]) }),
    ).toThrow('No amount for c in vrije-tijd');
  });

  it('needs a population for a division by population', () => {
    expect(() => municipalParts({ domains, municipalities, divisions: new Map([['zorg', { method: 'inwonertal' as const }]]) })).toThrow(
      'No population for a',
    );
  });
});

describe('perInhabitant', () => {
  it('rounds to whole euros and rejects a population of 0', () => {
    expect(perInhabitant(33343000, 105000)).toBe(318);
    expect(perInhabitant(1007282, 1000)).toBe(1007);
    expect(() => perInhabitant(100, 0)).toThrow('Population must be above 0, not 0');
  });
});
