import type { THEME_KINDS } from '../schemas/themes.ts';

/**
 * The parts of a programme's chapter of themes (content/<jaar>/themas/): the themes the programme names
 * ("drie thema's: Meedoen, Opgroeien en Ouder worden") and its part about the organisation itself
 * (3.4 "Een organisatie die ertoe doet"), which the programme does not count as a theme. Every page
 * that counts or labels them asks here, so a count of themes never includes that part.
 */
type ThemeKind = (typeof THEME_KINDS)[number];

interface ThemeLike {
  data: { titel: string; soort: ThemeKind };
}

/** How a page names its kind, above the title and in search: "Thema", or for the organisation part "Over de organisatie zelf". */
const KIND_LABEL: Record<ThemeKind, { kicker: string; search: string; inTitle: string }> = {
  thema: { kicker: 'Thema', search: 'Thema', inTitle: 'thema' },
  organisatie: { kicker: 'Over de organisatie zelf', search: 'Uitleg', inTitle: '' },
};

/** The themes only, in the given order. */
export function themesOnly<T extends ThemeLike>(parts: readonly T[]): T[] {
  return parts.filter((part) => part.data.soort === 'thema');
}

/** The parts that are not themes (the organisation itself), in the given order. */
export function otherParts<T extends ThemeLike>(parts: readonly T[]): T[] {
  return parts.filter((part) => part.data.soort !== 'thema');
}

/** A part's page title: "Meedoen – thema 2025-2030", "Een organisatie die ertoe doet – 2025-2030". */
export const themePageTitle = (part: ThemeLike, period: string): string =>
  `${part.data.titel} – ${[KIND_LABEL[part.data.soort].inTitle, period].filter(Boolean).join(' ')}`;

/** The label above a part's title on its page. */
export const themeKicker = (part: ThemeLike): string => KIND_LABEL[part.data.soort].kicker;

/** The part's kind of page in search and on its preview card. */
export const themeSearchKind = (part: ThemeLike): string => KIND_LABEL[part.data.soort].search;
