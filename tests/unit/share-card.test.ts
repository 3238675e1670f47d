import { describe, expect, it } from 'vitest';
import { cardPath } from '../../src/lib/share-card.ts';

describe('preview images for shared links', () => {
  it('have a stable address per page', () => {
    expect(cardPath('/2020/domeinen/gezondheid/')).toBe('/deelkaart/2020/domeinen/gezondheid.png');
    expect(cardPath('/')).toBe('/deelkaart/home.png');
    expect(cardPath('/404.html')).toBe('/deelkaart/404.png');
    expect(cardPath('/404')).toBe('/deelkaart/404.png');
  });
});
