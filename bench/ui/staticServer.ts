/**
 * A small static file server for the UI benchmark: serves a built folder on
 * 127.0.0.1 at a free port chosen by the system, with index.html for unknown
 * paths (single-page app). Nothing is left listening: callers close it.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.wasm', 'application/wasm'],
]);

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** @example const server = await serveFolder('dist'); await page.goto(server.url); await server.close(); */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const root = resolve(folder);
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path));
    const inside = file === root || file.startsWith(root + sep);
    for (const candidate of inside ? [file, join(file, 'index.html'), join(root, 'index.html')] : []) {
      try {
        const body = await readFile(candidate);
        response.writeHead(200, { 'content-type': TYPES.get(extname(candidate)) ?? 'application/octet-stream', 'cache-control': 'no-store' });
        response.end(body);
        return;
      } catch {
        // Try the next candidate.
      }
    }
    response.writeHead(404).end('not found');
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the benchmark server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
