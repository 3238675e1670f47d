import { z } from 'astro/zod';
import { ERROR } from './messages.ts';
import { id, oldUrls, text } from './common.ts';

/** Frontmatter of a document page: content/documenten/<id>.md. The body holds the texts that matter. */
export const documentPage = z.strictObject(
  {
    document: id.describe('Id van het document in content/bronnen.yaml; gelijk aan de bestandsnaam.'),
    korteTitel: text.max(60).describe('Korte naam voor menu, tijdlijn en kruimelpad (hoogstens 60 tekens).'),
    samenvatting: text.max(400).describe('Eén tot drie zinnen: wat staat er in dit document? (hoogstens 400 tekens)'),
    zoektermen: z.array(text, { error: ERROR.list }).optional().describe('Woorden waarmee mensen dit document zoeken.'),
    oudeAdressen: oldUrls,
  },
  { error: ERROR.object },
);

export type DocumentPage = z.infer<typeof documentPage>;
