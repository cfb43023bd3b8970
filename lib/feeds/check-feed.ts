/**
 * Subscribing to a feed and checking it for a new version (pure: IndexedDB through lib/store and
 * the network through the FeedTransport it is given).
 *
 * Nothing is stored until loadFeed (lib/feed) has passed every check (signature, key, hashes,
 * sizes, version, expiry, validation) and the matcher is compiled; then the new generation is
 * staged and the feed's pointer flips to it together with its record (index-store.ts). Any
 * failure leaves the installed version serving and is recorded as the feed's last error, with the
 * next check backed off; an expired manifest is not applied and marks the feed stale.
 */
import { loadFeed, type LoadedFeed } from '../feed/load-feed';
import { parsePublicKey } from '../feed/keys';
import { problems, type FeedProblem } from '../feed/problems';
import type { Slicing } from '../feed/slicing';
import type { FeedTransport } from '../feed/transport';
import type { IndexDocument } from '../index-format/types';
import { MATCHER_FORMAT, toStored, type CompiledMatcher } from '../matcher';
import { updateFeedRecord } from '../store/feed-records';
import { getShard, IndexWriteError, readCurrentMeta, writeGeneration } from '../store/index-store';
import type { IndexDb } from '../store/open-db';
import type { FeedRecord, IndexMeta } from '../store/schema';
import { compileFeedIndex } from './compile-feed';
import { measureStage } from './install-timing';
import { checkFeedUrl } from './feed-url';
import { allocateFeedId } from './ids';
import { nextCheckAfterFailure, nextCheckAfterSuccess, type ScheduleBounds } from './schedule';

export interface FeedCheckDeps {
  db: IndexDb;
  transport: FeedTransport;
  now: () => number;
  bounds: ScheduleBounds;
  appVersion: string;
  /** Install in slices (the worker: pages are answered meanwhile); at once when absent. */
  slicing?: Slicing;
}

/** A freshly installed version, for the worker to serve without reading it back. */
export interface InstalledVersion {
  feedId: string;
  doc: IndexDocument;
  matcher: CompiledMatcher;
  meta: IndexMeta;
}

export type CheckOutcome =
  | { kind: 'installed'; record: FeedRecord; installed: InstalledVersion }
  | { kind: 'unchanged'; record: FeedRecord }
  /** Not applied (the installed version keeps serving); `record.error` says why. */
  | { kind: 'refused'; record: FeedRecord; problem: FeedProblem }
  /** The feed was removed meanwhile. */
  | { kind: 'removed' };

/** Thrown by subscribeFeed: nothing was stored. `problems` when the feed itself was refused. */
export class SubscribeError extends Error {
  override readonly name = 'SubscribeError';
  constructor(
    message: string,
    readonly problems: FeedProblem[] = [],
  ) {
    super(message);
  }
}

/** Checks a subscribed feed once: installs a newer version, or records why not. */
export async function checkFeed(record: FeedRecord, deps: FeedCheckDeps): Promise<CheckOutcome> {
  if (record.builtin || !record.url || !record.trust) throw new Error(`feed ${record.id} has no address to check`);
  const now = deps.now();
  const installed = await readCurrentMeta(deps.db, record.id);
  const result = await load(record.url, record.trust, deps, {
    now,
    ...(installed ? { installedVersion: installed.version } : {}),
    ...(installed && record.etag !== undefined ? { etag: record.etag } : {}),
    ...(installed && record.lastModified !== undefined ? { lastModified: record.lastModified } : {}),
    ...(record.mirrors ? { mirrors: record.mirrors } : {}),
    ...(record.manifestId ? { feedId: record.manifestId } : {}),
  });
  if (!result.ok) return refuse(record.id, result.problems, deps, now);
  if (result.value.unchanged) {
    const next = await updateFeedRecord(deps.db, record.id, (r) => ({
      ...succeeded(r, now, deps.bounds),
      expired: false,
    }));
    return next ? { kind: 'unchanged', record: next } : { kind: 'removed' };
  }
  return install(result.value, record, deps, now, { mustExist: true });
}

/**
 * Subscribes: checks the address and key, loads the feed and installs it, all before anything
 * is stored. Throws SubscribeError with a plain message when any of that fails.
 */
export async function subscribeFeed(
  input: { url: string; publicKey: string; preset?: boolean },
  existing: readonly FeedRecord[],
  deps: FeedCheckDeps,
): Promise<Extract<CheckOutcome, { kind: 'installed' }>> {
  const url = checkFeedUrl(input.url);
  if (!url.ok) throw new SubscribeError(url.message);
  const key = parsePublicKey(input.publicKey.trim());
  if (!key.ok) throw new SubscribeError(`The public key is not usable: ${key.problems.map((p) => p.message).join('; ')}`, key.problems);
  if (existing.some((r) => r.url === url.url)) throw new SubscribeError('You already subscribe to this feed.');
  const now = deps.now();
  const result = await load(url.url, key.value, deps, { now });
  if (!result.ok) throw new SubscribeError(describeProblems(result.problems), result.problems);
  if (result.value.unchanged) throw new SubscribeError('The feed server answered "not modified" to a first request.');
  const id = allocateFeedId(result.value.manifest.id, new Set(existing.map((r) => r.id)));
  const record: FeedRecord = {
    id,
    builtin: false,
    url: url.url,
    trust: key.value,
    paused: false,
    added: now,
    failures: 0,
    ...(input.preset ? { preset: true } : {}),
  };
  const outcome = await install(result.value, record, deps, now, { mustExist: false });
  if (outcome.kind !== 'installed') {
    throw new SubscribeError(outcome.kind === 'refused' ? outcome.problem.message : 'The feed was removed meanwhile.');
  }
  return outcome;
}

/** Plain words for a refused feed: the first problems, one after the other. */
export function describeProblems(list: readonly FeedProblem[]): string {
  if (list.length === 0) return 'The feed was refused.';
  const shown = list.slice(0, 3).map((p) => p.message);
  return list.length > 3 ? `${shown.join('; ')}; and ${list.length - 3} more` : shown.join('; ');
}

async function load(
  url: string,
  trust: NonNullable<FeedRecord['trust']>,
  deps: FeedCheckDeps,
  opts: Omit<Parameters<typeof loadFeed>[3], 'haveShard' | 'slicing'>,
) {
  const start = performance.now();
  try {
    return await loadFeed(url, trust, deps.transport, {
      ...opts,
      haveShard: (sha) => getShard(deps.db, sha),
      ...(deps.slicing ? { slicing: deps.slicing } : {}),
    });
  } catch (err) {
    // loadFeed reports problems as data; anything thrown is unexpected, but must not lose the feed.
    return { ok: false as const, problems: [problems.unreachable(url, err instanceof Error ? err.message : String(err))] };
  } finally {
    measureStage('feed-load', start);
  }
}

async function install(
  loaded: Extract<LoadedFeed, { unchanged: false }>,
  record: FeedRecord,
  deps: FeedCheckDeps,
  now: number,
  options: { mustExist: boolean },
): Promise<CheckOutcome> {
  const { manifest, index: doc } = loaded;
  let matcher: CompiledMatcher;
  const start = performance.now();
  try {
    matcher = await compileFeedIndex(doc, deps.slicing);
  } catch (err) {
    return refuse(record.id, [problems.invalid('feed', `could not be compiled: ${err instanceof Error ? err.message : String(err)}`)], deps, now);
  }
  const compiled = measureStage('feed-compile', start);
  const meta: IndexMeta = {
    publisher: manifest.publisher.name,
    title: manifest.title,
    homepage: manifest.homepage ?? '',
    version: manifest.version,
    events: doc.events.length,
    entities: doc.entities.length,
    generated: manifest.generated,
    expires: manifest.expires,
    loadedAt: now,
    matcherFormat: MATCHER_FORMAT,
    appVersion: deps.appVersion,
  };
  const next: FeedRecord = {
    ...succeeded(record, now, deps.bounds, manifest.refresh.seconds),
    trust: loaded.trust,
    manifestId: manifest.id,
    refreshSeconds: manifest.refresh.seconds,
    expired: false,
  };
  delete next.etag;
  delete next.lastModified;
  delete next.mirrors;
  if (loaded.etag !== undefined) next.etag = loaded.etag;
  if (loaded.lastModified !== undefined) next.lastModified = loaded.lastModified;
  if (manifest.mirrors?.length) next.mirrors = [...manifest.mirrors];
  try {
    await writeGeneration(
      deps.db,
      {
        feedId: record.id,
        doc,
        matcher: toStored(matcher),
        meta,
        shards: loaded.shards.map((s) => ({ sha256: s.ref.sha256, bytes: s.bytes, stored: !s.fetched })),
      },
      { record: next, mustExist: options.mustExist },
    );
  } catch (err) {
    if (err instanceof IndexWriteError && err.removed) return { kind: 'removed' };
    const detail = err instanceof Error ? err.message : String(err);
    return refuse(record.id, [problems.storageFull(detail)], deps, now, options.mustExist ? undefined : record);
  }
  measureStage('feed-store', compiled);
  return { kind: 'installed', record: next, installed: { feedId: record.id, doc, matcher, meta } };
}

function succeeded(record: FeedRecord, now: number, bounds: ScheduleBounds, hint = record.refreshSeconds): FeedRecord {
  const next: FeedRecord = { ...record, lastSuccess: now, nextCheck: nextCheckAfterSuccess(now, hint, bounds), failures: 0 };
  delete next.error;
  return next;
}

/**
 * Records a refusal on the feed's stored record. An expired manifest is the publisher's current
 * word, not a failure to reach it: the feed is marked stale and checked again on its schedule.
 * Other problems count as failures and back off.
 */
async function refuse(
  feedId: string,
  list: readonly FeedProblem[],
  deps: FeedCheckDeps,
  now: number,
  unsaved?: FeedRecord,
): Promise<CheckOutcome> {
  const problem = list[0] ?? problems.unreachable(feedId, 'no answer');
  const error = { code: problem.code, message: describeProblems(list) };
  const change = (r: FeedRecord): FeedRecord =>
    problem.code === 'expired'
      ? { ...r, expired: true, error, nextCheck: nextCheckAfterSuccess(now, r.refreshSeconds, deps.bounds) }
      : { ...r, failures: r.failures + 1, error, nextCheck: nextCheckAfterFailure(now, r.failures + 1, deps.bounds) };
  if (unsaved) return { kind: 'refused', record: change(unsaved), problem: { ...problem, message: error.message } };
  const next = await updateFeedRecord(deps.db, feedId, change);
  return next ? { kind: 'refused', record: next, problem: { ...problem, message: error.message } } : { kind: 'removed' };
}
