/**
 * loadFeed: fetches a published feed and checks it the way the extension installs it. Nothing is
 * stored here: the caller stores the result only when it is ok (all checks passed).
 */
import type { IndexDocument } from '../index-format/types';
import { validateIndexSteps } from '../index-format/validate-index';
import type { Steps } from '../steps/steps';
import { INDEX_FORMAT, INDEX_FORMAT_VERSION } from '../index-format/types';
import { sha256Hex } from './bytes';
import { FEED_LIMITS, KEYS_FILE, MANIFEST_FILE, SIGNATURE_FILE, type FeedManifest, type ShardRef } from './format';
import { followKeyChain } from './key-chain';
import { parseSignatureLine, verifySignature, type TrustedKey } from './keys';
import { parseManifest, parseShard } from './parse';
import { runSliced, type Slicing } from './slicing';
import { type Checked, FeedError, type FeedProblem, ok, problems, refused } from './problems';
import type { FeedTransport, FetchAnswer, GetOptions } from './transport';

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
  /** Parse and validate the shards in slices (the extension's worker); at once when absent. */
  slicing?: Slicing;
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
 * Never throws (a transport's unexpected error counts as 'unreachable').
 */
export async function loadFeed(
  feedUrl: string,
  trust: TrustedKey,
  transport: FeedTransport,
  opts: LoadFeedOptions,
): Promise<Checked<LoadedFeed>> {
  const sources = unique([feedUrl, ...(opts.mirrors ?? []).map(mirrorManifestUrl)]);
  const failed: FeedProblem[] = [];
  for (const [i, source] of sources.entries()) {
    const result = await loadFrom({ manifestUrl: source, primary: i === 0, feedUrl, trust, transport, opts });
    if (result.ok) return result;
    failed.push(...(i === 0 ? result.problems : result.problems.map((p) => ({ ...p, message: `${p.message} (mirror ${source})` }))));
  }
  return refused(...failed);
}

/** A mirror is a base URL serving the same folder: its feed.json is directly inside it. */
export function mirrorManifestUrl(base: string): string {
  return new URL(MANIFEST_FILE, base.endsWith('/') ? base : `${base}/`).href;
}

/** The signature sits beside the manifest: the manifest's URL + ".sig" (feed.json.sig). */
export function signatureUrl(manifestUrl: string): string {
  const url = new URL(manifestUrl);
  url.pathname += '.sig';
  return url.href;
}

const unique = (list: string[]) => [...new Set(list)];

async function get(transport: FeedTransport, url: string, options: GetOptions): Promise<FetchAnswer> {
  try {
    return await transport.get(url, options);
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError(problems.unreachable(url, error instanceof Error ? error.message.slice(0, 200) : String(error)));
  }
}

/** A 200 answer's bytes; a 304 where none was asked for counts as a broken answer. */
async function getBytes(transport: FeedTransport, url: string, maxBytes: number): Promise<Uint8Array> {
  const answer = await get(transport, url, { maxBytes });
  if (answer.status !== 200) throw new FeedError(problems.unreachable(url, `unexpected HTTP ${answer.status}`));
  if (answer.bytes.length > maxBytes) throw new FeedError(problems.tooLarge(url.split('/').pop() ?? url, maxBytes, answer.bytes.length));
  return answer.bytes;
}

/** One attempt: the feed's address (primary) or one mirror's manifest URL. */
interface Attempt {
  manifestUrl: string;
  primary: boolean;
  feedUrl: string;
  trust: TrustedKey;
  transport: FeedTransport;
  opts: LoadFeedOptions;
}

async function loadFrom(attempt: Attempt): Promise<Checked<LoadedFeed>> {
  try {
    return await checkSource(attempt);
  } catch (error) {
    if (error instanceof FeedError) return refused(error.problem);
    return refused(problems.unreachable(attempt.manifestUrl, error instanceof Error ? error.message.slice(0, 200) : String(error)));
  }
}

async function checkSource({ manifestUrl, primary, feedUrl, trust, transport, opts }: Attempt): Promise<Checked<LoadedFeed>> {
  // 1. The manifest's bytes, conditionally (a 304 costs nothing more), then its signature line.
  const conditional: GetOptions = { maxBytes: FEED_LIMITS.manifestBytes };
  if (primary && opts.etag !== undefined) conditional.etag = opts.etag;
  if (primary && opts.lastModified !== undefined) conditional.lastModified = opts.lastModified;
  const answer = await get(transport, manifestUrl, conditional);
  if (answer.status === 304) {
    if (conditional.etag === undefined && conditional.lastModified === undefined) {
      return refused(problems.unreachable(manifestUrl, 'unexpected HTTP 304'));
    }
    return ok({ unchanged: true });
  }
  const manifestBytes = answer.bytes;
  if (manifestBytes.length > FEED_LIMITS.manifestBytes) {
    return refused(problems.tooLarge(MANIFEST_FILE, FEED_LIMITS.manifestBytes, manifestBytes.length));
  }
  let transferredBytes = manifestBytes.length;
  const sigBytes = await getBytes(transport, signatureUrl(manifestUrl), FEED_LIMITS.signatureBytes);
  transferredBytes += sigBytes.length;
  const sigLine = parseSignatureLine(new TextDecoder().decode(sigBytes));
  if (sigLine === undefined) {
    return refused(problems.badSignatureFile(SIGNATURE_FILE, 'is not one line "ed25519 <key id> <base64 signature>"'));
  }

  // 2. The key: the trusted one, or one the trusted key led to through keys.json.
  let key = trust;
  let chainFeeds: string[] = [];
  if (sigLine.keyId !== trust.keyId) {
    let keysBytes: Uint8Array;
    try {
      keysBytes = await getBytes(transport, new URL(KEYS_FILE, manifestUrl).href, FEED_LIMITS.keysBytes);
    } catch (error) {
      // No keys.json: nothing leads from the trusted key to the signing key.
      if (error instanceof FeedError && error.problem.code === 'unreachable') return refused(problems.wrongKey(sigLine.keyId));
      throw error;
    }
    transferredBytes += keysBytes.length;
    const chain = await followKeyChain(trust, sigLine.keyId, keysBytes);
    if (!chain.ok) return chain;
    key = chain.value.key;
    chainFeeds = chain.value.feeds;
  }

  // 3. Signature over the exact bytes, before anything reads them.
  if (!(await verifySignature(key, sigLine.signature, manifestBytes))) return refused(problems.signature(MANIFEST_FILE));

  // 4. Now the manifest may be parsed.
  const parsed = parseManifest(manifestBytes);
  if (!parsed.ok) return parsed;
  const manifest = parsed.value;
  if (manifest.keyId !== sigLine.keyId) {
    return refused(problems.invalid('feed.json: keyId', `names key ${manifest.keyId}, but key ${sigLine.keyId} signed it`));
  }
  const otherFeed = chainFeeds.find((id) => id !== manifest.id);
  if (otherFeed !== undefined) return refused(problems.brokenKeyChain(KEYS_FILE, `a key change is for feed "${otherFeed}", not "${manifest.id}"`));
  if (opts.feedId !== undefined && manifest.id !== opts.feedId) {
    return refused(problems.invalid('feed.json: id', `is "${manifest.id}", but the installed feed is "${opts.feedId}"`));
  }

  // 5. Rollback and freeze.
  if (opts.installedVersion !== undefined) {
    if (manifest.version < opts.installedVersion) return refused(problems.rollback(manifest.version, opts.installedVersion));
    if (manifest.version === opts.installedVersion) return ok({ unchanged: true });
  }
  if (opts.now >= Date.parse(manifest.expires)) return refused(problems.expired(manifest.expires));

  // 6. Shards: stored ones are reused, others fetched from this source, then the other sources.
  const bases = unique([manifestUrl, feedUrl, ...(manifest.mirrors ?? []).map(mirrorManifestUrl), ...(opts.mirrors ?? []).map(mirrorManifestUrl)]);
  const shards = await mapLimit(manifest.shards, SHARD_CONCURRENCY, (ref) => shardBytes(ref, bases, transport, opts));
  for (const shard of shards) if (shard.fetched) transferredBytes += shard.bytes.length;

  // 7. Assemble and validate the index content; drops are reported with the shard's path.
  const assembled = await runSliced(assemble(manifest, shards), opts.slicing);
  if (!assembled.ok) return assembled;

  const loaded: LoadedFeed = {
    unchanged: false,
    manifest,
    manifestBytes,
    trust: key,
    index: assembled.value.index,
    shards,
    transferredBytes,
    source: manifestUrl,
    dropped: assembled.value.dropped,
  };
  if (answer.etag !== undefined) loaded.etag = answer.etag;
  if (answer.lastModified !== undefined) loaded.lastModified = answer.lastModified;
  return ok(loaded);
}

/** Enough parallel requests to hide latency, few enough to be polite to a small host. */
const SHARD_CONCURRENCY = 6;

async function shardBytes(
  ref: ShardRef,
  bases: string[],
  transport: FeedTransport,
  opts: LoadFeedOptions,
): Promise<{ ref: ShardRef; bytes: Uint8Array; fetched: boolean }> {
  const stored = await opts.haveShard?.(ref.sha256);
  if (stored !== undefined && stored.length === ref.bytes && (await sha256Hex(stored)) === ref.sha256) {
    return { ref, bytes: stored, fetched: false };
  }
  let first: FeedProblem | undefined;
  for (const base of bases) {
    try {
      const bytes = await getBytes(transport, new URL(ref.path, base).href, ref.bytes);
      if (bytes.length !== ref.bytes || (await sha256Hex(bytes)) !== ref.sha256) throw new FeedError(problems.hashMismatch(ref.path));
      return { ref, bytes, fetched: true };
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      first ??= error.problem.code === 'too-large' ? problems.hashMismatch(ref.path) : error.problem;
    }
  }
  throw new FeedError(first ?? problems.unreachable(ref.path, 'no source'));
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (next < items.length && failure === undefined) {
      const i = next++;
      try {
        out[i] = await fn(items[i]!);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure !== undefined) throw failure;
  return out;
}

/** Where each shard's items start in the assembled index, to name the shard in problems. */
interface Span {
  path: string;
  entities: number;
  concepts: number;
  events: number;
}

/** At most this many dropped-item problems are reported (the count says how many there were). */
const MAX_DROPPED_REPORTED = 100;

/** Parses the shards (one step each), then validates the whole (validateIndexSteps: one step per item). */
function* assemble(
  manifest: FeedManifest,
  shards: { ref: ShardRef; bytes: Uint8Array }[],
): Steps<Checked<{ index: IndexDocument; dropped: FeedProblem[] }>> {
  const entities: unknown[] = [];
  const concepts: unknown[] = [];
  const events: unknown[] = [];
  const spans: Span[] = [];
  let hasConcepts = false;
  for (const shard of shards) {
    yield;
    const parsed = parseShard(shard.ref.path, shard.bytes);
    if (!parsed.ok) return parsed;
    spans.push({ path: shard.ref.path, entities: entities.length, concepts: concepts.length, events: events.length });
    for (const item of parsed.value.entities) entities.push(item);
    if (parsed.value.concepts !== undefined) hasConcepts = true;
    for (const item of parsed.value.concepts ?? []) concepts.push(item);
    for (const item of parsed.value.events) events.push(item);
  }
  const document = {
    format: INDEX_FORMAT,
    formatVersion: INDEX_FORMAT_VERSION,
    version: manifest.version,
    title: manifest.title,
    ...(manifest.language === undefined ? {} : { language: manifest.language }),
    publisher: manifest.publisher,
    ...(manifest.homepage === undefined ? {} : { homepage: manifest.homepage }),
    generated: manifest.generated,
    expires: manifest.expires,
    entities,
    ...(hasConcepts ? { concepts } : {}),
    events,
  };
  const result = yield* validateIndexSteps(document);
  const locate = (path: string) => locateInShard(path, spans);
  if (!result.ok) return refused(...result.errors.map((issue) => problems.invalid(locate(issue.path), issue.message)));
  const dropped: FeedProblem[] = [];
  for (const item of result.dropped) {
    for (const issue of item.issues) dropped.push(problems.invalid(locate(issue.path), issue.message));
  }
  return ok({ index: result.index, dropped: dropped.slice(0, MAX_DROPPED_REPORTED) });
}

/** "events[1234].sources[0].url" in the assembled index -> "shards/<sha>.json: events[12].sources[0].url". */
export function locateInShard(path: string, spans: readonly Span[]): string {
  const m = /^(entities|concepts|events)\[(\d+)\](.*)$/.exec(path);
  if (!m) return path === '(root)' ? MANIFEST_FILE : `${MANIFEST_FILE}: ${path}`;
  const kind = m[1] as 'entities' | 'concepts' | 'events';
  const index = Number(m[2]);
  // Starts never decrease, and a shard with none of `kind` shares its start with the next one
  // that has some: the last shard starting at or before the index holds the item.
  let span: Span | undefined;
  for (const s of spans) if (s[kind] <= index) span = s;
  if (span === undefined) return path;
  return `${span.path}: ${kind}[${index - span[kind]}]${m[3]}`;
}
