/**
 * The publisher's side (pure, no file system): turns a validated index into the files of a feed
 * folder, signed. The CLI (lib/cli/index-cli.ts) reads and writes the files.
 */
import type { IndexDocument } from '../index-format/types';
import { sha256Hex, utf8 } from './bytes';
import {
  FEED_FORMAT,
  FEED_FORMAT_VERSION,
  FEED_ID_PATTERN,
  FEED_LIMITS,
  KEYS_FILE,
  KEYS_FORMAT,
  MANIFEST_FILE,
  SIGNATURE_FILE,
  shardPath,
  type FeedManifest,
  type KeysDocument,
  type ShardRef,
} from './format';
import { makeKeyChange } from './key-chain';
import { formatSignatureLine, sign, type SigningKey } from './keys';
import { isAllowedFeedUrl } from './feed-address';
import { shardIndex } from './sharding';

export const DEFAULT_REFRESH_SECONDS = 6 * 3600;

export interface PublishInput {
  /** Validated (lib/index-format/validate-index.ts), with nothing dropped. */
  index: IndexDocument;
  key: SigningKey;
  feedId: string;
  refreshSeconds: number;
  mirrors?: string[];
  /** The feed as last published (its feed.json and keys.json), when there is one. */
  previous?: { manifest: FeedManifest; keys?: KeysDocument };
  /** Publish under `key` with a key change signed by this (the key readers trust now). */
  rotateFrom?: SigningKey;
  /** Epoch ms: the date of a key change, and to refuse an index that has already expired. */
  now: number;
}

export interface PublishedFeed {
  manifest: FeedManifest;
  /** Path inside the folder -> exact bytes: feed.json, feed.json.sig, keys.json (if any), shards/... */
  files: Map<string, Uint8Array>;
  /** Shard paths the previous version already had (a subscriber does not fetch them again). */
  reused: string[];
  /** Shard paths that are new in this version. */
  added: string[];
}

/** Throws an Error with a one-line message when the feed cannot be published as asked. */
export async function publishFeed(input: PublishInput): Promise<PublishedFeed> {
  const { index, key, previous, rotateFrom } = input;
  if (!FEED_ID_PATTERN.test(input.feedId)) {
    throw new Error(`feed id ${JSON.stringify(input.feedId)} must be lowercase letters, digits and dashes (at most 64)`);
  }
  if (!Number.isInteger(input.refreshSeconds) || input.refreshSeconds < FEED_LIMITS.refreshMin || input.refreshSeconds > FEED_LIMITS.refreshMax) {
    throw new Error(`refresh must be a whole number of seconds from ${FEED_LIMITS.refreshMin} to ${FEED_LIMITS.refreshMax}`);
  }
  const mirrors = input.mirrors ?? [];
  if (mirrors.length > FEED_LIMITS.mirrors) throw new Error(`at most ${FEED_LIMITS.mirrors} mirrors`);
  for (const mirror of mirrors) if (!isAllowedFeedUrl(mirror)) throw new Error(`mirror ${JSON.stringify(mirror)} must be an https URL`);
  if (Date.parse(index.expires) <= input.now) {
    throw new Error(`the index expired on ${index.expires}: readers would refuse it; set a later "expires"`);
  }
  if (previous !== undefined) {
    if (previous.manifest.id !== input.feedId) {
      throw new Error(`the previous feed's id is "${previous.manifest.id}", not "${input.feedId}"`);
    }
    if (index.version <= previous.manifest.version) {
      throw new Error(`version ${index.version} is not above the previous version ${previous.manifest.version}: raise "version" in the index`);
    }
    const expected = rotateFrom ?? key;
    if (previous.manifest.keyId !== expected.trust.keyId) {
      throw new Error(
        rotateFrom === undefined
          ? `the previous feed is signed by key ${previous.manifest.keyId}, not by this key (${key.trust.keyId}); to change keys use --rotate-from with the previous key`
          : `the previous feed is signed by key ${previous.manifest.keyId}, not by the --rotate-from key (${rotateFrom.trust.keyId})`,
      );
    }
  }

  const files = new Map<string, Uint8Array>();
  const changes = [...(previous?.keys?.changes ?? [])];
  if (rotateFrom !== undefined) {
    if (rotateFrom.trust.keyId === key.trust.keyId) throw new Error('--rotate-from is the same key as --key');
    changes.push(await makeKeyChange(rotateFrom, key.trust, input.feedId, new Date(input.now).toISOString()));
  }
  if (changes.length > FEED_LIMITS.keyChanges) throw new Error(`at most ${FEED_LIMITS.keyChanges} key changes fit in ${KEYS_FILE}`);
  if (changes.length > 0) {
    const keys: KeysDocument = { format: KEYS_FORMAT, formatVersion: FEED_FORMAT_VERSION, changes };
    files.set(KEYS_FILE, utf8(`${JSON.stringify(keys, null, 2)}\n`));
  }

  const refs: ShardRef[] = [];
  for (const shard of shardIndex(index)) {
    const sha256 = await sha256Hex(shard.bytes);
    const path = shardPath(sha256);
    if (files.has(path)) continue;
    files.set(path, shard.bytes);
    refs.push({ path, bytes: shard.bytes.length, sha256 });
  }
  if (refs.length > FEED_LIMITS.shards) throw new Error(`the index needs ${refs.length} shards; at most ${FEED_LIMITS.shards} are allowed`);
  const total = refs.reduce((sum, ref) => sum + ref.bytes, 0);
  if (total > FEED_LIMITS.feedBytes) throw new Error(`the feed would be ${total} bytes; at most ${FEED_LIMITS.feedBytes} are allowed`);

  const manifest: FeedManifest = {
    format: FEED_FORMAT,
    formatVersion: FEED_FORMAT_VERSION,
    id: input.feedId,
    title: index.title,
    publisher: index.publisher.url === undefined ? { name: index.publisher.name } : { name: index.publisher.name, url: index.publisher.url },
    ...(index.homepage === undefined ? {} : { homepage: index.homepage }),
    ...(index.language === undefined ? {} : { language: index.language }),
    version: index.version,
    generated: index.generated,
    expires: index.expires,
    refresh: { seconds: input.refreshSeconds },
    keyId: key.trust.keyId,
    ...(mirrors.length === 0 ? {} : { mirrors }),
    shards: refs,
  };
  const manifestBytes = utf8(manifestText(manifest));
  if (manifestBytes.length > FEED_LIMITS.manifestBytes) throw new Error(`feed.json would be over ${FEED_LIMITS.manifestBytes} bytes`);
  files.set(MANIFEST_FILE, manifestBytes);
  files.set(SIGNATURE_FILE, utf8(formatSignatureLine(key.trust.keyId, await sign(key, manifestBytes))));

  const before = new Set(previous?.manifest.shards.map((ref) => ref.path) ?? []);
  return {
    manifest,
    files,
    reused: refs.filter((ref) => before.has(ref.path)).map((ref) => ref.path),
    added: refs.filter((ref) => !before.has(ref.path)).map((ref) => ref.path),
  };
}

/** feed.json as text: readable (2-space indent), one line per shard so that it stays compact. */
export function manifestText(manifest: FeedManifest): string {
  const { shards, ...head } = manifest;
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const lines = shards.map((ref) => `    ${JSON.stringify(ref)}`).join(',\n');
  return `${top},\n  "shards": [\n${lines}\n  ]\n}\n`;
}

/**
 * A first release's feed id when --id is not given: the index's title (else its publisher's name)
 * in lowercase ASCII letters, digits and dashes ("Example Local News events" ->
 * "example-local-news-events"), or undefined when neither has any.
 */
export function defaultFeedId(...names: string[]): string | undefined {
  for (const name of names) {
    const slug = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '').slice(0, 64).replace(/-+$/, '');
    if (FEED_ID_PATTERN.test(slug)) return slug;
  }
  return undefined;
}
