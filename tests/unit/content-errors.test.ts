import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { errorsAfter, replace } from '../helpers/content-copy.ts';

// Each fixture is one mistake a staff member could make, and the exact messages it must give.
const DIR = 'tests/fixtures/content-errors';
interface Case {
  bestand: string;
  van: string;
  naar: string;
  verwacht: string[];
}
const cases = readdirSync(DIR)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => [name.replace(/\.yaml$/, ''), parse(readFileSync(`${DIR}/${name}`, 'utf8')) as Case] as const);

describe('content error messages', () => {
  it('cover at least twenty kinds of mistake', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('%s', (_, fixture) => {
    expect(fixture.verwacht.length).toBeGreaterThan(0);
    expect(errorsAfter({ [fixture.bestand]: replace(fixture.van, fixture.naar) })).toEqual(fixture.verwacht);
  });
});
