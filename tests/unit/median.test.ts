import { describe, expect, it } from 'vitest';
import { median } from '../../scripts/lib/median.ts';

describe('median (bench figures)', () => {
  it('is the middle value, the mean of the two middle ones for an even count, and undefined for none', () => {
    expect(median([1581, 1190, 1133, 1099, 1306])).toBe(1190);
    expect(median([42, 88, 66, 46])).toBe(56);
    expect(median([])).toBeUndefined();
  });
});
