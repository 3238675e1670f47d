import { beforeAll, describe, expect, it } from 'vitest';
import { embedUrls, pageUrls, readPage, requireDist, textOf } from '../helpers/dist.ts';

// A CBS code holds for the year of the CBS list it comes from: every page that shows one names that list.

beforeAll(requireDist);

describe('municipality codes with their source', () => {
  it('every page that shows a CBS code names the CBS list it comes from', () => {
    const withCodes = [...pageUrls(), ...embedUrls()].filter((url) => /\bGM\d{4}\b/.test(textOf(readPage(url))));
    expect(withCodes).toEqual(expect.arrayContaining(['/gemeenten/', '/gemeenten/losser/']));
    for (const url of withCodes) {
      // In a source line, the glossary's "Komt voor in" or the list of sources on /over/.
      expect(textOf(readPage(url)), url).toMatch(/Gemeentelijke indeling op 1 januari 2020/);
    }
  });
});
