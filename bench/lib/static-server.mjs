// Serves the built app at / and the benchmark's pages at /bench/ from one origin on 127.0.0.1, so that the
// seed page, the app and the baseline share one IndexedDB.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { URL } from 'node:url';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Resolves a request path inside `root`, or returns undefined for a path that climbs out of it. */
function resolveInside(root, requestPath) {
  const decoded = decodeURIComponent(requestPath);
  const resolved = normalize(join(root, decoded));
  return resolved === root || resolved.startsWith(root + sep) ? resolved : undefined;
}

async function findFile(path) {
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) return findFile(join(path, 'index.html'));
  return undefined;
}

/**
 * Starts the server and resolves once it listens. `close()` stops it, ending open connections, and resolves when
 * it has stopped.
 */
export function startStaticServer({ appDir, benchDir, host, port }) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', `http://${host}`);
    const inBench = pathname === '/bench' || pathname.startsWith('/bench/');
    const root = normalize(inBench ? benchDir : appDir);
    const candidate = resolveInside(root, inBench ? pathname.slice('/bench'.length) || '/' : pathname);
    const file = candidate && (await findFile(candidate));

    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}\n`);
      return;
    }

    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });

  return new Promise((resolve, reject) => {
    server.once('error', (error) => reject(new Error(`The benchmark server could not listen on ${host}:${port}: ${error.message}`)));
    server.listen(port, host, () =>
      resolve({
        origin: `http://${host}:${port}`,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      }),
    );
  });
}
