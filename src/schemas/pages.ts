import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { sourceRef, text } from './common.ts';

/**
 * A page of the site whose words are not about one year or one entity: content/paginas/<naam>.md.
 * over.md is /over/, toegankelijkheid.md /toegankelijkheid/, niet-gevonden.md the page for an
 * address that does not exist, organisatie.md /organisatie/. A new file makes no new page.
 *
 * The frontmatter holds the heading, the description and the lead; the Markdown under it is the
 * text of the page, with `## ` headings (`## De norm {#norm}` gives the heading the anchor #norm).
 * Where the page shows something the site makes itself, such as the list of source documents or
 * how to report an error, the text has a placeholder in double braces: `{{bronnen}}` on a line of
 * its own, or `{{melden}}` within a sentence. The build stops when the text lacks a placeholder
 * the page needs or has one it does not know.
 */
export const page = z.strictObject(
  {
    titel: text.max(80).describe('De kop bovenaan de pagina (hoogstens 80 tekens); links naar de pagina noemen haar zo.'),
    beschrijving: text
      .max(300)
      .describe('Wat de pagina biedt, in één of twee zinnen; zoekmachines en gedeelde links tonen deze tekst (hoogstens 300 tekens).'),
    inleiding: text
      .max(500)
      .optional()
      .describe('De inleiding: één tot drie zinnen onder de kop, groter gedrukt, zonder opmaak of links (hoogstens 500 tekens).'),
    bron: sourceRef
      .optional()
      .describe('Waar een feit uit de inleiding of de tekst in de documenten staat; laat weg als de pagina over de site zelf gaat.'),
  },
  { error: ERROR.object },
);

export type Page = z.infer<typeof page>;
