import { describe, expect, it } from 'vitest';
import { yearSpanText } from '../../src/lib/period.ts';

describe('yearSpanText', () => {
  it('names the first and the last year', () => {
    expect(yearSpanText({ first: 2015, last: 2025 })).toBe('van 2015 tot 2025');
  });

  it('names a single year once', () => {
    expect(yearSpanText({ first: 2030, last: 2030 })).toBe('in 2030');
  });
});
