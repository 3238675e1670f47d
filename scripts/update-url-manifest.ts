// `npm run urls:update`: records every public URL of the built site (pages and embed pages) in docs/urls.txt. Links that people
// shared must keep working: a test fails when a URL in docs/urls.txt is no longer built or redirected. Run this on
// purpose, after adding pages (or after adding a redirect for a page that moved). The list only grows: an address
// that is no longer built stays in it (scripts/lib/url-manifest.ts, grownManifest).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { builtPublicPaths, grownManifest, manifestUrls } from './lib/url-manifest.ts';

// The built site and the manifest; a test gives others.
const [dist = 'dist', FILE = 'docs/urls.txt'] = process.argv.slice(2);
const before = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
const after = grownManifest(before, builtPublicPaths(dist));
writeFileSync(FILE, after);
const added = manifestUrls(after).length - manifestUrls(before).length;
console.log(`${FILE}: ${manifestUrls(after).length} URLs (${added} new)`);
