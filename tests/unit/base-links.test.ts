import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks } from '../../src/markdown/base-links.ts';

const render = (markdown: string, base: string): string =>
  markdownToHtml(markdown, {
    hastPlugins: [baseLinks(base)],
  }).html.trim();

describe('links in Markdown content under a base path', () => {
  it('puts the base path before links from the root, and leaves other links alone', () => {
    const markdown =
      'De [Meedoen](/2025/themas/meedoen/), [elders](https://x.nl/a/), [kop](#kop), [cdn](//cdn.nl/x) en ![kaart](/deelkaart/home.png)';
    expect(render(markdown, '/twente-begroting/')).toBe(
      '<p>De <a href="/twente-begroting/2025/themas/meedoen/">Meedoen</a>, <a href="https://x.nl/a/">elders</a>, <a href="#kop">kop</a>, ' +
        '<a href="//cdn.nl/x">cdn</a> en <img src="/twente-begroting/deelkaart/home.png" alt="kaart"></p>',
    );
  });

  it('changes nothing at a domain root', () => {
    expect(render('[Meedoen](/2025/themas/meedoen/)', '/')).toBe('<p><a href="/2025/themas/meedoen/">Meedoen</a></p>');
  });
});
