/**
 * Feed subscriptions in the worker: the 'feeds/*' messages, background updates on alarms, and
 * catching up on overdue feeds when the worker starts. The checks themselves are in
 * lib/feeds/check-feed.ts; this module serialises them (index-loader exclusive()), keeps the
 * in-memory indexes, alarms and origin roles in step, and answers statuses.
 */
import { browser } from 'wxt/browser';
import { checkFeed, subscribeFeed, SubscribeError, type CheckOutcome } from '@/lib/feeds/check-feed';
import { feedPermissionPattern } from '@/lib/feeds/feed-url';
import { BUNDLED_FEED_ID } from '@/lib/feeds/ids';
import { isDue, type ScheduleBounds } from '@/lib/feeds/schedule';
import { feedStatus } from '@/lib/feeds/status';
import type { Slicing } from '@/lib/feed/slicing';
import type { FeedTransport } from '@/lib/feed/transport';
import type { FeedStatus } from '@/lib/domain/feed-status';
import { changeOriginRoles, PENDING_MS } from '@/lib/sites/origin-roles';
import { getFeedRecord, putFeedRecord, updateFeedRecord } from '@/lib/store/feed-records';
import { deleteFeed, readCurrentMeta } from '@/lib/store/index-store';
import type { IndexDb } from '@/lib/store/open-db';
import type { FeedRecord } from '@/lib/store/schema';
import type { IndexLoader } from './index-loader';

export const ALARM_PREFIX = 'feed:';

export interface FeedServiceDeps {
  index: IndexLoader;
  openDb: () => Promise<IndexDb>;
  transport: FeedTransport;
  now: () => number;
  bounds: ScheduleBounds;
  appVersion: string;
  /** How installs give the worker back between slices of work. */
  slicing?: Slicing;
  /** Presets of this build (BACKSTORY_PRESET_FEEDS), subscribed on install. */
  presets?: readonly { url: string; publicKey: string }[];
  warn?: (message: string) => void;
}

export interface FeedService {
  list(): Promise<FeedStatus[]>;
  prepare(url: string): Promise<{ origins: string[] }>;
  subscribe(url: string, publicKey: string): Promise<FeedStatus>;
  update(id: string): Promise<FeedStatus>;
  pause(id: string, paused: boolean): Promise<FeedStatus>;
  remove(id: string): Promise<null>;
  /** An alarm fired. */
  onAlarm(name: string): Promise<void>;
  /** Worker start (install, update, browser start): check overdue feeds, make sure each has an alarm. */
  catchUp(): Promise<void>;
  /** Install, before site access is synced: the preset feeds' origins are feeds', not sites to flag. */
  preparePresets(): Promise<void>;
  /** Install: subscribe to this build's preset feeds (once each). */
  subscribePresets(): Promise<void>;
}

const alarmName = (id: string): string => ALARM_PREFIX + id;

export function createFeedService(deps: FeedServiceDeps): FeedService {
  const { index } = deps;
  const checkDeps = (db: IndexDb) => ({
    db,
    transport: deps.transport,
    now: deps.now,
    bounds: deps.bounds,
    appVersion: deps.appVersion,
    ...(deps.slicing ? { slicing: deps.slicing } : {}),
  });

  async function status(id: string): Promise<FeedStatus> {
    const db = await deps.openDb();
    const record = await getFeedRecord(db, id);
    if (!record && id !== BUNDLED_FEED_ID) throw new Error(`No feed with id ${id}`);
    const meta = id === BUNDLED_FEED_ID ? await index.meta() : await readCurrentMeta(db, id);
    return feedStatus(id, record, meta, deps.now());
  }

  /** Schedules the feed's next check (replacing the alarm: the schedule changed). */
  async function schedule(record: FeedRecord): Promise<void> {
    if (record.builtin) return;
    if (record.paused || record.nextCheck === undefined) {
      await browser.alarms.clear(alarmName(record.id));
      return;
    }
    await browser.alarms.create(alarmName(record.id), { when: Math.max(record.nextCheck, deps.now() + 1_000) });
  }

  async function applyOutcome(outcome: CheckOutcome): Promise<void> {
    if (outcome.kind === 'installed') await index.installed(outcome.installed);
    else index.recordsChanged();
    if (outcome.kind !== 'removed') await schedule(outcome.record);
  }

  /** One check of one feed, after any write in progress. */
  function runCheck(id: string): Promise<CheckOutcome> {
    return index.exclusive(async () => {
      const db = await deps.openDb();
      const record = await getFeedRecord(db, id);
      if (!record || record.builtin) return { kind: 'removed' } as const;
      const outcome = await checkFeed(record, checkDeps(db));
      await applyOutcome(outcome);
      return outcome;
    });
  }

  async function holdOrigin(feedId: string, url: string): Promise<void> {
    const pattern = feedPermissionPattern(url);
    if (!pattern) return;
    await changeOriginRoles((r) => {
      const pending = { ...r.pending };
      delete pending[pattern];
      return { ...r, pending, feeds: { ...r.feeds, [pattern]: [...new Set([...(r.feeds[pattern] ?? []), feedId])] } };
    });
  }

  /** Drops the feed's hold on its origin; returns the pattern when no feed holds it any more. */
  async function releaseOrigin(feedId: string, url: string): Promise<{ pattern: string; siteOrigin: boolean } | null> {
    const pattern = feedPermissionPattern(url);
    if (!pattern) return null;
    const roles = await changeOriginRoles((r) => {
      const feeds = { ...r.feeds, [pattern]: (r.feeds[pattern] ?? []).filter((f) => f !== feedId) };
      if (feeds[pattern]!.length === 0) delete feeds[pattern];
      return { ...r, feeds };
    });
    if (roles.feeds[pattern] || (roles.pending[pattern] ?? 0) > deps.now()) return null;
    return { pattern, siteOrigin: (roles.siteOrigins ?? []).includes(pattern) };
  }

  async function subscribe(url: string, publicKey: string, preset = false): Promise<FeedStatus> {
    const pattern = feedPermissionPattern(url);
    if (pattern && !preset && !(await browser.permissions.contains({ origins: [pattern] }))) {
      throw new Error(`Backstory may not read ${new URL(url).host} yet: allow it when the browser asks, then subscribe again.`);
    }
    const outcome = await index.exclusive(async () => {
      const db = await deps.openDb();
      const existing = [...(await index.records()).values()];
      return subscribeFeed({ url, publicKey, preset }, existing, checkDeps(db));
    });
    await holdOrigin(outcome.record.id, outcome.record.url ?? url);
    await applyOutcome(outcome);
    return status(outcome.record.id);
  }

  return {
    async list() {
      const records = await index.records();
      const ids = [BUNDLED_FEED_ID, ...[...records.values()].filter((r) => !r.builtin).sort((a, b) => a.added - b.added).map((r) => r.id)];
      return Promise.all(ids.map(status));
    },
    async prepare(url) {
      const pattern = feedPermissionPattern(url);
      if (!pattern) throw new Error('The feed address must start with https:// (plain http only for 127.0.0.1 and localhost).');
      const until = deps.now() + PENDING_MS;
      await changeOriginRoles((r) => ({ ...r, pending: { ...r.pending, [pattern]: until } }));
      return { origins: [pattern] };
    },
    subscribe: (url, publicKey) => subscribe(url, publicKey),
    async update(id) {
      if (id === BUNDLED_FEED_ID) {
        // Ships with the extension and is updated with it: nothing to fetch. "Update now" makes
        // sure it is installed (restored, or rebuilt from the packaged file if the store lost it).
        await index.get();
        return status(id);
      }
      const outcome = await runCheck(id);
      if (outcome.kind === 'removed') throw new Error(`No feed with id ${id}`);
      return status(id);
    },
    async pause(id, paused) {
      const record = await index.exclusive(async () => {
        const db = await deps.openDb();
        if (id === BUNDLED_FEED_ID && !(await getFeedRecord(db, id))) {
          await putFeedRecord(db, { id, builtin: true, paused: false, added: 0, failures: 0 });
        }
        return updateFeedRecord(db, id, (r) => ({ ...r, paused }));
      });
      if (!record) throw new Error(`No feed with id ${id}`);
      index.recordsChanged();
      await schedule(record);
      // Resumed and overdue: check it now rather than at its old time.
      if (!paused && !record.builtin && isDue(record.nextCheck, deps.now())) void runCheck(id).catch(() => undefined);
      return status(id);
    },
    async remove(id) {
      if (id === BUNDLED_FEED_ID) throw new Error('The built-in index cannot be removed; pause it instead.');
      const record = await index.exclusive(async () => {
        const db = await deps.openDb();
        const found = await getFeedRecord(db, id);
        if (found) await deleteFeed(db, id);
        return found;
      });
      if (!record) throw new Error(`No feed with id ${id}`);
      index.forget(id);
      await browser.alarms.clear(alarmName(id));
      const released = record.url ? await releaseOrigin(id, record.url) : null;
      // The origin was held only for feeds: give the permission back.
      if (released && !released.siteOrigin) await browser.permissions.remove({ origins: [released.pattern] }).catch(() => false);
      return null;
    },
    async onAlarm(name) {
      if (!name.startsWith(ALARM_PREFIX)) return;
      const id = name.slice(ALARM_PREFIX.length);
      const record = (await index.records()).get(id);
      if (!record || record.paused) return;
      await runCheck(id);
    },
    async catchUp() {
      const now = deps.now();
      for (const record of (await index.records()).values()) {
        if (record.builtin || record.paused) continue;
        if (isDue(record.nextCheck, now)) {
          await runCheck(record.id).catch((err: unknown) => deps.warn?.(`Backstory: checking feed ${record.id}: ${String(err)}`));
        } else if (!(await browser.alarms.get(alarmName(record.id)))) {
          // Only when missing: re-creating it on every wake would keep pushing the check back.
          await schedule(record);
        }
      }
    },
    async preparePresets() {
      for (const preset of deps.presets ?? []) await this.prepare(preset.url).catch(() => undefined);
    },
    async subscribePresets() {
      const records = [...(await index.records()).values()];
      for (const preset of deps.presets ?? []) {
        if (records.some((r) => r.url === preset.url)) continue;
        await subscribe(preset.url, preset.publicKey, true).catch((err: unknown) =>
          deps.warn?.(`Backstory: preset feed ${preset.url}: ${err instanceof SubscribeError || err instanceof Error ? err.message : String(err)}`),
        );
      }
    },
  };
}
