import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/validation/suggest.ts';

describe('suggestions', () => {
  it('measures edit distance', () => {
    expect(editDistance('titel', 'titl')).toBe(1);
    expect(editDistance('hengelo', 'hengelo')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests a close candidate and nothing for a far one', () => {
    expect(closest('hengel0', ['almelo', 'hengelo'])).toBe('hengelo');
    expect(closest('amsterdam', ['almelo', 'hengelo'])).toBeUndefined();
    expect(didYouMean('Borne', ['borne'])).toBe(' (bedoelt u "borne"?)');
    expect(didYouMean('xyz', ['borne'])).toBe('');
  });

  it('keeps the first of two equally close candidates', () => {
    expect(closest('abc', ['abd', 'abe'])).toBe('abd');
  });
});
