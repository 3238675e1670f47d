// Validates everything in content/ and prints every error at once: `npm run check:content`.
import { formatContentErrors } from '../src/validation/content-error.ts';
import { CONTENT_DIR } from '../src/validation/layout.ts';
import { validateContent } from '../src/validation/validate-content.ts';

const dir = process.argv[2] ?? CONTENT_DIR;
const { content, errors } = validateContent(dir);
if (errors.length > 0) {
  console.error(formatContentErrors(errors));
  console.error(`\n${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'} in ${dir}/. Verbeter ze en probeer opnieuw.`);
  process.exit(1);
}
const count = content.years.length + content.domains.length + content.coalitions.length + 3;
console.log(`De inhoud is in orde: ${count} bestanden gecontroleerd.`);
