import { describe, expect, it } from 'vitest';
import { codeRows } from '../../src/lib/embeds.ts';

describe('codeRows', () => {
  it('counts each line of the code, wrapped at the given width', () => {
    expect(codeRows('abc', 32)).toBe(1);
    expect(codeRows('x'.repeat(33), 32)).toBe(2);
    expect(codeRows(`${'x'.repeat(64)}\n${'y'.repeat(10)}`, 32)).toBe(3);
  });

  it('gives an empty line a row of its own', () => {
    expect(codeRows('a\n\nb', 32)).toBe(3);
  });
});
