/**
 * loadFeed: fetches a published feed and checks it the way the extension installs it. Nothing is
 * stored here: the caller stores the result only when it is ok (all checks passed).
 */
import type { IndexDocument } from '../index-format/types';
import type { FeedManifest, ShardRef } from './format';
import type { TrustedKey } from './keys';
import type { Checked, FeedProblem } from './problems';
import type { FeedTransport } from './transport';

export type { FeedManifest, ShardRef } from './format';

export interface LoadFeedOptions {
  /** Epoch ms. */
  now: number;
  /** Refuse version < this (rollback); the same version is `unchanged`. */
  installedVersion?: number;
  /** Of the installed manifest: a 304 => { unchanged: true }. */
  etag?: string;
  lastModified?: string;
  /** Shards already stored by the extension, by sha256: not fetched again. */
  haveShard?: (sha256: string) => Promise<Uint8Array | undefined>;
  /** Mirror base URLs of the installed manifest: tried in order when feedUrl fails. */
  mirrors?: string[];
  /** The installed feed's id: a manifest with another id is refused. */
  feedId?: string;
}

export type LoadedFeed =
  | { unchanged: true }
  | {
      unchanged: false;
      manifest: FeedManifest;
      manifestBytes: Uint8Array;
      etag?: string;
      lastModified?: string;
      /** The key now trusted (after following a key change). */
      trust: TrustedKey;
      /** Validated (lib/index-format), assembled from all shards. */
      index: IndexDocument;
      shards: { ref: ShardRef; bytes: Uint8Array; fetched: boolean }[];
      transferredBytes: number;
      /** The manifest URL that served this version (feedUrl or a mirror's). */
      source: string;
      /** Entities and events left out by validation (code 'invalid', with shard path + JSON path). */
      dropped: FeedProblem[];
    };

/**
 * Fetch manifest+signature (+keys.json if needed) from feedUrl, then mirrors in order on failure;
 * verify the signature BEFORE parsing; caps before parsing; version/expiry checks; shards by hash.
 */
export async function loadFeed(
  feedUrl: string,
  trust: TrustedKey,
  transport: FeedTransport,
  opts: LoadFeedOptions,
): Promise<Checked<LoadedFeed>> {
  void feedUrl;
  void trust;
  void transport;
  void opts;
  throw new Error('loadFeed: not implemented yet');
}
