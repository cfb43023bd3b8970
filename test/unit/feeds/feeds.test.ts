import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { EventView } from '@/lib/domain/event';
import type { FeedStatus } from '@/lib/domain/feed-status';
import type { ScanReply } from '@/lib/messaging/protocol';
import { readCurrent } from '@/lib/store/index-store';
import { openIndexDb } from '@/lib/store/open-db';
import { contentSender } from '../background/harness';
import { FEED_URL, FOLDER, MemoryHost, feedIndex, serve, signingKey, startFeedHarness, type FeedHarness } from './harness';

const PAGE_URL = 'https://reader.example.com/story';
const PAGE = {
  url: PAGE_URL,
  title: 'A story',
  text: 'Steve Witkoff and Yuri Ushakov: the leaked call. The call leak was published.',
  links: [],
};

async function scan(h: FeedHarness): Promise<ScanReply> {
  h.granted.add('https://reader.example.com/*');
  const reply = await h.send({ type: 'page/scan', payload: PAGE }, contentSender(9, PAGE_URL));
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as ScanReply;
}

async function feedStatus(h: FeedHarness): Promise<FeedStatus | undefined> {
  return (await h.call<FeedStatus[]>('feeds/list', {})).find((f) => !f.builtin);
}

/** Version and event ids of the feed as stored (what a restarted worker would serve). */
async function stored(h: FeedHarness, feedId = 'example-news') {
  const db = await openIndexDb(h.factory);
  try {
    const snap = await readCurrent(db, feedId);
    return snap && { version: snap.meta.version, events: snap.events.map((e) => e.id).sort() };
  } finally {
    db.close();
  }
}

describe('subscribing', () => {
  it('installs a feed: listed after the bundled one, its events matched with namespaced ids and its publisher', async () => {
    const h = startFeedHarness();
    await serve(h.host, feedIndex(1));
    const status = await h.subscribe();
    expect(status).toMatchObject({ id: 'example-news', url: FEED_URL, title: 'Example feed', publisher: 'Example Newsroom', version: 1, events: 3, builtin: false, paused: false, stale: false });
    expect(status.error).toBeUndefined();
    expect(status.nextCheck).toBeGreaterThan(h.clock.now);
    const list = await h.call<FeedStatus[]>('feeds/list', {});
    expect(list.map((f) => [f.id, f.builtin])).toEqual([['bundled', true], ['example-news', false]]);

    const reply = await scan(h);
    // Both feeds assert the event; the bundled card keeps its plain id.
    expect(reply.events.map((e) => [e.id, e.feed.id, e.feed.publisher])).toEqual([
      ['call-leak', 'bundled', 'Test publisher'],
      ['example-news:call-leak', 'example-news', 'Example Newsroom'],
    ]);
    const feedCard = reply.events[1]!;
    expect(feedCard.related.map((r) => r.id)).toEqual(['example-news:peace-plan']);

    // event/get and search cover every feed.
    expect((await h.call<EventView>('event/get', { id: 'example-news:summit' })).feed.id).toBe('example-news');
    expect((await h.call<EventView | null>('event/get', { id: 'example-news:nope' }))).toBeNull();
    const found = await h.call<EventView[]>('index/search', { query: 'summit' });
    expect(found.map((e) => e.id).sort()).toEqual(['example-news:summit', 'summit']);
    expect(h.alarms.get('feed:example-news')?.scheduledTime).toBe(status.nextCheck);
  });

  it('shows a source URL listed by two feeds once: the later card without any source of its own is dropped', async () => {
    const h = startFeedHarness();
    await serve(h.host, feedIndex(1, { sameSources: true }));
    await h.subscribe();
    const reply = await scan(h);
    expect(reply.events.map((e) => e.id)).toEqual(['call-leak']);
  });

  it('refuses without the host permission for the feed origin, and stores nothing', async () => {
    const h = startFeedHarness();
    h.granted.clear();
    await serve(h.host, feedIndex(1));
    await expect(h.subscribe()).rejects.toThrow(/may not read feeds\.example\.org/);
    expect(await h.call<FeedStatus[]>('feeds/list', {})).toHaveLength(1);
    expect(h.host.requests).toEqual([]);
  });

  it('refuses plain http to another host, a bad key, and a tampered feed with a plain message; nothing is stored', async () => {
    const h = startFeedHarness();
    await serve(h.host, feedIndex(1));
    const key = (await signingKey()).trust.publicKey;
    await expect(h.call('feeds/subscribe', { url: 'http://feeds.example.org/feed.json', publicKey: key })).rejects.toThrow(/https/);
    await expect(h.call('feeds/subscribe', { url: FEED_URL, publicKey: 'ed25519:nope' })).rejects.toThrow(/public key/);
    await expect(h.call('feeds/subscribe', { url: FEED_URL, publicKey: (await signingKey(1)).trust.publicKey })).rejects.toThrow(/key/);
    const manifest = h.host.files.get(FEED_URL)!;
    manifest[manifest.indexOf(0x22) + 1]! ^= 1; // one flipped byte in feed.json
    await expect(h.subscribe()).rejects.toThrow(/signature/);
    expect(await h.call<FeedStatus[]>('feeds/list', {})).toHaveLength(1);
    expect(await stored(h)).toBeNull();
  });
});

describe('updating', () => {
  async function subscribed(): Promise<FeedHarness> {
    const h = startFeedHarness();
    await serve(h.host, feedIndex(1));
    await h.subscribe();
    return h;
  }

  it('installs a newer version by "Update now" and fetches only the shards it lacks', async () => {
    const h = await subscribed();
    const v2 = feedIndex(2);
    v2.events = v2.events.filter((e) => e.id !== 'summit');
    await serve(h.host, v2);
    h.host.requests.length = 0;
    const status = await h.call<FeedStatus>('feeds/update', { id: 'example-news' });
    expect(status).toMatchObject({ version: 2, events: 2 });
    expect(status.error).toBeUndefined();
    expect(await stored(h)).toEqual({ version: 2, events: ['call-leak', 'peace-plan'] });
    expect((await scan(h)).events.map((e) => e.id)).toContain('example-news:call-leak');
    // A fresh worker serves the same.
    const restarted = startFeedHarness(h.factory, h.host, h.clock);
    expect((await feedStatus(restarted))?.version).toBe(2);
  });

  it('a 304 costs no parsing and counts as a successful check', async () => {
    const h = await subscribed();
    h.clock.now += 60_000;
    h.host.requests.length = 0;
    const status = await h.call<FeedStatus>('feeds/update', { id: 'example-news' });
    expect(h.host.requests.map((r) => r.url)).toEqual([FEED_URL]);
    expect(status).toMatchObject({ version: 1, lastSuccess: h.clock.now });
  });

  it('refuses a replayed older version and a tampered one with a plain message; the old version keeps serving', async () => {
    const h = await subscribed();
    await serve(h.host, feedIndex(3));
    await h.call('feeds/update', { id: 'example-news' });

    await serve(h.host, feedIndex(2)); // replayed: signed, but older
    const replayed = await h.call<FeedStatus>('feeds/update', { id: 'example-news' });
    expect(replayed.error).toMatchObject({ code: 'rollback' });
    expect(replayed.error?.message).toMatch(/older than the installed version/);
    expect(replayed.version).toBe(3);

    const v4 = feedIndex(4);
    v4.events[0]!.title = 'A changed title';
    await serve(h.host, v4);
    // Every shard on the server changed: the ones already stored are not fetched again, the new one is.
    for (const [url, bytes] of h.host.files) if (url.includes('/shards/')) bytes[10]! ^= 1;
    const tampered = await h.call<FeedStatus>('feeds/update', { id: 'example-news' });
    expect(tampered.error?.code).toBe('hash-mismatch');
    expect(tampered.version).toBe(3);
    expect(await stored(h)).toMatchObject({ version: 3 });
    expect((await scan(h)).events.map((e) => e.id)).toContain('example-news:call-leak');
  });

  it('does not apply an expired version: the old one is kept and marked stale, cards say so', async () => {
    const h = await subscribed();
    const expired = feedIndex(2);
    await serve(h.host, expired);
    h.clock.now = Date.parse(expired.expires) + 1_000; // the new manifest has expired by now
    const status = await h.call<FeedStatus>('feeds/update', { id: 'example-news' });
    expect(status).toMatchObject({ version: 1, stale: true, error: { code: 'expired' } });
    const card = (await scan(h)).events.find((e) => e.feed.id === 'example-news');
    expect(card?.feed.stale).toBe(true);
  });

  it('backs off after failures (stored, growing, capped) and resets after a success', async () => {
    const h = await subscribed();
    h.host.down.add(FOLDER);
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const s = await h.call<FeedStatus>('feeds/update', { id: 'example-news' });
      expect(s.error?.code).toBe('unreachable');
      waits.push(s.nextCheck! - h.clock.now);
    }
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]!);
    expect(waits[1]).toBe(2 * waits[0]!);
    expect(Math.max(...waits)).toBe(60_000); // the test build's cap
    // Persisted: a restarted worker sees the same schedule.
    const restarted = startFeedHarness(h.factory, h.host, h.clock);
    expect((await feedStatus(restarted))?.nextCheck).toBe(h.clock.now + 60_000);
    h.host.down.clear();
    const ok = await restarted.call<FeedStatus>('feeds/update', { id: 'example-news' });
    expect(ok.error).toBeUndefined();
    expect(ok.nextCheck! - h.clock.now).toBe(3_600_000); // the manifest's refresh hint (1 h)
  });

  it('checks by itself when its alarm fires, and after a start only when overdue, without moving an existing alarm', async () => {
    const h = await subscribed();
    const scheduled = h.alarms.get('feed:example-news')!.scheduledTime;
    await serve(h.host, feedIndex(2));
    await h.feeds.catchUp(); // not due yet: nothing fetched, alarm unchanged
    expect((await feedStatus(h))?.version).toBe(1);
    expect(h.alarms.get('feed:example-news')!.scheduledTime).toBe(scheduled);
    await h.feeds.onAlarm('feed:example-news');
    expect((await feedStatus(h))?.version).toBe(2);

    await serve(h.host, feedIndex(3));
    h.clock.now += 2 * 3_600_000; // overdue (the browser was closed)
    const restarted = startFeedHarness(h.factory, h.host, h.clock);
    await restarted.feeds.catchUp();
    expect((await feedStatus(restarted))?.version).toBe(3);
  });
});

describe('atomic installs', () => {
  it('a write failing at any step (quota, worker stopped) leaves exactly the old version, and says storage full', async () => {
    const h = startFeedHarness();
    await serve(h.host, feedIndex(1));
    await h.subscribe();
    const v2 = feedIndex(2);
    v2.events = v2.events.slice(0, 2);
    await serve(h.host, v2);

    // Count the puts of a successful update, on a copy of the state.
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    const counter = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      puts++;
      return realPut.apply(this, args);
    });
    const probe = startFeedHarness(new IDBFactory(), h.host, h.clock);
    await serve(h.host, feedIndex(1));
    await probe.subscribe();
    await serve(h.host, v2);
    puts = 0;
    await probe.call('feeds/update', { id: 'example-news' });
    const total = puts;
    counter.mockRestore();
    expect(total).toBeGreaterThan(3);

    let refusedForSpace = 0;
    for (let failAt = 1; failAt <= total; failAt++) {
      let n = 0;
      const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        if (++n === failAt) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return realPut.apply(this, args);
      });
      const status = await h.call<FeedStatus>('feeds/update', { id: 'example-news' });
      spy.mockRestore();
      // The flip is the last write: failing before it keeps v1; the record write after a check is
      // the only put that may fail once v2 is current.
      const now = await stored(h);
      expect(now === null ? null : now.version, `fail at put ${failAt}`).not.toBeNull();
      if (now!.version === 1) {
        expect(now!.events, `fail at put ${failAt}`).toEqual(['call-leak', 'peace-plan', 'summit']);
        expect(status.error?.code, `fail at put ${failAt}`).toBe('storage-full');
        expect(status.error?.message).toMatch(/storage full/);
        refusedForSpace++;
      } else {
        expect(now!.events).toEqual(['call-leak', 'peace-plan']);
      }
      // A fresh worker serves what is stored, matching works.
      const restarted = startFeedHarness(h.factory, h.host, h.clock);
      expect((await scan(restarted)).events.some((e) => e.feed.id === 'example-news')).toBe(true);
      if (now!.version === 2) break;
    }
    expect(refusedForSpace).toBeGreaterThan(2);
    expect((await stored(h))?.version).toBe(2);
  });
});

describe('pause and remove', () => {
  it('pausing stops matching and updates; resuming brings it back', async () => {
    const h = startFeedHarness();
    await serve(h.host, feedIndex(1));
    await h.subscribe();
    const paused = await h.call<FeedStatus>('feeds/pause', { id: 'example-news', paused: true });
    expect(paused.paused).toBe(true);
    expect(h.alarms.has('feed:example-news')).toBe(false);
    expect((await scan(h)).events.map((e) => e.feed.id)).toEqual(['bundled']);
    h.host.requests.length = 0;
    await h.feeds.onAlarm('feed:example-news');
    expect(h.host.requests).toEqual([]);
    await h.call('feeds/pause', { id: 'example-news', paused: false });
    expect((await scan(h)).events.map((e) => e.feed.id)).toEqual(['bundled', 'example-news']);
  });

  it('the bundled feed can be paused but not removed', async () => {
    const h = startFeedHarness();
    await h.call('feeds/pause', { id: 'bundled', paused: true });
    expect((await scan(h)).events).toEqual([]);
    await expect(h.call('feeds/remove', { id: 'bundled' })).rejects.toThrow(/cannot be removed/);
  });

  it('"Update now" on the bundled feed fetches nothing and installs the packaged index if the store lost it', async () => {
    const h = startFeedHarness();
    const fetched = vi.spyOn(h.host, 'get');
    const status = await h.call<FeedStatus>('feeds/update', { id: 'bundled' });
    expect(status).toMatchObject({ id: 'bundled', builtin: true, version: 1 });
    expect(h.loadBundled).toHaveBeenCalledTimes(1);
    expect(await stored(h, 'bundled')).toMatchObject({ version: 1 });
    expect(fetched).not.toHaveBeenCalled();
  });

  it('removing deletes all its data (generations, events, shards, record, alarm)', async () => {
    const h = startFeedHarness();
    await serve(h.host, feedIndex(1));
    await h.subscribe();
    await h.call('feeds/remove', { id: 'example-news' });
    expect(await h.call<FeedStatus[]>('feeds/list', {})).toHaveLength(1);
    expect(h.alarms.size).toBe(0);
    const db = await openIndexDb(h.factory);
    expect(await db.count('shards')).toBe(0);
    expect(await db.count('feeds')).toBe(0);
    const generations = await db.getAll('generations');
    expect(generations.map((g) => g.feedId)).toEqual(['bundled']);
    // Block rows (events, entities, matcher) are the bundled index's only.
    expect(new Set((await db.getAllKeys('blocks')).map((key) => key[0]))).toEqual(new Set([generations[0]!.gen]));
    db.close();
    expect((await scan(h)).events.map((e) => e.feed.id)).toEqual(['bundled']);
  });
});
