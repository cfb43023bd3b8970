/**
 * The event index in the worker. Restored lazily from IndexedDB on the first message that needs
 * it (the worker may have been stopped since: nothing lives only in memory), and (re)built from
 * the bundled public/default-index.json on install/update, or when the store is empty or holds a
 * matcher in another engine format.
 */
import type { Entity, IndexDocument, NewsEvent } from '@/lib/index-format/types';
import { compileIndex, fromStored, MATCHER_FORMAT, toStored, type CompiledMatcher } from '@/lib/matcher';
import { buildSearchCorpus, type SearchCorpus } from '@/lib/search/search-events';
import { metaFor, readCurrent, readCurrentMeta, writeGeneration } from '@/lib/store/index-store';
import type { IndexDb } from '@/lib/store/open-db';
import type { IndexMeta } from '@/lib/store/schema';

export interface LoadedIndex {
  meta: IndexMeta;
  matcher: CompiledMatcher;
  lookup: (id: string) => NewsEvent | undefined;
  /** The search corpus, built on first use. */
  corpus: () => SearchCorpus;
  /** False when storing failed (quota...): served from memory, the stored index is unchanged. */
  persisted: boolean;
}

export interface IndexLoaderDeps {
  openDb: () => Promise<IndexDb>;
  /** The bundled index, validated; throws with a readable message when it is not usable. */
  loadBundled: () => Promise<IndexDocument>;
  now: () => number;
  appVersion: string;
  /** Where to report a failed write (the worker's console). */
  warn?: (message: string) => void;
}

export interface IndexLoader {
  get(): Promise<LoadedIndex>;
  /**
   * The index's meta without loading the index when it is not in memory yet (a freshly started
   * worker answering the popup's 'index/status': one small read instead of every event and the
   * matcher). Loads it like get() when nothing usable is stored.
   */
  meta(): Promise<IndexMeta>;
  /** Rebuilds from the bundled index (install/update). */
  reinstall(): Promise<LoadedIndex>;
}

function loaded(
  meta: IndexMeta,
  matcher: CompiledMatcher,
  events: readonly NewsEvent[],
  entities: readonly Entity[],
  persisted: boolean,
): LoadedIndex {
  const byId = new Map(events.map((e) => [e.id, e]));
  let corpus: SearchCorpus | undefined;
  return {
    meta,
    matcher,
    lookup: (id) => byId.get(id),
    corpus: () => (corpus ??= buildSearchCorpus(events, entities)),
    persisted,
  };
}

export function createIndexLoader(deps: IndexLoaderDeps): IndexLoader {
  let current: Promise<LoadedIndex> | null = null;

  async function install(): Promise<LoadedIndex> {
    const doc = await deps.loadBundled();
    const matcher = compileIndex(doc);
    const stored = toStored(matcher);
    const meta = metaFor(doc, {
      loadedAt: deps.now(),
      matcherFormat: stored.format,
      appVersion: deps.appVersion,
    });
    let persisted = true;
    try {
      await writeGeneration(await deps.openDb(), doc, stored, meta);
    } catch (err) {
      persisted = false;
      deps.warn?.(`Backstory: keeping the stored index; ${err instanceof Error ? err.message : String(err)}`);
    }
    return loaded(meta, matcher, doc.events, doc.entities, persisted);
  }

  async function restoreOrInstall(): Promise<LoadedIndex> {
    const snapshot = await readCurrent(await deps.openDb());
    if (snapshot && snapshot.meta.matcherFormat === MATCHER_FORMAT) {
      try {
        const matcher = fromStored(snapshot.matcher);
        return loaded(snapshot.meta, matcher, snapshot.events, snapshot.entities, true);
      } catch {
        // Unreadable stored matcher: rebuild below.
      }
    }
    return install();
  }

  function track(p: Promise<LoadedIndex>): Promise<LoadedIndex> {
    const tracked = p.catch((err: unknown) => {
      if (current === tracked) current = null; // the next message tries again
      throw err;
    });
    current = tracked;
    return tracked;
  }

  return {
    get() {
      return current ?? track(restoreOrInstall());
    },
    async meta() {
      if (!current) {
        const stored = await readCurrentMeta(await deps.openDb());
        // Only a stored index that get() would restore as is (same engine format) answers here.
        if (stored && stored.matcherFormat === MATCHER_FORMAT && !current) return stored;
      }
      return (await (current ?? track(restoreOrInstall()))).meta;
    },
    reinstall() {
      const previous = current;
      return track(
        (async () => {
          await previous?.catch(() => undefined);
          return install();
        })(),
      );
    },
  };
}
