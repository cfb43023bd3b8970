/**
 * A publisher's static host on 127.0.0.1 for the feed tests, with faults on demand.
 *
 * Feeds are published with the real publisher code (lib/feed/publish.ts, as `npm run index --
 * publish` does) into a temporary folder, one sub-folder per version, and served from there at
 * /feeds/<name>/ (feed.json, feed.json.sig, shards/<sha256>.json). Each feed has a mode that says
 * how the next requests are answered:
 *   valid        the current version; feed.json carries an ETag and honours If-None-Match (304)
 *   tampered     the current version with one byte flipped in feed.json or in every shard
 *   replayed     an older signed version (a rollback attempt)
 *   expired      a version whose signed `expires` has passed (a freeze attempt)
 *   slow         feed.json answers only after `SLOW_ANSWER_MS` (over Chrome's 30 s fetch limit)
 *   truncated    feed.json or a shard: full Content-Length, half the body, then the connection drops
 *   error-500    HTTP 500 for everything of the feed
 *   not-modified HTTP 304 for every conditional request of feed.json, whatever was published
 * The server also serves HTML pages (`page()`), and records every request with its headers, so
 * tests can check that feed requests carry no cookie, no referrer and nothing about the pages.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MANIFEST_FILE, SHARD_PATH_PATTERN, type FeedManifest } from '../../../lib/feed/format';
import { generateSigningKey, type SigningKey } from '../../../lib/feed/keys';
import { publishFeed } from '../../../lib/feed/publish';
import type { IndexDocument } from '../../../lib/index-format/types';
import { validateIndex } from '../../../lib/index-format/validate-index';

/** Longer than Chrome lets a worker's fetch run (30 s); the extension must give up at 20 s. */
export const SLOW_ANSWER_MS = 35_000;

export type FeedMode =
  | { kind: 'valid'; /** Answer each file of the feed after this long (a slow link). */ delayMs?: number }
  | { kind: 'tampered'; file: 'manifest' | 'shard' }
  | { kind: 'replayed'; version: number }
  | { kind: 'expired' }
  | { kind: 'slow' }
  | { kind: 'truncated'; file: 'manifest' | 'shard' }
  | { kind: 'error-500' }
  | { kind: 'not-modified' };

export interface FeedRequest {
  method: string;
  /** Path and query, as received. */
  path: string;
  /** Lowercase header names, as received. */
  headers: Record<string, string | string[] | undefined>;
  /** The feed it was for (undefined for pages and anything else). */
  feed?: string;
  /** Epoch ms when it arrived. */
  at: number;
  /** What the server answered (status), or 'closed' when the client went away first. */
  outcome?: number | 'closed';
  /** Epoch ms of the outcome. */
  endedAt?: number;
  /** Body bytes of a 200 answer (what the reader downloaded). */
  bytes?: number;
}

export interface PublishOptions {
  /** Refresh hint in seconds (default 3600: the e2e build then checks again after 3 minutes). */
  refreshSeconds?: number;
  /**
   * Publish a version that has already expired (signed as the publisher wrote it an hour ago,
   * expiring a minute ago). It is served in mode 'expired' only; the current version stays.
   */
  expired?: boolean;
}

export interface ServedFeed {
  name: string;
  /** The feed address a reader pastes. */
  url: string;
  /** The publisher's public key text (what a reader pastes). */
  publicKey: string;
  /** Publishes a version of `doc` (validated first); it becomes the current one unless expired. */
  publish(doc: IndexDocument, options?: PublishOptions): Promise<FeedManifest>;
  /** The current (newest valid) version's number. */
  current: number;
  mode: FeedMode;
}

export interface FeedServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** A feed served at /feeds/<name>/feed.json (created empty: publish a version next). */
  feed(name: string, feedId?: string): Promise<ServedFeed>;
  /** Serves an HTML page at `path` ("/pages/a.html"); returns its URL. */
  page(path: string, html: string): string;
  /** Every request received, in order. */
  requests: FeedRequest[];
  close(): Promise<void>;
}

interface Version {
  manifest: FeedManifest;
  dir: string;
}

interface FeedState extends ServedFeed {
  key: SigningKey;
  feedId: string;
  versions: Map<number, Version>;
  expiredVersion?: Version;
  /** Shard path -> folder holding it (shards are immutable: any version's copy will do). */
  shardDirs: Map<string, string>;
  /** Promise chain: publications one after the other (each builds on the previous). */
  publishing: Promise<unknown>;
}

const HOUR = 3600_000;

function flipByte(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  // Inside the content, away from the edges: JSON-looking still, no longer what was signed.
  const at = Math.floor(copy.length / 2);
  copy[at] = copy[at] === 0x61 ? 0x62 : 0x61;
  return copy;
}

export async function startFeedServer(): Promise<FeedServer> {
  const root = mkdtempSync(join(tmpdir(), 'backstory-feeds-'));
  const feeds = new Map<string, FeedState>();
  const pages = new Map<string, string>();
  const requests: FeedRequest[] = [];
  let origin = '';

  async function answerFeed(feed: FeedState, file: string, req: IncomingMessage, res: ServerResponse, record: FeedRequest): Promise<void> {
    const mode = feed.mode;
    const isManifest = file === MANIFEST_FILE;
    const shard = SHARD_PATH_PATTERN.test(file);
    if (mode.kind === 'error-500') {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
      return;
    }
    if (mode.kind === 'slow' && isManifest) {
      const gone = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), SLOW_ANSWER_MS);
        res.once('close', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      if (gone) return;
    }
    if (mode.kind === 'valid' && mode.delayMs) await new Promise((resolve) => setTimeout(resolve, mode.delayMs));

    const version =
      mode.kind === 'replayed' ? feed.versions.get(mode.version) : mode.kind === 'expired' ? feed.expiredVersion : feed.versions.get(feed.current);
    if (!version) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such version');
      return;
    }
    const etag = `"v${version.manifest.version}${mode.kind === 'expired' ? '-expired' : ''}"`;
    if (isManifest && req.headers['if-none-match'] !== undefined && (mode.kind === 'not-modified' || req.headers['if-none-match'] === etag)) {
      res.writeHead(304, { etag }).end();
      return;
    }
    const dir = shard ? feed.shardDirs.get(file) : version.dir;
    let body: Buffer;
    try {
      if (!dir) throw new Error('unknown file');
      body = await readFile(join(dir, file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const fault = mode.kind === 'tampered' || mode.kind === 'truncated' ? mode.file : undefined;
    const faulty = (fault === 'manifest' && isManifest) || (fault === 'shard' && shard);
    if (faulty && mode.kind === 'tampered') body = flipByte(body);
    const headers: Record<string, string> = {
      'content-type': file.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8',
      'content-length': String(body.length),
      'cache-control': isManifest ? 'no-cache' : 'public, max-age=31536000, immutable',
    };
    if (isManifest) headers.etag = etag;
    res.writeHead(200, headers);
    record.bytes = body.length;
    if (faulty && mode.kind === 'truncated') {
      // Half the promised body, then the connection drops.
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
      record.outcome = 200;
      return;
    }
    res.end(body);
  }

  async function answer(req: IncomingMessage, res: ServerResponse, record: FeedRequest): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', origin);
    const html = pages.get(pathname);
    if (html !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
      return;
    }
    const m = /^\/feeds\/([a-z0-9-]+)\/(.+)$/.exec(pathname);
    const feed = m ? feeds.get(m[1]!) : undefined;
    if (!m || !feed) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    record.feed = feed.name;
    await answerFeed(feed, m[2]!, req, res, record);
  }

  const server = createServer((req, res) => {
    const record: FeedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: { ...req.headers }, at: Date.now() };
    requests.push(record);
    res.once('close', () => {
      record.outcome ??= res.writableFinished ? res.statusCode : 'closed';
      record.endedAt = Date.now();
    });
    answer(req, res, record).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function publishVersion(feed: FeedState, doc: IndexDocument, options: PublishOptions): Promise<FeedManifest> {
    const checked = validateIndex(doc);
    if (!checked.ok || checked.dropped.length > 0) {
      throw new Error(`test feed ${feed.name} v${doc.version} is not a valid index: ${JSON.stringify(checked.ok ? checked.dropped : checked.errors).slice(0, 500)}`);
    }
    let index = doc;
    let now = Date.now();
    if (options.expired) {
      now -= HOUR;
      index = { ...doc, generated: new Date(now).toISOString(), expires: new Date(Date.now() - 60_000).toISOString() };
    }
    const previous = feed.versions.get(feed.current);
    const published = await publishFeed({
      index,
      key: feed.key,
      feedId: feed.feedId,
      refreshSeconds: options.refreshSeconds ?? 3600,
      now,
      ...(previous && !options.expired ? { previous: { manifest: previous.manifest } } : {}),
    });
    const dir = join(root, feed.name, `v${doc.version}${options.expired ? '-expired' : ''}`);
    for (const [path, bytes] of published.files) {
      const file = join(dir, path);
      mkdirSync(dirname(file), { recursive: true });
      await writeFile(file, bytes);
      if (SHARD_PATH_PATTERN.test(path)) feed.shardDirs.set(path, dir);
    }
    const version = { manifest: published.manifest, dir };
    if (options.expired) feed.expiredVersion = version;
    else {
      feed.versions.set(doc.version, version);
      feed.current = doc.version;
    }
    return published.manifest;
  }

  return {
    origin,
    requests,
    async feed(name, feedId = name) {
      if (feeds.has(name)) throw new Error(`feed ${name} exists already`);
      const { key } = await generateSigningKey();
      const state: FeedState = {
        name,
        feedId,
        key,
        url: `${origin}/feeds/${name}/${MANIFEST_FILE}`,
        publicKey: key.trust.publicKey,
        current: 0,
        mode: { kind: 'valid' },
        versions: new Map(),
        shardDirs: new Map(),
        publishing: Promise.resolve(),
        publish(doc, options = {}) {
          const next = state.publishing.then(() => publishVersion(state, doc, options));
          state.publishing = next.catch(() => undefined);
          return next;
        },
      };
      feeds.set(name, state);
      return state;
    },
    page(path, html) {
      pages.set(path, html);
      return `${origin}${path}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(root, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
