/**
 * IndexedDB layout of the index store (pure types and constants).
 *
 * Every feed (the bundled index is the feed 'bundled') is kept as numbered generations; numbers
 * are unique across feeds. A generation is its row in 'generations' (meta, shard list) plus its
 * rows in 'blocks': events and entities 1,000 to a row, the compiled matcher's fields a few MB
 * to a row (generation-blocks.ts). A new version is staged as a fresh generation (block rows in
 * short transactions, then its shards, then its generation row); only then does the feed's small
 * pointer `meta['current:<feedId>']` flip to it, in one transaction with the feed's record
 * (trusted key, version, caching headers). Unreferenced generations and shards are deleted
 * afterwards. A reader reads the pointer and the generation's rows in one read-only transaction,
 * so it sees either the old or the new version, never a mix, and a failed or interrupted write
 * (quota, worker stopped) leaves the current one untouched.
 *
 * Version 1 had one pointer, `meta['current']`, and generation rows without a feed id: the
 * version 2 step (open-db.ts) makes them the 'bundled' feed's. Versions 1 and 2 kept one row per
 * event and entity (stores 'events' and 'entities', key [gen, id]) and the matcher inside the
 * generation row: the version 3 step converts them to block rows and drops those stores.
 */
import type { DBSchema } from 'idb';
import type { FeedProblemCode } from '../feed/problems';
import type { TrustedKey } from '../feed/keys';
import type { Entity, NewsEvent } from '../index-format/types';
import type { StoredMatcher } from '../matcher';

export const DB_NAME = 'backstory';
export const DB_VERSION = 3;

/** What we keep about a loaded index (IndexStatus in the protocol is the UI's subset). */
export interface IndexMeta {
  /** Publisher name. */
  publisher: string;
  title: string;
  homepage: string;
  version: number;
  events: number;
  entities: number;
  generated: string;
  expires: string;
  /** Epoch ms when this generation was written. */
  loadedAt: number;
  /** Format version of the stored matcher (null if the engine does not report one). */
  matcherFormat: number | null;
  /** Extension version that wrote this generation. */
  appVersion: string;
}

export interface GenerationRow {
  gen: number;
  /** The feed this generation belongs to. */
  feedId: string;
  meta: IndexMeta;
  /** sha256 of the feed shards this generation was assembled from (none for the bundled index). */
  shards: string[];
}

/** A feed shard's exact bytes, kept so that an update fetches only the shards it lacks. */
export interface ShardRow {
  sha256: string;
  bytes: Uint8Array;
}

/**
 * A feed's record: the subscription (address, trusted key, schedule, last error) or, for the
 * bundled index, only whether it is paused. Written together with the feed's pointer when a
 * version is installed, so the trusted key and the installed version never disagree.
 */
export interface FeedRecord {
  id: string;
  builtin: boolean;
  /** Manifest URL (subscriptions only). */
  url?: string;
  /** The manifest's own `id` (the extension's id may carry a suffix: lib/feeds/ids.ts). */
  manifestId?: string;
  /** Mirror base URLs of the installed manifest, tried in order when `url` fails. */
  mirrors?: string[];
  /** The key the feed's manifests must be signed with (after following rotations). */
  trust?: TrustedKey;
  paused: boolean;
  /** Preset at build time (BACKSTORY_PRESET_FEEDS). */
  preset?: boolean;
  /** Caching headers of the installed manifest. */
  etag?: string;
  lastModified?: string;
  /** The manifest's refresh hint. */
  refreshSeconds?: number;
  /** Epoch ms: added, last successful check, next check. */
  added: number;
  lastSuccess?: number;
  nextCheck?: number;
  /** Failed checks in a row (backoff). */
  failures: number;
  /** The last check found the feed expired (the installed version is kept, marked stale). */
  expired?: boolean;
  error?: { code: FeedProblemCode; message: string };
}

/** A generation row as versions 1 and 2 stored it (read only by the upgrade steps). */
export interface LegacyGenerationRow extends Partial<GenerationRow> {
  gen: number;
  matcher?: StoredMatcher;
}

/** Versions 1 and 2: one row per event or entity, key [gen, id] (read only by the upgrade steps). */
export interface LegacyEventRow {
  gen: number;
  id: string;
  event: NewsEvent;
}

export interface LegacyEntityRow {
  gen: number;
  id: string;
  entity: Entity;
}

/** Key [gen, kind, n]: block n of a generation's events, entities or matcher fields. */
export type BlockRow =
  | { gen: number; kind: 'events'; n: number; events: NewsEvent[] }
  | { gen: number; kind: 'entities'; n: number; entities: Entity[] }
  /** `append`: the fields are further items of array fields begun in earlier rows (generation-blocks.ts). */
  | { gen: number; kind: 'matcher'; n: number; fields: Partial<StoredMatcher>; append?: true };

export interface CurrentPointer {
  generation: number;
}

export interface BackstoryDB extends DBSchema {
  /** Keys 'current:<feedId>': which generation of each feed readers use. */
  meta: { key: string; value: CurrentPointer };
  generations: { key: number; value: GenerationRow; indexes: { byFeed: string } };
  /** Key [gen, kind, n] (see BlockRow). */
  blocks: { key: [number, string, number]; value: BlockRow };
  /** Key sha256. */
  shards: { key: string; value: ShardRow };
  /** Key feed id. */
  feeds: { key: string; value: FeedRecord };
}

/** Version 1's single pointer (the bundled index). */
export const LEGACY_CURRENT_KEY = 'current';
const POINTER_PREFIX = 'current:';

export function pointerKey(feedId: string): string {
  return POINTER_PREFIX + feedId;
}

/** The feed id of a pointer key, or null for any other meta key. */
export function feedOfPointerKey(key: string): string | null {
  return key.startsWith(POINTER_PREFIX) ? key.slice(POINTER_PREFIX.length) : null;
}
