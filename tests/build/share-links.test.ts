import { beforeAll, describe, expect, it } from 'vitest';
import { pageUrls, readPage, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

/** The elements that hold one figure (chart, stacked chart, participation matrix) and its share link. */
const FIGURE = /<(chart-figure|stacked-chart|participation-matrix)\b[^>]*\bid="([^"]+)"[^>]*>/g;
const SHARE_LINK = /<a\b[^>]*\bdata-chart-link\b[^>]*>/g;

interface ShareLink {
  url: string;
  fragment: string;
  /** The id of the figure element the link stands in, if any. */
  figure: string | undefined;
}

/** Every share link ("Link naar deze grafiek") in `html`, with the figure element around it. */
function shareLinks(url: string, html: string): ShareLink[] {
  const figures = [...html.matchAll(FIGURE)].map((match) => ({
    id: match[2] ?? '',
    start: match.index,
    end: html.indexOf(`</${match[1]}>`, match.index),
  }));
  return [...html.matchAll(SHARE_LINK)].map((match) => ({
    url,
    fragment: /\bhref="#([^"]*)"/.exec(match[0])?.[1] ?? `(no fragment in ${match[0]})`,
    figure: figures.find((figure) => figure.start < match.index && match.index < figure.end)?.id,
  }));
}

describe('share links of figures', () => {
  const links = pageUrls().flatMap((url) => shareLinks(url, readPage(url)));

  it('are found on the pages with charts and matrices', () => {
    expect(links.length).toBeGreaterThan(10);
    for (const url of ['/2020/', '/2024/', '/2024/pijlers/jeugd/', '/2020/coalities/', '/gemeenten/'])
      expect(
        links.some((link) => link.url === url),
        url,
      ).toBe(true);
  });

  it('each point to the figure they stand in, not to another one', () => {
    const elsewhere = links.filter((link) => link.figure !== link.fragment);
    expect(elsewhere).toEqual([]);
  });

  it('each name a figure that has that id once on its page', () => {
    for (const link of links) {
      const ids = readPage(link.url).match(new RegExp(`\\bid="${link.fragment}"`, 'g')) ?? [];
      expect(ids, `${link.url}#${link.fragment}`).toHaveLength(1);
    }
  });

  it('are told apart from a link that points elsewhere (the check can fail)', () => {
    const html =
      '<chart-figure id="a"><a class="chart-share__link" href="#b" data-chart-link>Link</a></chart-figure>' +
      '<stacked-chart id="b"><a href="#b" data-chart-link>Link</a></stacked-chart><a href="#a" data-chart-link>x</a>';
    expect(shareLinks('/x/', html).map((link) => [link.fragment, link.figure])).toEqual([
      ['b', 'a'],
      ['b', 'b'],
      ['a', undefined],
    ]);
  });
});
