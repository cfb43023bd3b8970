/**
 * A static server on 127.0.0.1 (random port) for the test and demo pages.
 *   /e2e/<file>   test/e2e/pages/<file>
 *   /demo/<file>  test/demo/pages/<file>
 *   /attacks/<file>  test/e2e/attacks/pages/<file> (the attack suite's hostile pages)
 *   /spa/<any>    test/e2e/pages/spa.html (a single-page app: every route serves the same shell)
 *   ?delay=<ms>   on any URL: answer only after that many milliseconds (late-loading content)
 * It records every request it answers, so tests can tell page loads from anything else.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ATTACK_PAGES, DEMO_PAGES, E2E_PAGES } from './paths';

export interface PageServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Absolute URL of a path on this server ("/e2e/two-events.html"). */
  url(path: string): string;
  /** Every request received, in order: method and path with query. */
  requests: { method: string; path: string }[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const MAX_DELAY_MS = 15_000;

function resolveFile(pathname: string): string | null {
  const roots: [string, string][] = [
    ['/e2e/', E2E_PAGES],
    ['/demo/', DEMO_PAGES],
    ['/attacks/', ATTACK_PAGES],
  ];
  if (pathname.startsWith('/spa/') || pathname === '/spa') return join(E2E_PAGES, 'spa.html');
  for (const [prefix, root] of roots) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(root, decodeURIComponent(pathname.slice(prefix.length))));
    return file.startsWith(root + sep) ? file : null;
  }
  return null;
}

async function answer(req: IncomingMessage, res: ServerResponse, base: string): Promise<void> {
  const url = new URL(req.url ?? '/', base);
  const delay = Math.min(Number(url.searchParams.get('delay') ?? 0) || 0, MAX_DELAY_MS);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  const file = resolveFile(url.pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  try {
    const body = await readFile(file);
    res
      .writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      .end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

export async function startServer(): Promise<PageServer> {
  const requests: PageServer['requests'] = [];
  let origin = '';
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/' });
    answer(req, res, origin).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
