import { describe, expect, it } from 'vitest';
import { cardAltText, cardText } from '../../src/lib/share-card.ts';

const DOMAIN_FIGURE = { value: '€ 18.165.000', label: 'Bijdrage van de gemeenten aan dit domein, 2020' };
const SITE = { name: 'Twente begroting', description: 'De begroting van Regio Twente, open en navolgbaar' };
const OTHER_SITE = { name: 'Voorbeeldbegroting', description: 'De begroting van de Regio Voorbeeld, open en navolgbaar' };

describe('preview images for shared links', () => {
  it('say the kind and period of a page above its title, with its key figure and what that figure is', () => {
    expect(cardText({ title: 'Gezondheid 2020', kind: 'Domein', period: '2020', figure: DOMAIN_FIGURE }, SITE)).toEqual({
      kicker: 'Domein · 2020',
      title: 'Gezondheid 2020',
      headline: '€ 18.165.000',
      headlineLabel: 'Bijdrage van de gemeenten aan dit domein, 2020',
    });
    expect(cardText({ title: 'Gemeente Almelo', kind: 'Gemeente' }, SITE)).toEqual({
      kicker: 'Gemeente',
      title: 'Gemeente Almelo',
      headline: undefined,
      headlineLabel: undefined,
    });
  });

  it('name the site on pages without a kind, and say what it is on the home page', () => {
    expect(cardText({ title: 'Zoeken' }, SITE).kicker).toBe('Twente begroting');
    expect(cardText({ title: 'Twente begroting', figure: { value: '€ 1', label: 'Som' } }, SITE)).toEqual({
      kicker: 'Twente begroting',
      title: 'De begroting van Regio Twente, open en navolgbaar',
      headline: '€ 1',
      headlineLabel: 'Som',
    });
    // Another site's name and description, from its own content/site.yaml.
    expect(cardText({ title: 'Zoeken' }, OTHER_SITE).kicker).toBe('Voorbeeldbegroting');
    expect(cardText({ title: 'Voorbeeldbegroting' }, OTHER_SITE).title).toBe('De begroting van de Regio Voorbeeld, open en navolgbaar');
    expect(cardText({ title: 'Twente begroting' }, OTHER_SITE).title).toBe('Twente begroting');
  });

  it('give the figure with its label in the alt text, never the bare figure', () => {
    expect(cardAltText(cardText({ title: 'Gezondheid 2020', kind: 'Domein', period: '2020', figure: DOMAIN_FIGURE }, SITE))).toBe(
      'Domein · 2020 – Gezondheid 2020 – Bijdrage van de gemeenten aan dit domein, 2020: € 18.165.000',
    );
    expect(cardAltText(cardText({ title: 'Zoeken' }, SITE))).toBe('Twente begroting – Zoeken');
  });
});
