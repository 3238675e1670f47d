import { beforeAll, describe, expect, it } from 'vitest';
import { embedUrls, pageUrls, readPage, requireDist } from '../helpers/dist.ts';
import { decode } from '../helpers/visible-text.ts';

/**
 * Caveats once, answers first: that a source names no year or period for its figures is said at most
 * once per page (near its first figure, or in its intro), never once per block or per figure; blocks
 * without a period carry only the short label "Periode: niet genoemd".
 */
beforeAll(requireDist);

/** Words that say a source names no year or period for figures (src/lib/period.ts and the 2024 notes). */
const CAVEAT = /geen jaar of periode|begrotingsjaar of peildatum/i;
/** Elements whose text joins the words around it. */
const INLINE = /<\/?(?:a|abbr|b|cite|code|dfn|em|i|mark|q|small|span|strong|sub|sup|time)\b[^>]*>/gi;

/** The pieces of text of a page, each the text of one block element (a paragraph, a list item, a cell), with its place. */
export function textBlocks(html: string): { at: number; text: string }[] {
  const body = html.replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1\s*>/gi, (match) => ' '.repeat(match.length));
  const blocks: { at: number; text: string }[] = [];
  for (const match of body.matchAll(
    />([^<]*(?:<\/?(?:a|abbr|b|cite|code|dfn|em|i|mark|q|small|span|strong|sub|sup|time)\b[^>]*>[^<]*)*)</gi,
  )) {
    const text = decode((match[1] ?? '').replace(INLINE, ''))
      .replace(/\s+/g, ' ')
      .trim();
    if (text) blocks.push({ at: match.index, text });
  }
  return blocks;
}

/** The pieces of a page's text that say its source names no period. */
export const caveatsOf = (html: string) => textBlocks(html).filter((block) => CAVEAT.test(block.text));

describe('the period caveat', () => {
  it('stands at most once on every page and every embed page', () => {
    const repeated: string[] = [];
    let pagesWithCaveat = 0;
    for (const url of [...pageUrls(), ...embedUrls(), '/404.html']) {
      const caveats = caveatsOf(readPage(url));
      if (caveats.length > 0) pagesWithCaveat++;
      if (caveats.length > 1) repeated.push(`${url}: ${caveats.map((caveat) => caveat.text.slice(0, 80)).join(' | ')}`);
    }
    expect(repeated).toEqual([]);
    expect(pagesWithCaveat).toBeGreaterThan(10);
  });

  it('stands before or in the first block of key figures, not after it', () => {
    for (const url of pageUrls()) {
      const html = readPage(url);
      const [caveat] = caveatsOf(html);
      const firstBlock = html.indexOf('<section class="figure-block"');
      if (caveat && firstBlock >= 0) expect(caveat.at, url).toBeLessThan(html.indexOf('</section>', firstBlock));
    }
  });

  it('leaves each block or figure without a period its short label, on /2015/, /2017/ and /2025/', () => {
    for (const url of ['/2015/', '/2017/', '/2025/']) {
      const html = readPage(url);
      expect(caveatsOf(html), url).toHaveLength(1);
      expect(html.match(/>Periode: niet genoemd\.(?: [^<]*)?</g)?.length ?? 0, url).toBeGreaterThan(1);
    }
  });

  it('finds a caveat repeated in two paragraphs, and counts one paragraph once', () => {
    const twice = '<p>De bron noemt geen jaar of periode.</p><section><p>De bron noemt <em>geen jaar of periode</em>.</p></section>';
    expect(caveatsOf(twice)).toHaveLength(2);
    const once =
      "<p>De bron noemt geen jaar of periode; het document is van 2024. Ook een begrotingsjaar of peildatum noemen de dia's niet.</p>";
    expect(caveatsOf(once)).toHaveLength(1);
    expect(caveatsOf('<p>Periode: niet genoemd.</p><p>Periode volgens de bron: 2016.</p>')).toHaveLength(0);
  });
});
