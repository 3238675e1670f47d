/**
 * Where a page's preview image ("deelkaart") lives and what it says. The layout hands the text to
 * the build, which draws the image (src/build/build-channel.ts, src/build/finish-pages.ts).
 */
export interface CardText {
  kicker: string;
  title: string;
  headline?: string | undefined;
}

/** "/2020/domeinen/gezondheid/" → "/deelkaart/2020/domeinen/gezondheid.png"; home is "home". */
export function cardPath(pathname: string): string {
  const name = pathname.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '') || 'home';
  return `/deelkaart/${name}.png`;
}
