/** Shared helpers for feed tests: an in-memory host, keys, and feeds published from index fixtures. */
import { readFileSync } from 'node:fs';
import type { IndexDocument } from '../../../lib/index-format/types';
import { parseIndexJson } from '../../../lib/index-format/validate-index';
import { MANIFEST_FILE } from '../../../lib/feed/format';
import { generateSigningKey, type SigningKey } from '../../../lib/feed/keys';
import { FeedError, problems } from '../../../lib/feed/problems';
import { publishFeed, type PublishInput, type PublishedFeed } from '../../../lib/feed/publish';
import type { FeedTransport, FetchAnswer, GetOptions } from '../../../lib/feed/transport';

export const NOW = Date.parse('2026-01-10T00:00:00Z');
export const FEED_URL = 'https://feeds.example.org/news/feed.json';

export function defaultIndex(): IndexDocument {
  const result = parseIndexJson(readFileSync(new URL('../../../public/default-index.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('default index is invalid');
  return result.index;
}

/** The bundled index as a feed of version `version`, expiring after NOW. */
export function indexAt(version: number, change?: (doc: IndexDocument) => void): IndexDocument {
  const doc = structuredClone(defaultIndex());
  doc.version = version;
  doc.generated = '2026-01-01T00:00:00Z';
  doc.expires = '2026-03-01T00:00:00Z';
  change?.(doc);
  return doc;
}

let cachedKeys: SigningKey[] | undefined;
export async function keys(): Promise<SigningKey[]> {
  cachedKeys ??= await Promise.all([0, 1, 2, 3].map(async () => (await generateSigningKey()).key));
  return cachedKeys;
}

export async function publish(index: IndexDocument, key: SigningKey, extra: Partial<PublishInput> = {}): Promise<PublishedFeed> {
  return publishFeed({ index, key, feedId: 'example-news', refreshSeconds: 3600, now: NOW, ...extra });
}

export interface Request {
  url: string;
  opts: GetOptions;
}

/**
 * A static host in memory: folder base URL -> files. Records every request. `fail` makes a URL
 * unreachable; `notModified` answers 304 when the conditional headers match the given ETag.
 */
export class MemoryHost implements FeedTransport {
  readonly files = new Map<string, Uint8Array>();
  readonly requests: Request[] = [];
  readonly down = new Set<string>();
  etag = '"v1"';

  serve(base: string, feed: PublishedFeed | Map<string, Uint8Array>): this {
    const files = feed instanceof Map ? feed : feed.files;
    for (const [path, bytes] of files) this.files.set(new URL(path, base).href, bytes);
    return this;
  }

  async get(url: string, opts: GetOptions): Promise<FetchAnswer> {
    this.requests.push({ url, opts });
    if ([...this.down].some((prefix) => url.startsWith(prefix))) throw new FeedError(problems.unreachable(url, 'connection refused'));
    const bytes = this.files.get(url);
    if (bytes === undefined) throw new FeedError(problems.unreachable(url, 'HTTP 404'));
    if (url.endsWith(MANIFEST_FILE) && opts.etag === this.etag) return { status: 304 };
    if (bytes.length > opts.maxBytes) throw new FeedError(problems.tooLarge(url, opts.maxBytes));
    return { status: 200, bytes: bytes.slice(), etag: this.etag };
  }

  fetched(pathPart: string): number {
    return this.requests.filter((r) => r.url.includes(pathPart)).length;
  }
}

export const FOLDER = new URL('./', FEED_URL).href;

/** feed.json with exactly these bytes, signed by `key` (for manifests publishFeed would never write). */
export async function signedManifest(text: string | Uint8Array, key: SigningKey): Promise<Map<string, Uint8Array>> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const { formatSignatureLine, sign } = await import('../../../lib/feed/keys');
  return new Map([
    [MANIFEST_FILE, bytes],
    ['feed.json.sig', new TextEncoder().encode(formatSignatureLine(key.trust.keyId, await sign(key, bytes)))],
  ]);
}

export const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
export const json = (bytes: Uint8Array | undefined): any => JSON.parse(text(bytes));
