import { describe, expect, it } from 'vitest';
import { cardText } from '../../src/lib/share-card.ts';

describe('preview images for shared links', () => {
  it('say the kind and year of a page above its title, with its amount', () => {
    expect(cardText({ title: 'Gezondheid 2020', kind: 'Domein', period: '2020', amount: '€ 18.165.000' })).toEqual({
      kicker: 'Domein · 2020',
      title: 'Gezondheid 2020',
      headline: '€ 18.165.000',
    });
    expect(cardText({ title: 'Gemeente Almelo', kind: 'Gemeente' })).toEqual({
      kicker: 'Gemeente',
      title: 'Gemeente Almelo',
      headline: undefined,
    });
  });

  it('name the site on pages without a kind, and say what it is on the home page', () => {
    expect(cardText({ title: 'Zoeken' }).kicker).toBe('Twente begroting');
    expect(cardText({ title: 'Twente begroting', amount: '€ 1' })).toEqual({
      kicker: 'Twente begroting',
      title: 'De begroting van Regio Twente, open en navolgbaar',
      headline: '€ 1',
    });
  });
});
