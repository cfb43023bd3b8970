/**
 * A publisher on 127.0.0.1 for the feed tests (minimal): a signed feed published with the real
 * publisher code (lib/feed/publish.ts) and served from memory, plus HTML pages on the same server
 * (an article that mentions the feed's event, a page that announces the feed). `publish(version)`
 * puts out a new version; shards of earlier versions stay served, as on a real static host.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateSigningKey, type SigningKey } from '../../../lib/feed/keys';
import { publishFeed } from '../../../lib/feed/publish';
import type { FeedManifest } from '../../../lib/feed/format';
import type { IndexDocument } from '../../../lib/index-format/types';

export interface LocalFeed {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The feed address a reader pastes: http://127.0.0.1:PORT/feed/feed.json */
  feedUrl: string;
  /** The publisher's public key text (what a reader pastes). */
  publicKey: string;
  /** Publishes this version of the sample index; returns its manifest. */
  publish(version: number): Promise<FeedManifest>;
  /** Changes one byte of a served file (e.g. "/feed/feed.json"): a tampered copy on the host. */
  tamper(path: string): void;
  /** Serves an HTML page at `path` (e.g. "/article.html"). */
  page(path: string, html: string): string;
  /** Every request received: method and path. */
  requests: { method: string; path: string }[];
  close(): Promise<void>;
}

export const SAMPLE_PUBLISHER = 'Example Local News';
export const SAMPLE_TITLE = 'Example Local News events';
export const SAMPLE_EVENT = 'varnholt-bridge';
/** Words on a page that mention the sample event (its phrase). */
export const SAMPLE_MENTION = 'Crowds gathered for the Varnholt bridge opening on Saturday, the council said.';

/** A small index in format v1: one entity, one event; our own invented example. */
export function sampleIndex(version: number): IndexDocument {
  return {
    format: 'backstory-index',
    formatVersion: 1,
    version,
    title: SAMPLE_TITLE,
    language: 'en',
    publisher: { name: SAMPLE_PUBLISHER, url: 'https://example.org/' },
    homepage: 'https://example.org/',
    generated: '2026-01-01T00:00:00Z',
    expires: '2099-01-01T00:00:00Z',
    entities: [{ id: 'varnholt', kind: 'place', label: 'Varnholt', names: { en: ['Varnholt'] } }],
    events: [
      {
        id: SAMPLE_EVENT,
        title: `The Varnholt bridge opens (release ${version})`,
        summary: 'A test event of the local feed: the invented town of Varnholt opens a bridge.',
        dates: { start: '2025-06-01' },
        match: { all: ['varnholt'], context: [['bridge'], ['opening', 'ceremony']], phrases: ['Varnholt bridge opening'] },
        sources: [{ url: 'https://example.org/news/varnholt-bridge', outlet: 'example.org', language: 'en', kind: 'original' }],
        related: [],
      },
    ],
  } as IndexDocument;
}

export async function startLocalFeed(feedId = 'example-local'): Promise<LocalFeed> {
  const files = new Map<string, { type: string; body: Uint8Array }>();
  const requests: LocalFeed['requests'] = [];
  const { key } = await generateSigningKey();
  const signing: SigningKey = key;
  let previous: FeedManifest | undefined;

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/' });
    const file = files.get(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-cache' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    feedUrl: `${origin}/feed/feed.json`,
    publicKey: signing.trust.publicKey,
    requests,
    async publish(version) {
      const published = await publishFeed({
        index: sampleIndex(version),
        key: signing,
        feedId,
        refreshSeconds: 3600,
        now: Date.now(),
        ...(previous ? { previous: { manifest: previous } } : {}),
      });
      for (const [path, body] of published.files) {
        files.set(`/feed/${path}`, { type: path.endsWith('.json') ? 'application/json' : 'text/plain', body });
      }
      previous = published.manifest;
      return published.manifest;
    },
    tamper(path) {
      const file = files.get(path);
      if (!file) throw new Error(`nothing served at ${path}`);
      const body = file.body.slice();
      const at = body.indexOf(0x22); // the first '"': still JSON-looking, no longer what was signed
      body[at] = 0x27;
      files.set(path, { ...file, body });
    },
    page(path, html) {
      files.set(path, { type: 'text/html; charset=utf-8', body: new TextEncoder().encode(html) });
      return `${origin}${path}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
