import type { AstroIntegration } from 'astro';
import { copyFileSync, createReadStream, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the page /beheer/ finds the CMS's code, under the site's base path. */
export const CMS_ASSETS = 'beheer/decap/';

/** The CMS's own bundle and the parts it loads later (numbered chunks, WebAssembly); no source maps. */
const isAsset = (name: string): boolean => /^(?:\d+\.)?decap-cms\.js$|\.wasm$/.test(name);

/** decap-cms/dist/, from node_modules. */
function distDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
}

/** The port of the CMS's local backend (decap-server) that `npm run beheer` starts. */
export const cmsServerPort = (): number => Number(process.env.DECAP_SERVER_PORT ?? 8081);

/**
 * The browser CMS (src/pages/beheer/index.astro): its code comes from node_modules/decap-cms and is
 * served by the site itself, so /beheer/ asks nothing of another host. The build copies it to
 * dist/beheer/decap/; `astro dev` serves it from node_modules and passes /api/v1 on to the CMS's
 * local backend (decap-server, started by `npm run beheer`), so the page talks to its own origin.
 */
export default function cms(base: string): AstroIntegration {
  const prefix = `${base.replace(/\/?$/, '/')}${CMS_ASSETS}`;
  return {
    name: 'begroting:cms',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({
          vite: {
            server: { proxy: { [`${base.replace(/\/?$/, '')}/api/v1`]: { target: `http://127.0.0.1:${cmsServerPort()}`, rewrite: () => '/api/v1' } } },
            plugins: [
              {
                name: 'begroting:cms-assets',
                configureServer(server) {
                  server.middlewares.use((request, response, next) => {
                    const path = (request.url ?? '').split('?')[0] ?? '';
                    const name = path.startsWith(prefix) ? path.slice(prefix.length) : '';
                    if (!isAsset(name)) return next();
                    response.setHeader('Content-Type', name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8');
                    createReadStream(join(distDir(), name)).on('error', () => next()).pipe(response);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const target = join(fileURLToPath(dir), CMS_ASSETS);
        mkdirSync(target, { recursive: true });
        const names = readdirSync(distDir()).filter(isAsset);
        for (const name of names) copyFileSync(join(distDir(), name), join(target, name));
        logger.info(`CMS: ${names.length} files of decap-cms in ${CMS_ASSETS}`);
      },
    },
  };
}
