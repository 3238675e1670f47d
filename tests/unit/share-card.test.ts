import { describe, expect, it } from 'vitest';
import { cardAltText, cardText } from '../../src/lib/share-card.ts';

const DOMAIN_FIGURE = { value: '€ 18.165.000', label: 'Bijdrage van de gemeenten aan dit domein, 2020' };

describe('preview images for shared links', () => {
  it('say the kind and period of a page above its title, with its key figure and what that figure is', () => {
    expect(cardText({ title: 'Gezondheid 2020', kind: 'Domein', period: '2020', figure: DOMAIN_FIGURE })).toEqual({
      kicker: 'Domein · 2020',
      title: 'Gezondheid 2020',
      headline: '€ 18.165.000',
      headlineLabel: 'Bijdrage van de gemeenten aan dit domein, 2020',
    });
    expect(cardText({ title: 'Gemeente Almelo', kind: 'Gemeente' })).toEqual({
      kicker: 'Gemeente',
      title: 'Gemeente Almelo',
      headline: undefined,
      headlineLabel: undefined,
    });
  });

  it('name the site on pages without a kind, and say what it is on the home page', () => {
    expect(cardText({ title: 'Zoeken' }).kicker).toBe('Twente begroting');
    expect(cardText({ title: 'Twente begroting', figure: { value: '€ 1', label: 'Som' } })).toEqual({
      kicker: 'Twente begroting',
      title: 'De begroting van Regio Twente, open en navolgbaar',
      headline: '€ 1',
      headlineLabel: 'Som',
    });
  });

  it('give the figure with its label in the alt text, never the bare figure', () => {
    expect(cardAltText(cardText({ title: 'Gezondheid 2020', kind: 'Domein', period: '2020', figure: DOMAIN_FIGURE }))).toBe(
      'Domein · 2020 – Gezondheid 2020 – Bijdrage van de gemeenten aan dit domein, 2020: € 18.165.000',
    );
    expect(cardAltText(cardText({ title: 'Zoeken' }))).toBe('Twente begroting – Zoeken');
  });
});
