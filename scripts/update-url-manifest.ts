// `npm run urls:update`: records every public URL of the built site in docs/urls.txt. Links that people
// shared must keep working: a test fails when a URL in docs/urls.txt is no longer built. Run this on
// purpose, after adding pages (or after adding a redirect for a page that moved).
import { writeFileSync } from 'node:fs';
import { builtSitemapPaths } from './lib/url-manifest.ts';

const paths = builtSitemapPaths('dist');
writeFileSync('docs/urls.txt', `${paths.join('\n')}\n`);
console.log(`docs/urls.txt: ${paths.length} URLs`);
