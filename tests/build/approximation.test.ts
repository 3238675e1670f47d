import { beforeAll, describe, expect, it } from 'vitest';
import { pageUrls, readPage, requireDist, textOf } from '../helpers/dist.ts';

/** A Dutch number ("26,1") as a number. */
const number = (text: string) => Number(text.replace(',', '.'));

/**
 * The largest error of a·b/100 against A·B/100 when a and b are A and B rounded to whole percent, found
 * here by trying the corners of the box in small steps (not with the site's function): a in [A − 0,5; A + 0,5]
 * and b in [B − 0,5; B + 0,5], both within [0; 100].
 */
function largestError(shareA: number, shareB: number): number {
  let largest = 0;
  for (let i = 0; i <= 100; i++) {
    for (let j = 0; j <= 100; j++) {
      const a = Math.min(100, Math.max(0, shareA - 0.5 + i / 100));
      const b = Math.min(100, Math.max(0, shareB - 0.5 + j / 100));
      largest = Math.max(largest, Math.abs(a * b - shareA * shareB) / 100);
    }
  }
  return largest;
}

beforeAll(requireDist);

describe('approximated shares on every page', () => {
  it('give the exact product and a margin that is never smaller than the largest possible error', () => {
    const cell = /(\d+)% × (\d+)% ≈ ([\d,]+)% \(± ([\d,]+) procentpunt\)/g;
    const problems: string[] = [];
    let cells = 0;
    for (const url of pageUrls()) {
      for (const [text, a = '', b = '', shown = '', margin = ''] of textOf(readPage(url)).matchAll(cell)) {
        cells++;
        const error = largestError(Number(a), Number(b));
        if (Math.abs(number(shown) - (Number(a) * Number(b)) / 100) > 1e-9)
          problems.push(`${url}: ${text}: the product is ${(Number(a) * Number(b)) / 100}`);
        if (number(margin) < error - 1e-9) problems.push(`${url}: ${text}: the error can be ${error}`);
        if (number(margin) > error + 0.01) problems.push(`${url}: ${text}: more than rounded up from ${error}`);
      }
    }
    expect(problems).toEqual([]);
    expect(cells).toBeGreaterThanOrEqual(13);
  });
});
