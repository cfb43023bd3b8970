/** A feed's status as the options page lists it, and its stale flag as cards show it (pure). */
import type { EventFeed } from '../domain/event';
import type { FeedStatus } from '../domain/feed-status';
import type { FeedRecord, IndexMeta } from '../store/schema';
import { displayText } from '../text/display-text';
import { BUNDLED_FEED_ID } from './ids';

/** Stale: the last check found only an expired manifest, or the installed version's `expires` passed. */
export function isStale(record: FeedRecord | undefined, meta: IndexMeta | null, now: number): boolean {
  if (record?.expired) return true;
  if (!meta) return false;
  const expires = Date.parse(meta.expires);
  return Number.isFinite(expires) && expires <= now;
}

export function eventFeed(feedId: string, record: FeedRecord | undefined, meta: IndexMeta, now: number): EventFeed {
  const stale = isStale(record, meta, now);
  const publisher = displayText(meta.publisher);
  // A stale feed's cards say when its index expired.
  return stale ? { id: feedId, publisher, stale, expires: meta.expires } : { id: feedId, publisher, stale };
}

/** The status of a feed; `meta` is null while nothing is installed (the row still lists it). */
export function feedStatus(feedId: string, record: FeedRecord | undefined, meta: IndexMeta | null, now: number): FeedStatus {
  const status: FeedStatus = {
    id: feedId,
    // The feed's own words, shown as text: without bidi controls or invisibles (display-text.ts).
    title: displayText(meta?.title ?? record?.url ?? feedId),
    publisher: displayText(meta?.publisher ?? ''),
    version: meta?.version ?? 0,
    events: meta?.events ?? 0,
    builtin: feedId === BUNDLED_FEED_ID,
    paused: record?.paused ?? false,
    stale: isStale(record, meta, now),
  };
  if (record?.url !== undefined) status.url = record.url;
  if (meta?.homepage) status.homepage = meta.homepage;
  if (record?.lastSuccess !== undefined) status.lastSuccess = record.lastSuccess;
  else if (status.builtin && meta) status.lastSuccess = meta.loadedAt;
  if (record?.nextCheck !== undefined && !record.paused && !status.builtin) status.nextCheck = record.nextCheck;
  if (record?.error) status.error = { ...record.error };
  return status;
}
