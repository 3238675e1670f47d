// `npm run urls:update`: records every public URL of the built site (pages and embed pages) in docs/urls.txt. Links that people
// shared must keep working: a test fails when a URL in docs/urls.txt is no longer built. Run this on
// purpose, after adding pages (or after adding a redirect for a page that moved).
import { writeFileSync } from 'node:fs';
import { builtPublicPaths } from './lib/url-manifest.ts';

const paths = builtPublicPaths('dist');
writeFileSync('docs/urls.txt', `${paths.join('\n')}\n`);
console.log(`docs/urls.txt: ${paths.length} URLs`);
