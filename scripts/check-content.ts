// Validates everything in content/ and prints every error at once: `npm run check:content`. With
// `--github` (in .github/workflows/), each error is also a GitHub annotation, shown on its file and line
// in the pull request.
import { formatContentErrors, formatGithubAnnotation } from '../src/validation/content-error.ts';
import { CONTENT_DIR, IGNORED_FILES } from '../src/validation/layout.ts';
import { contentModel } from '../src/validation/content-model.ts';

const args = process.argv.slice(2);
const github = args.includes('--github');
const dir = args.find((arg) => !arg.startsWith('--')) ?? CONTENT_DIR;
// The same reading and checks as the build's and `astro dev`'s collections (src/loaders/content-loader.ts).
const { content, errors } = contentModel(dir);
if (errors.length > 0) {
  if (github) for (const error of errors) console.log(formatGithubAnnotation(error));
  console.error(formatContentErrors(errors));
  console.error(`\n${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'} in ${dir}/. Verbeter ze en probeer opnieuw.`);
  process.exit(1);
}
// Every file in content/ was read and checked, valid or not; a README for staff is not content.
const count = content.files.filter((name) => !IGNORED_FILES.test(name)).length;
console.log(`De inhoud is in orde: ${count} bestanden gecontroleerd.`);
