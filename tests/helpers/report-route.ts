import { textOf } from './dist.ts';

/** Words with which a page asks the visitor to report something to the makers of the site. */
export const SPEAKS_OF_REPORTING = /\b(?:meld(?:t|en)? (?:het|u)|(?:fout|probleem) (?:te )?meld(?:t|en)|fout gezien)\b/i;

/** The links to the report route in a page: `<a href="<address>" data-report-route>` with its text. */
export function reportLinks(html: string, address: string): string[] {
  const escaped = address.replace(/&/g, '&amp;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...html.matchAll(new RegExp(`<a href="${escaped}" data-report-route[^>]*>([\\s\\S]*?)</a>`, 'g'))].map((match) =>
    textOf(match[1] ?? '').trim(),
  );
}

/** The pages (url → html) that speak of reporting but have no link with text to the report route. */
export function pagesWithoutReportLink(pages: ReadonlyMap<string, string>, address: string): string[] {
  return [...pages]
    .filter(([, html]) => SPEAKS_OF_REPORTING.test(textOf(html)))
    .filter(([, html]) => !reportLinks(html, address).some((text) => text.length > 0))
    .map(([url]) => url);
}
