/**
 * Feed format v1: the published folder (feed.json, feed.json.sig, keys.json, shards/<sha256>.json)
 * as types, constants and size caps. See README "Feed format" and feed.schema.json.
 */
import type { Concept, Entity, LanguageCode, NewsEvent, Publisher } from '../index-format/types';

export const FEED_FORMAT = 'backstory-feed';
export const SHARD_FORMAT = 'backstory-shard';
export const KEYS_FORMAT = 'backstory-keys';
export const KEY_CHANGE_FORMAT = 'backstory-key-change';
export const FEED_FORMAT_VERSION = 1;

export const MANIFEST_FILE = 'feed.json';
export const SIGNATURE_FILE = 'feed.json.sig';
export const KEYS_FILE = 'keys.json';
export const SHARD_DIR = 'shards';

/**
 * Caps checked before anything is parsed (a transport stops reading past them). A 100k-event
 * generated feed is about 45 MB in about 2,400 shards with a 0.3 MB manifest; the index format
 * itself allows at most 100k events and 100k entities.
 */
export const FEED_LIMITS = {
  manifestBytes: 2 * 1024 * 1024,
  signatureBytes: 1024,
  keysBytes: 64 * 1024,
  shardBytes: 4 * 1024 * 1024,
  /** Sum of all shards' bytes. */
  feedBytes: 64 * 1024 * 1024,
  shards: 10_000,
  mirrors: 8,
  keyChanges: 32,
  /** Bounds of the refresh hint, in seconds (a minute to 30 days). The extension applies its own bounds too. */
  refreshMin: 60,
  refreshMax: 30 * 24 * 3600,
} as const;

export const FEED_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const SHARD_PATH_PATTERN = /^shards\/([0-9a-f]{64})\.json$/;
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

export interface ShardRef {
  /** Relative to the folder of feed.json: `shards/<sha256>.json`. */
  path: string;
  bytes: number;
  /** Lowercase hex SHA-256 of the shard's exact bytes. */
  sha256: string;
}

export interface FeedManifest {
  format: typeof FEED_FORMAT;
  formatVersion: typeof FEED_FORMAT_VERSION;
  /** The publisher's choice: lowercase letters, digits and dashes. */
  id: string;
  title: string;
  publisher: Publisher;
  homepage?: string;
  language?: LanguageCode;
  /** Increases with every release. */
  version: number;
  generated: string;
  expires: string;
  refresh: { seconds: number };
  /** Id of the key that signed this manifest (lib/feed/keys.ts). */
  keyId: string;
  /** Base URLs of other hosts serving the same folder, tried in order when one fails. */
  mirrors?: string[];
  shards: ShardRef[];
}

/**
 * One shard: a slice of the index's entities, concepts or events (index format v1 items).
 * `concepts` is written only by shards that hold some, so a feed without concepts has the same
 * bytes (and hashes) as before concepts existed.
 */
export interface ShardDocument {
  format: typeof SHARD_FORMAT;
  formatVersion: typeof FEED_FORMAT_VERSION;
  entities: Entity[];
  concepts?: Concept[];
  events: NewsEvent[];
}

/** keys.json: the feed's key changes, each signed by the key it leaves. */
export interface KeysDocument {
  format: typeof KEYS_FORMAT;
  formatVersion: typeof FEED_FORMAT_VERSION;
  changes: SignedKeyChange[];
}

export interface SignedKeyChange {
  /** keyId of the key that signed `statement` (the key being left). */
  from: string;
  /** Standard base64 of the statement's exact UTF-8 JSON bytes (a KeyChange). */
  statement: string;
  /** Standard base64 of the Ed25519 signature over those bytes by the `from` key. */
  signature: string;
}

/** What a key change says, once its signature has been checked. */
export interface KeyChange {
  format: typeof KEY_CHANGE_FORMAT;
  formatVersion: typeof FEED_FORMAT_VERSION;
  /** The feed id the change is for. */
  feed: string;
  from: string;
  /** Public key text of the new key. */
  to: string;
  /** When the change was made (ISO date-time). */
  date: string;
}

export const shardPath = (sha256: string): string => `${SHARD_DIR}/${sha256}.json`;
