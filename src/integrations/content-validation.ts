import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { formatContentErrors } from '../validation/content-error.ts';
import { CONTENT_DIR } from '../validation/layout.ts';
import { validateContent } from '../validation/validate-content.ts';

/**
 * Runs the content validator before Astro builds anything, so every content error is reported at
 * once, with file, line, field and a hint, instead of only the first one Astro meets.
 */
export default function contentValidation(): AstroIntegration {
  return {
    name: 'twente-begroting:content-validation',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const dir = fileURLToPath(new URL(`./${CONTENT_DIR}/`, config.root));
        const { errors } = validateContent(dir);
        if (errors.length === 0) return;
        const noun = errors.length === 1 ? 'fout' : 'fouten';
        throw new AstroError(
          `De inhoud bevat ${errors.length} ${noun}:\n${formatContentErrors(errors)}`,
          'Verbeter de genoemde velden in de genoemde bestanden; `npm run check:content` toont dezelfde lijst zonder te bouwen.',
        );
      },
    },
  };
}
