/**
 * What a page's preview image ("deelkaart") says. The layout hands the text to the build, which
 * draws the image (src/build/build-channel.ts, src/build/finish-pages.ts) at the page's card path
 * (src/lib/paths.ts: cardPath).
 */
export interface CardText {
  kicker: string;
  title: string;
  headline?: string | undefined;
}
