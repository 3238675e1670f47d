import { describe, expect, it } from 'vitest';
import { otherParts, themeKicker, themePageTitle, themeSearchKind, themesOnly } from '../../src/lib/themes.ts';

// A programme's chapter of themes: three themes it names, and its part about the organisation itself,
// which it does not count as a theme (content/2025/themas/).
const MEEDOEN = { id: 'meedoen', data: { titel: 'Meedoen', soort: 'thema' as const } };
const ORGANISATIE = { id: 'organisatie', data: { titel: 'Een organisatie die ertoe doet', soort: 'organisatie' as const } };
const OPGROEIEN = { id: 'opgroeien', data: { titel: 'Opgroeien', soort: 'thema' as const } };
const OUDER = { id: 'ouder-worden', data: { titel: 'Ouder worden', soort: 'thema' as const } };
const CHAPTER = [MEEDOEN, ORGANISATIE, OPGROEIEN, OUDER];

describe('the parts of a chapter of themes', () => {
  it('counts only the themes, in the given order, without the part about the organisation', () => {
    expect(themesOnly(CHAPTER).map((part) => part.id)).toEqual(['meedoen', 'opgroeien', 'ouder-worden']);
    expect(themesOnly([OUDER, MEEDOEN]).map((part) => part.id)).toEqual(['ouder-worden', 'meedoen']);
  });

  it('gives the part about the organisation apart, and nothing when there is none', () => {
    expect(otherParts(CHAPTER).map((part) => part.id)).toEqual(['organisatie']);
    expect(otherParts([MEEDOEN, OPGROEIEN])).toEqual([]);
    expect(themesOnly([ORGANISATIE])).toEqual([]);
  });
});

describe('how a page names a part', () => {
  it('calls a theme a theme in its title, and the organisation part by its title and period only', () => {
    expect(themePageTitle(MEEDOEN, '2025-2030')).toBe('Meedoen – thema 2025-2030');
    expect(themePageTitle(ORGANISATIE, '2025-2030')).toBe('Een organisatie die ertoe doet – 2025-2030');
  });

  it('puts "Thema" above a theme and "Over de organisatie zelf" above the organisation part', () => {
    expect(themeKicker(OPGROEIEN)).toBe('Thema');
    expect(themeKicker(ORGANISATIE)).toBe('Over de organisatie zelf');
  });

  it('lists a theme in search as "Thema" and the organisation part as "Uitleg"', () => {
    expect(themeSearchKind(OUDER)).toBe('Thema');
    expect(themeSearchKind(ORGANISATIE)).toBe('Uitleg');
  });
});
