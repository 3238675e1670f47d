// `npm run beheer`: the site in `astro dev` together with the browser CMS's local backend
// (decap-server), so a staff member edits content in a form on their own machine and sees the page
// change: open http://localhost:4321/beheer/ and choose Inloggen. The backend writes the files in
// content/ (or CONTENT_DIR, a folder named content) directly; `astro dev` passes /beheer/'s requests
// to /beheer/api/ on to it (src/integrations/cms.ts), so the page only talks to its own origin. Publishing
// to the site still goes through git: commit the changed files, or use /beheer/ on the published
// site, which opens a pull request (docs/beheer.md).
import { spawn, type ChildProcess } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { cmsServerPort } from '../src/integrations/cms.ts';
import { CONTENT_DIR } from '../src/settings.ts';

const contentDir = resolve(CONTENT_DIR);
if (basename(contentDir) !== 'content') {
  console.error(`CONTENT_DIR moet een map met de naam content zijn (het beheer schrijft content/...); nu: ${contentDir}`);
  process.exit(1);
}
const port = cmsServerPort();
const children: ChildProcess[] = [];
const start = (args: string[], env: Record<string, string>) => {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  // When one stops, the other has no use: stop both.
  child.on('exit', (code) => {
    for (const other of children) if (other !== child && other.exitCode === null) other.kill();
    process.exitCode = code ?? 0;
  });
  return child;
};

start(['node_modules/decap-server/dist/index.js'], {
  PORT: String(port),
  BIND_HOST: '127.0.0.1',
  MODE: 'fs',
  GIT_REPO_DIRECTORY: dirname(contentDir),
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
start(['node_modules/astro/bin/astro.mjs', 'dev', ...process.argv.slice(2)], {
  ASTRO_DEV_BACKGROUND: '0',
  DECAP_SERVER_PORT: String(port),
});
const args = process.argv.slice(2);
const sitePort = args[args.indexOf('--port') + 1] ?? '4321';
console.log(
  `Beheer: open http://localhost:${args.includes('--port') ? sitePort : '4321'}/beheer/ en kies Inloggen (de inhoud van ${contentDir}).`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => children.forEach((child) => child.kill(signal)));
