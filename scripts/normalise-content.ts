// Writes every content file as the browser CMS (/beheer/) writes it: `npm run normaliseer`. Run once
// after a change that the CMS would write differently (a new field order in a schema, a file typed by
// hand), so that the next save in the CMS shows only what the editor changed. Comments in YAML are
// dropped, as the CMS drops them: meaningful notes belong in a field or in docs/inhoud-toelichting.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles, kindOfFile } from './lib/content-files.ts';
import { decapFormat } from './lib/decap-format.ts';
import { CONTENT_DIR } from '../src/settings.ts';

const dir = process.argv[2] ?? CONTENT_DIR;
let changed = 0;
for (const name of contentFiles(dir)) {
  const key = kindOfFile(name);
  if (!key) continue;
  const path = join(dir, name);
  const before = readFileSync(path, 'utf8');
  const after = decapFormat(key, before);
  if (after !== before) {
    writeFileSync(path, after);
    changed++;
  }
}
console.log(`${changed} bestanden in ${dir}/ opnieuw geschreven zoals het beheer ze schrijft.`);
