/**
 * The event indexes in the worker: one per feed (the bundled index is the feed 'bundled').
 * Each is restored lazily from IndexedDB on the first message that needs it (the worker may have
 * been stopped since: nothing lives only in memory). The bundled one is (re)installed from
 * public/default-index.json (with the matcher the build compiled from it, else compiled here) on
 * install/update, or when nothing usable is stored. A feed's new
 * version replaces its index in memory only once it is stored and current (installed()), so
 * pages are answered from the old version until then.
 *
 * Writers (bundled install, feed updates, removal) run one at a time through exclusive().
 */
import { keptEvent } from '../../lib/feeds/kept-events';
import type { Entity, IndexDocument, NewsEvent } from '@/lib/index-format/types';
import { BUNDLED_FEED_ID } from '@/lib/feeds/ids';
import { eventFeed } from '@/lib/feeds/status';
import { measureStage } from '@/lib/feeds/install-timing';
import type { InstalledVersion } from '@/lib/feeds/check-feed';
import { fromStored, MATCHER_FORMAT, toStored, type CompiledMatcher } from '@/lib/matcher';
import { compileFeedIndex } from '@/lib/feeds/compile-feed';
import { runSliced, type Slicing } from '@/lib/feed/slicing';
import type { Steps } from '@/lib/steps/steps';
import type { EventFeed } from '@/lib/domain/event';
import { buildSearchCorpus, type SearchCorpus } from '@/lib/search/search-events';
import { listFeedRecords } from '@/lib/store/feed-records';
import { collectGarbage, metaFor, readCurrent, readCurrentMeta, writeGeneration, type IndexSnapshot } from '@/lib/store/index-store';
import type { IndexDb } from '@/lib/store/open-db';
import type { FeedRecord, IndexMeta } from '@/lib/store/schema';

/** One feed's index as the worker serves it. Event ids here are the feed's own. */
export interface FeedIndex {
  feedId: string;
  meta: IndexMeta;
  matcher: CompiledMatcher;
  lookup: (eventId: string) => NewsEvent | undefined;
  /** The search corpus, built on first use. */
  corpus: () => SearchCorpus;
  /** False when storing failed (quota...): served from memory, the stored index is unchanged. */
  persisted: boolean;
}

/** A feed taking part in matching, with what its cards say about it. */
export interface ActiveFeed {
  index: FeedIndex;
  feed: EventFeed;
}

/** The bundled index, validated, and the matcher the build compiled from it when usable. */
export interface BundledIndex {
  doc: IndexDocument;
  /** Null: compile `doc` (no usable precompiled matcher shipped with it). */
  matcher: CompiledMatcher | null;
}

export interface IndexLoaderDeps {
  openDb: () => Promise<IndexDb>;
  /** The bundled index; throws with a readable message when it is not usable. */
  loadBundled: () => Promise<BundledIndex>;
  now: () => number;
  appVersion: string;
  /** Where to report a failed write (the worker's console). */
  warn?: (message: string) => void;
  /** Compile in slices (pages are answered meanwhile); at once when absent. */
  slicing?: Slicing;
}

export interface IndexLoader {
  /** The bundled feed's index. */
  get(): Promise<FeedIndex>;
  /**
   * The bundled index's meta without loading the index when it is not in memory yet (a freshly
   * started worker answering the popup's 'index/status': one small read). Loads it like get()
   * when nothing usable is stored.
   */
  meta(): Promise<IndexMeta>;
  /** Rebuilds the bundled feed from the bundled index (install/update). */
  reinstall(): Promise<FeedIndex>;
  /** Every feed that takes part in matching (not paused, installed), the bundled one first. */
  active(): Promise<ActiveFeed[]>;
  /** One feed's index, or null when the feed has nothing installed. */
  feed(feedId: string): Promise<FeedIndex | null>;
  /** Feed records, by id, read once and kept until recordsChanged(). */
  records(): Promise<Map<string, FeedRecord>>;
  /** A feed's new version is stored and current: serve it from now on. */
  installed(version: InstalledVersion): Promise<void>;
  /** A feed was removed or its records changed: drop what is cached. */
  forget(feedId: string): void;
  recordsChanged(): void;
  /** Runs `task` after every earlier writer finished (one write at a time). */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

/** Events made ready to serve between two pause points (a 100k-event feed: 100 steps). */
const SERVED_PER_STEP = 1_000;

/**
 * A feed's index as the worker serves it: the events it keeps (keptEvent) and their ids. Made in
 * steps: at once, 100k events took 85-460 ms (Node, with its garbage collection), one task of the
 * worker right after an install or update.
 */
function* servedIndex(feedId: string, meta: IndexMeta, matcher: CompiledMatcher, all: readonly NewsEvent[], entities: readonly Entity[], persisted: boolean): Steps<FeedIndex> {
  const events: NewsEvent[] = [];
  const byId = new Map<string, NewsEvent>();
  for (let i = 0; i < all.length; i++) {
    if (i % SERVED_PER_STEP === 0) yield;
    const event = keptEvent(all[i]!);
    events.push(event);
    byId.set(event.id, event);
  }
  let corpus: SearchCorpus | undefined;
  return {
    feedId,
    meta,
    matcher,
    lookup: (id) => byId.get(id),
    corpus: () => (corpus ??= buildSearchCorpus(events, entities)),
    persisted,
  };
}

/** A subscribed feed stored by another engine version: recompile its matcher from its events. */
function recompiled(s: IndexSnapshot, slicing: Slicing | undefined): Promise<CompiledMatcher> {
  return compileFeedIndex({
    format: 'backstory-index',
    formatVersion: 1,
    version: s.meta.version,
    title: s.meta.title,
    publisher: { name: s.meta.publisher },
    generated: s.meta.generated,
    expires: s.meta.expires,
    entities: s.entities,
    events: s.events,
  }, slicing);
}

export function createIndexLoader(deps: IndexLoaderDeps): IndexLoader {
  const loaded = (...args: Parameters<typeof servedIndex>): Promise<FeedIndex> => runSliced(servedIndex(...args), deps.slicing);

  let bundled: Promise<FeedIndex> | null = null;
  const feeds = new Map<string, Promise<FeedIndex | null>>();
  let records: Promise<Map<string, FeedRecord>> | null = null;
  let writes: Promise<unknown> = Promise.resolve();

  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = writes.then(task);
    writes = run.catch(() => undefined);
    return run;
  }

  async function installBundled(): Promise<FeedIndex> {
    const start = performance.now();
    // The database opens meanwhile (on the first install it is created: a wait of its own).
    const opening = deps.openDb();
    opening.catch(() => undefined); // a failure is reported where it is awaited, below
    const { doc, matcher: shipped } = await deps.loadBundled();
    const matcher = shipped ?? (await compileFeedIndex(doc, deps.slicing));
    const stored = toStored(matcher);
    const meta = metaFor(doc, {
      loadedAt: deps.now(),
      matcherFormat: stored.format,
      appVersion: deps.appVersion,
    });
    let persisted = true;
    try {
      await exclusive(async () => {
        const db = await opening;
        await writeGeneration(db, { feedId: BUNDLED_FEED_ID, doc, matcher: stored, meta });
      });
    } catch (err) {
      persisted = false;
      deps.warn?.(`Backstory: keeping the stored index; ${err instanceof Error ? err.message : String(err)}`);
    }
    measureStage('bundled-install', start);
    return loaded(BUNDLED_FEED_ID, meta, matcher, doc.events, doc.entities, persisted);
  }

  async function restoreOrInstallBundled(): Promise<FeedIndex> {
    const snapshot = await readCurrent(await deps.openDb(), BUNDLED_FEED_ID);
    if (snapshot && snapshot.meta.matcherFormat === MATCHER_FORMAT) {
      try {
        return await loaded(BUNDLED_FEED_ID, snapshot.meta, fromStored(snapshot.matcher), snapshot.events, snapshot.entities, true);
      } catch {
        // Unreadable stored matcher: rebuild below.
      }
    }
    return installBundled();
  }

  async function restoreFeed(feedId: string): Promise<FeedIndex | null> {
    const snapshot = await readCurrent(await deps.openDb(), feedId);
    if (!snapshot) return null;
    let matcher: CompiledMatcher;
    try {
      matcher = fromStored(snapshot.matcher);
    } catch {
      matcher = await recompiled(snapshot, deps.slicing);
    }
    return loaded(feedId, snapshot.meta, matcher, snapshot.events, snapshot.entities, true);
  }

  function trackBundled(p: Promise<FeedIndex>): Promise<FeedIndex> {
    const tracked = p.catch((err: unknown) => {
      if (bundled === tracked) bundled = null; // the next message tries again
      throw err;
    });
    bundled = tracked;
    return tracked;
  }

  function getBundled(): Promise<FeedIndex> {
    return bundled ?? trackBundled(restoreOrInstallBundled());
  }

  function getFeed(feedId: string): Promise<FeedIndex | null> {
    if (feedId === BUNDLED_FEED_ID) return getBundled();
    let p = feeds.get(feedId);
    if (!p) {
      const tracked: Promise<FeedIndex | null> = restoreFeed(feedId).catch((err: unknown) => {
        if (feeds.get(feedId) === tracked) feeds.delete(feedId);
        throw err;
      });
      feeds.set(feedId, tracked);
      p = tracked;
    }
    return p;
  }

  function getRecords(): Promise<Map<string, FeedRecord>> {
    if (!records) {
      const reading = (async () => new Map((await listFeedRecords(await deps.openDb())).map((r) => [r.id, r])))();
      records = reading;
      reading.catch(() => {
        if (records === reading) records = null;
      });
    }
    return records;
  }

  return {
    get: getBundled,
    async meta() {
      if (!bundled) {
        const stored = await readCurrentMeta(await deps.openDb(), BUNDLED_FEED_ID);
        // Only a stored index that get() would restore as is (same engine format) answers here.
        if (stored && stored.matcherFormat === MATCHER_FORMAT && !bundled) return stored;
      }
      return (await getBundled()).meta;
    },
    reinstall() {
      const previous = bundled;
      return trackBundled(
        (async () => {
          await previous?.catch(() => undefined);
          return installBundled();
        })(),
      );
    },
    async active() {
      const byId = await getRecords();
      const now = deps.now();
      const order = [BUNDLED_FEED_ID, ...[...byId.values()].filter((r) => !r.builtin).sort((a, b) => a.added - b.added).map((r) => r.id)];
      const result: ActiveFeed[] = [];
      for (const id of order) {
        const record = byId.get(id);
        if (record?.paused) continue;
        const index = await getFeed(id);
        if (index) result.push({ index, feed: eventFeed(id, record, index.meta, now) });
      }
      return result;
    },
    feed: getFeed,
    records: getRecords,
    async installed(version) {
      const index = await loaded(version.feedId, version.meta, version.matcher, version.doc.events, version.doc.entities, true);
      if (version.feedId === BUNDLED_FEED_ID) bundled = Promise.resolve(index);
      else feeds.set(version.feedId, Promise.resolve(index));
      records = null;
    },
    forget(feedId) {
      feeds.delete(feedId);
      records = null;
    },
    recordsChanged() {
      records = null;
    },
    exclusive,
  };
}

/** Removes what a stopped worker left half-written (once per browser start; every write does it too). */
export function cleanUpStore(loader: IndexLoader, openDb: () => Promise<IndexDb>): Promise<void> {
  return loader.exclusive(async () => collectGarbage(await openDb()));
}
