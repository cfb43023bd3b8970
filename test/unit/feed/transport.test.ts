/** fetchTransport against a real HTTP server on 127.0.0.1. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedError } from '../../../lib/feed/problems';
import { fetchTransport } from '../../../lib/feed/transport';

let server: Server;
let base = '';
const seen: IncomingMessage[] = [];
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/feed.json': (req, res) => {
    if (req.headers['if-none-match'] === '"abc"') return void res.writeHead(304).end();
    res.writeHead(200, { ETag: '"abc"', 'Last-Modified': 'Sat, 10 Jan 2026 00:00:00 GMT' }).end('{"x":1}');
  },
  '/big-declared': (_req, res) => void res.writeHead(200, { 'Content-Length': '5000' }).end('x'.repeat(5000)),
  // Chunked, no Content-Length: the transport must stop reading by itself.
  '/big-streamed': (_req, res) => {
    res.writeHead(200);
    for (let i = 0; i < 50; i++) res.write('x'.repeat(1000));
    res.end();
  },
  '/error': (_req, res) => void res.writeHead(500).end('oops'),
  '/silent': () => undefined, // never answers
};

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    const route = routes[req.url ?? ''];
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function problemOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FeedError) return error.problem;
    throw error;
  }
  throw new Error('expected a FeedError');
}

describe('fetchTransport', () => {
  const transport = fetchTransport({ timeoutMs: 1000 });

  it('returns the bytes with ETag and Last-Modified, sends no cookie or referrer, and passes a 304 through', async () => {
    const first = await transport.get(`${base}/feed.json`, { maxBytes: 1000 });
    expect(first).toEqual({ status: 200, bytes: new TextEncoder().encode('{"x":1}'), etag: '"abc"', lastModified: 'Sat, 10 Jan 2026 00:00:00 GMT' });
    const again = await transport.get(`${base}/feed.json`, { maxBytes: 1000, etag: '"abc"', lastModified: 'Sat, 10 Jan 2026 00:00:00 GMT' });
    expect(again).toEqual({ status: 304 });
    const request = seen.at(-1)!;
    expect(request.headers['if-modified-since']).toBe('Sat, 10 Jan 2026 00:00:00 GMT');
    expect(request.headers.cookie).toBeUndefined();
    expect(request.headers.referer).toBeUndefined();
  });

  it('refuses a body over maxBytes, whether declared or streamed', async () => {
    expect((await problemOf(transport.get(`${base}/big-declared`, { maxBytes: 1000 }))).code).toBe('too-large');
    expect((await problemOf(transport.get(`${base}/big-streamed`, { maxBytes: 1000 }))).code).toBe('too-large');
  });

  it('reports HTTP errors, refused connections and silence as unreachable', async () => {
    expect(await problemOf(transport.get(`${base}/error`, { maxBytes: 1000 }))).toMatchObject({ code: 'unreachable', message: expect.stringContaining('HTTP 500') });
    expect((await problemOf(transport.get(`${base}/missing`, { maxBytes: 1000 }))).message).toContain('HTTP 404');
    expect((await problemOf(transport.get('http://127.0.0.1:1/feed.json', { maxBytes: 1000 }))).code).toBe('unreachable');
    expect(await problemOf(transport.get(`${base}/silent`, { maxBytes: 1000 }))).toMatchObject({ code: 'unreachable', message: expect.stringContaining('no answer within 1 s') });
  });
});
