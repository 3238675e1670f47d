import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { embedUrls, pageUrls, readPage, requireDist, textOf } from '../helpers/dist.ts';

const { content } = validateContent(CONTENT_DIR);
const programme = readFileSync('tests/fixtures/bronnen/strategisch-programma-2025-2030.txt', 'utf8').replace(/\s+/g, ' ');
const COUNT_WORDS = new Map([
  ['een', 1],
  ['één', 1],
  ['twee', 2],
  ['drie', 3],
  ['vier', 4],
  ['vijf', 5],
  ['zes', 6],
  ['zeven', 7],
  ['acht', 8],
]);
/** A count of themes in a text: "drie thema's", "4 thema's". */
const THEME_COUNT = new RegExp(
  `(?<![\\p{L}\\d])(\\d+|${[...COUNT_WORDS.keys()].join('|')}) (?:inhoudelijke )?thema(?:'|’)s(?![\\p{L}])`,
  'giu',
);
const countOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : COUNT_WORDS.get(word.toLowerCase()));

beforeAll(requireDist);

describe('the themes of the 2025-2030 programme', () => {
  it('are three, as the programme says, and the content has those three as themes', () => {
    expect(programme).toContain('via drie thema’s: Meedoen, Opgroeien en Ouder worden');
    const themes = content.themes.filter((entry) => entry.data.soort === 'thema').map((entry) => entry.data.titel);
    expect(themes.sort()).toEqual(['Meedoen', 'Opgroeien', 'Ouder worden']);
  });

  it('are counted as three on every page, card and embed that counts them', () => {
    const problems: string[] = [];
    let counts = 0;
    for (const url of [...pageUrls(), ...embedUrls()]) {
      const html = readPage(url);
      const texts = [textOf(html), ...[...html.matchAll(/content="([^"]*)"/g)].map((match) => (match[1] ?? '').replace(/&#39;/g, "'"))];
      for (const text of texts) {
        for (const [phrase, word = ''] of text.matchAll(THEME_COUNT)) {
          counts++;
          if (countOf(word) !== 3) problems.push(`${url}: "${phrase}"`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(counts).toBeGreaterThan(3);
  });

  it('present the part about the organisation as what the programme calls it, not as a theme', () => {
    for (const entry of content.themes.filter((item) => item.data.soort !== 'thema')) {
      const html = readPage(`/${entry.folderYear}/themas/${entry.slug}/`);
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      expect(title, entry.slug).toContain(entry.data.titel);
      expect(title.toLowerCase(), entry.slug).not.toContain('thema');
      expect(html, entry.slug).not.toMatch(/<p class="kicker"[^>]*>Thema\b/);
      expect(html, entry.slug).not.toMatch(/og:image:alt" content="Thema\b/);
      expect(html, entry.slug).not.toContain('data-pagefind-filter="soort:Thema"');
      // On the programme's page the three themes are listed as themes, the organisation after them.
      const year = textOf(readPage(`/${entry.folderYear}/`));
      expect(year).toContain("De drie thema's");
      expect(year.indexOf(entry.data.titel), entry.slug).toBeGreaterThan(year.indexOf('Ouder worden'));
    }
  });
});
