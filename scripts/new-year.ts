// `npm run nieuw:jaar -- 2027`: makes content/2027/ from the newest year with a budget: the same
// domains and coalitions, with every amount, text and source place marked INVULLEN. Then
// `npm run check:content` lists exactly what is still to be filled in.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scaffoldYear } from './lib/scaffold-year.ts';

const [arg, dirArg] = process.argv.slice(2);
const year = Number(arg);
const contentDir = dirArg ?? 'content';
if (!arg || !/^\d{4}$/.test(arg)) {
  console.error('Gebruik: npm run nieuw:jaar -- 2027');
  process.exit(2);
}
if (existsSync(join(contentDir, arg))) {
  console.error(`${contentDir}/${arg}/ bestaat al; kies een ander jaar of wijzig de bestanden daar.`);
  process.exit(1);
}
const files = scaffoldYear(contentDir, year, {
  readdir: (path) => readdirSync(path),
  read: (path) => readFileSync(path, 'utf8'),
  exists: existsSync,
});
for (const [path, text] of Object.entries(files)) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  console.log(`  nieuw: ${path}`);
}
console.log(`\n${contentDir}/${year}/ is klaar om in te vullen, en het document van ${year} staat in ${contentDir}/bronnen.yaml.`);
console.log('`npm run check:content` toont elke plek die nog INVULLEN zegt: vul daar in wat de begroting zegt.');
