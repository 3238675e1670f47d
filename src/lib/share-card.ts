/**
 * Where a page's preview image ("deelkaart") lives, and how the layout hands its text to the build
 * step that draws it (src/integrations/finish-pages.ts): a <meta name="twente:kaart"> with JSON,
 * which that step reads and removes.
 */
export interface CardText {
  kicker: string;
  title: string;
  headline?: string | undefined;
}

export const CARD_META_NAME = 'twente:kaart';

/** "/2020/domeinen/gezondheid/" → "/deelkaart/2020/domeinen/gezondheid.png"; home is "home". */
export function cardPath(pathname: string): string {
  const name = pathname.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '') || 'home';
  return `/deelkaart/${name}.png`;
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#34;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
const META = new RegExp(`\\s*<meta name="${CARD_META_NAME}" content="([^"]*)"\\s*/?>`);

/** The card text a built page asks for, and the page without that <meta>; undefined if it has none. */
export function takeCardText(html: string): { card: CardText; html: string } | undefined {
  const match = META.exec(html);
  if (!match) return undefined;
  const json = (match[1] ?? '').replace(/&(quot|#34|#39|lt|gt|amp);/g, (entity) => ENTITIES[entity] ?? entity);
  return { card: JSON.parse(json) as CardText, html: html.replace(match[0], '') };
}
