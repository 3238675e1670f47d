import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Types a host compresses (text); images and pagefind's files (gzip already) go as they are. */
const COMPRESSED = /^(text\/|application\/(ld\+json|json|xml)|image\/svg)/;

/**
 * Serves dist/ the way a static host does: directory index.html, 404.html for the rest, and the
 * headers of dist/_headers (read as Cloudflare Pages reads it: headers-file.ts), so tests see the
 * real framing rules. `tools` are scripts that are not part of the site (a test's axe-core), served by
 * path with a long cache lifetime, so Chromium compiles them once and reuses its code cache; they are
 * not counted in `requests`. `gzip` compresses text for browsers that accept it, as Cloudflare Pages,
 * Netlify and nginx with gzip on do (docs/deploy.md); the tests leave it off.
 */
export async function serveDist(
  root = 'dist',
  { tools = {}, gzip = false }: { tools?: Record<string, string>; gzip?: boolean } = {},
): Promise<{ origin: string; server: Server; requests: string[] }> {
  const requests: string[] = [];
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const tool = tools[path];
    if (tool !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'max-age=86400' });
      response.end(tool);
      return;
    }
    requests.push(path);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compress = gzip && COMPRESSED.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(found ? 200 : 404, {
      ...headersFor(rules, path),
      'content-type': type,
      ...(compress ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
    });
    if (compress) response.end(gzipSync(readFileSync(file)));
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server, requests };
}
