import type { AstroIntegration } from 'astro';
import { normaliseBase, underBase } from '../lib/paths.ts';
import { AstroError } from 'astro/errors';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectRedirects, redirectsFile, type Redirect } from '../lib/redirects.ts';
import { formatContentErrors } from '../validation/content-error.ts';
import { CONTENT_DIR } from '../validation/layout.ts';
import { validateContent } from '../validation/validate-content.ts';

/**
 * Runs the content validator before Astro builds anything, so every content error is reported at
 * once, with file, line, field and a hint, instead of only the first one Astro meets.
 * The old addresses in the content (`oudeAdressen`) become redirects: a small page at each old
 * address, and a `_redirects` file for hosts that read one.
 */
export default function contentValidation(): AstroIntegration {
  let redirects: Redirect[] = [];
  let base = '/';
  return {
    name: 'twente-begroting:content-validation',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const dir = fileURLToPath(new URL(`./${CONTENT_DIR}/`, config.root));
        const { content, errors } = validateContent(dir);
        if (errors.length > 0) {
          const noun = errors.length === 1 ? 'fout' : 'fouten';
          throw new AstroError(
            `De inhoud bevat ${errors.length} ${noun}:\n${formatContentErrors(errors)}`,
            'Verbeter de genoemde velden in de genoemde bestanden; `npm run check:content` toont dezelfde lijst zonder te bouwen.',
          );
        }
        redirects = collectRedirects(content);
        if (redirects.length > 0) {
          // Astro writes the redirect page's link as given: with the base path, as pages write theirs (src/urls.ts).
          updateConfig({ redirects: Object.fromEntries(redirects.map(({ from, to }) => [from, { status: 301, destination: underBase(to, normaliseBase(config.base)) }])) });
        }
      },
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': ({ dir }) => {
        const moved = redirects.map((redirect) => ({ ...redirect, from: underBase(redirect.from, base), to: underBase(redirect.to, base) }));
        writeFileSync(fileURLToPath(new URL('_redirects', dir)), redirectsFile(moved));
      },
    },
  };
}
