import type { AstroIntegration } from 'astro';
import { copyFileSync, createReadStream, mkdirSync, readdirSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminApiPath, adminAssetsPath, cmsServerApiPath, underBase } from '../lib/paths.ts';

/** The CMS's own bundle and the parts it loads later (numbered chunks, WebAssembly); no source maps. */
const isAsset = (name: string): boolean => /^(?:\d+\.)?decap-cms\.js$|\.wasm$/.test(name);

/** decap-cms/dist/, from node_modules. */
function distDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
}

/** Passes a request of /beheer/ on to the local backend, and its answer back. */
function passOn(request: IncomingMessage, response: ServerResponse): void {
  const forwarded = httpRequest(
    { host: '127.0.0.1', port: cmsServerPort(), path: cmsServerApiPath(), method: request.method, headers: request.headers },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  forwarded.on('error', () => {
    response.writeHead(502, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: 'Het lokale beheer (decap-server) draait niet: start het met npm run beheer.' }));
  });
  request.pipe(forwarded);
}

/** The port of the CMS's local backend (decap-server) that `npm run beheer` starts. */
export const cmsServerPort = (): number => Number(process.env.DECAP_SERVER_PORT ?? 8081);

/**
 * The browser CMS (src/pages/beheer/index.astro): its code comes from node_modules/decap-cms and is
 * served by the site itself, so /beheer/ asks nothing of another host. The build copies it to
 * dist/beheer/decap/; `astro dev` serves it from node_modules and passes the page's requests to /beheer/api/ on to the CMS's
 * local backend (decap-server, started by `npm run beheer`), so the page talks to its own origin.
 */
export default function cms(base: string): AstroIntegration {
  const prefix = underBase(adminAssetsPath(), base);
  const api = underBase(adminApiPath(), base);
  return {
    name: 'begroting:cms',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'begroting:cms-assets',
                configureServer(server) {
                  server.middlewares.use((request, response, next) => {
                    const path = (request.url ?? '').split('?')[0] ?? '';
                    if (path === api) return passOn(request, response);
                    const name = path.startsWith(prefix) ? path.slice(prefix.length) : '';
                    if (!isAsset(name)) return next();
                    response.setHeader('Content-Type', name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8');
                    createReadStream(join(distDir(), name))
                      .on('error', () => next())
                      .pipe(response);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const target = join(fileURLToPath(dir), adminAssetsPath());
        mkdirSync(target, { recursive: true });
        const names = readdirSync(distDir()).filter(isAsset);
        for (const name of names) copyFileSync(join(distDir(), name), join(target, name));
        logger.info(`CMS: ${names.length} files of decap-cms in ${adminAssetsPath()}`);
      },
    },
  };
}
