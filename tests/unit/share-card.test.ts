import { describe, expect, it } from 'vitest';
import { cardPath, takeCardText } from '../../src/lib/share-card.ts';

describe('preview images for shared links', () => {
  it('have a stable address per page', () => {
    expect(cardPath('/2020/domeinen/gezondheid/')).toBe('/deelkaart/2020/domeinen/gezondheid.png');
    expect(cardPath('/')).toBe('/deelkaart/home.png');
    expect(cardPath('/404.html')).toBe('/deelkaart/404.png');
  });

  it('take their text from the page, and leave the page without the hand-over tag', () => {
    const html = '<head><title>x</title>\n    <meta name="twente:kaart" content="{&quot;kicker&quot;:&quot;Domein · 2020&quot;,&quot;title&quot;:&quot;OZJT/Samen14 &amp; &#39;meer&#39;&quot;,&quot;headline&quot;:&quot;€ 1.145.000&quot;}">\n</head>';
    const taken = takeCardText(html);
    expect(taken?.card).toEqual({ kicker: 'Domein · 2020', title: "OZJT/Samen14 & 'meer'", headline: '€ 1.145.000' });
    expect(taken?.html).toBe('<head><title>x</title>\n</head>');
    expect(takeCardText('<head></head>')).toBeUndefined();
  });
});
