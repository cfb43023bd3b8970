// A second feed served on 127.0.0.1, in the test build in Debian's Chromium: subscribing as the
// options page does, its events flagged on a page, new versions by "Update now" and by the alarm
// alone (the worker stopped meanwhile), every kind of bad answer refused while the installed
// version keeps working, and no feed request carrying cookies, a referrer or page data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedStatus } from '../../lib/domain/feed-status';
import type { FeedProblemCode } from '../../lib/feed/problems';
import { DEFAULT_TIMEOUT_MS } from '../../lib/feed/transport';
import { badgeText, openPopup, send, serviceWorkerTargets, stopServiceWorker, tabIdOf, uniqueUrl, waitForBadge } from './harness/extension';
import { articleHtml, feedDoc, type TestEvent } from './harness/feed-docs';
import { SLOW_ANSWER_MS, startFeedServer, type FeedServer, type ServedFeed } from './harness/feed-server';
import { feedStatus, subscribeAsOptionsPage, waitForFeedVersion } from './harness/feeds';
import { isTabResult, waitForPopupEvents, type OpenedArticle } from './harness/session';
import { useSession } from './harness/use-session';
import { waitFor } from './harness/wait';

const s = useSession();
let server: FeedServer;
let local: ServedFeed;

const COOKIE = { name: 'reader', value: 'cookie-marker-5521' };
const TITLE_MARKER = 'Wrenfeather'; // the article's title
const URL_MARKER = 'qv-urlmark-7310'; // in the article's address

const REGATTA: TestEvent = { id: 'regatta', phrase: 'Quillmere harbour regatta', title: 'The Quillmere harbour regatta returns' };
const BRIDGE: TestEvent = { id: 'glass-bridge', phrase: 'Tarnwick glass bridge', title: 'The Tarnwick glass bridge opens' };
const MARKET: TestEvent = { id: 'night-market', phrase: 'Orlesby night market', title: 'The Orlesby night market moves' };
const FERRY: TestEvent = { id: 'ferry-strike', phrase: 'Dunmallow ferry strike', title: 'A Dunmallow ferry strike' };
const TICK: TestEvent = { id: 'clock-tower', phrase: 'Hesketh clock tower', title: 'The Hesketh clock tower chimes again' };
const PUBLISHER = 'Harbour Weekly (example)';

const localDoc = (version: number, events: TestEvent[]) =>
  feedDoc('harbour', version, { title: 'Harbour Weekly events', publisher: PUBLISHER, events });

let feedId = '';
let article: OpenedArticle;

/** The ids the extension gives this feed's events. */
const ids = (...events: TestEvent[]) => events.map((e) => `${feedId}:${e.id}`).sort();

/** What the reader's page shows after a fresh scan: the feed events found, and the badge. */
async function pageNow(): Promise<{ ids: string[]; badge: string; stale: boolean[]; publishers: string[] }> {
  const reply = await send(s.control, 'tab/get', { tabId: article.tabId, rescan: true });
  if (!isTabResult(reply)) throw new Error(`no scan result: ${JSON.stringify(reply)}`);
  const mine = reply.events.filter((e) => e.feed.id === feedId);
  return {
    ids: mine.map((e) => e.id).sort(),
    badge: await badgeText(s.browser, article.tabId),
    stale: mine.map((e) => e.feed.stale),
    publishers: [...new Set(mine.map((e) => e.feed.publisher))],
  };
}

beforeAll(async () => {
  server = await startFeedServer();
  local = await server.feed('harbour', 'harbour-weekly');
  await local.publish(localDoc(1, [REGATTA, BRIDGE]));
  // A cookie the browser would send to 127.0.0.1 (any port): feed requests must not carry it.
  await s.browser.context.addCookies([{ ...COOKIE, domain: '127.0.0.1', path: '/' }]);
});
afterAll(async () => {
  await server?.close();
});

describe('a second feed', () => {
  it('subscribed as the options page does, flags its events on a page, naming its publisher', async () => {
    const status = await subscribeAsOptionsPage(s.browser, s.control, local.url, local.publicKey);
    feedId = status.id;
    expect(status).toMatchObject({ url: local.url, title: 'Harbour Weekly events', publisher: PUBLISHER, version: 1, events: 2, builtin: false, stale: false });
    expect(status.error).toBeUndefined();
    expect((await send(s.control, 'feeds/list', {})).map((f) => f.id)).toEqual(['bundled', feedId]);

    const url = uniqueUrl(server.page('/pages/harbour.html', articleHtml(`${TITLE_MARKER} weekend`, [REGATTA, BRIDGE, MARKET, FERRY].map((e) => e.phrase))));
    const page = await s.browser.context.newPage();
    const withMarker = `${url}&m=${URL_MARKER}`;
    await page.goto(withMarker);
    article = { page, url: withMarker, tabId: await tabIdOf(s.browser, page) };
    await waitForBadge(s.browser, article.tabId, '2');

    const popup = await openPopup(s.browser, article.tabId);
    await waitForPopupEvents(popup, ids(REGATTA, BRIDGE));
    // Each card says who lists the event.
    expect(await popup.getByTestId('event-feed').allTextContents()).toEqual([`Listed by ${PUBLISHER}`, `Listed by ${PUBLISHER}`]);
    await popup.close();
    expect((await pageNow()).publishers).toEqual([PUBLISHER]);
  });

  it('"Update now" installs the next version, which the page then shows', async () => {
    await local.publish(localDoc(2, [REGATTA, BRIDGE, MARKET]));
    const status = await send(s.control, 'feeds/update', { id: feedId });
    expect(status).toMatchObject({ version: 2, events: 3 });
    expect(status.error).toBeUndefined();
    await article.page.reload();
    await waitForBadge(s.browser, article.tabId, '3');
    expect((await pageNow()).ids).toEqual(ids(REGATTA, BRIDGE, MARKET));
  });

  it('a new version arrives by itself on the alarm, even with the worker stopped', async () => {
    const ticker = await server.feed('ticker', 'town-ticker');
    const tickDoc = (v: number, events: TestEvent[]) => feedDoc('ticker', v, { title: 'Town ticker', publisher: 'Town Ticker (example)', events });
    // A refresh hint of a minute: the test build checks such a feed again within seconds.
    await ticker.publish(tickDoc(1, []), { refreshSeconds: 60 });
    const subscribed = await subscribeAsOptionsPage(s.browser, s.control, ticker.url, ticker.publicKey);
    expect(subscribed.version).toBe(1);

    await ticker.publish(tickDoc(2, [TICK]), { refreshSeconds: 60 });
    const published = Date.now();
    await stopServiceWorker(s.browser);
    expect(await serviceWorkerTargets(s.browser)).toEqual([]);
    // No message from here on: the alarm wakes the worker, which fetches the new version.
    await waitFor(
      async () => server.requests.filter((r) => r.feed === 'ticker' && r.at > published && r.path.includes('/shards/') && r.outcome === 200),
      (shards) => shards.length > 0,
      { what: 'the worker fetching the ticker feed\'s new shard by itself', timeout: 20_000 },
    );
    const after = await waitForFeedVersion(s.control, subscribed.id, 2, 10_000);
    expect(after).toMatchObject({ version: 2, events: 1 });
    expect(after.error).toBeUndefined();
    // It keeps checking every few seconds: remove it so that the other tests see only theirs.
    await send(s.control, 'feeds/remove', { id: subscribed.id });
  });
});

describe('bad answers keep the installed version', () => {
  /** 'Update now' against the current fault: refused with `code`, version 2 still serving. */
  async function refusedKeepingOld(code: FeedProblemCode): Promise<FeedStatus> {
    const before = Date.now();
    const status = await send(s.control, 'feeds/update', { id: feedId });
    expect(status.version).toBe(2);
    expect(status.events).toBe(3);
    expect(status.error?.code).toBe(code);
    expect(status.error?.message.length).toBeGreaterThan(10);
    if (code !== 'expired') {
      // Backoff: retried sooner than the feed's regular hour (3 minutes in this build), not at once.
      expect(status.nextCheck).toBeGreaterThan(before);
      expect(status.nextCheck! - Date.now()).toBeLessThan(61_000);
    }
    expect((await pageNow()).ids).toEqual(ids(REGATTA, BRIDGE, MARKET));
    expect(await badgeText(s.browser, article.tabId)).toBe('3');
    return status;
  }

  it('a tampered manifest or shard is refused in plain words', async () => {
    await local.publish(localDoc(3, [REGATTA, BRIDGE, MARKET, FERRY]));
    local.mode = { kind: 'tampered', file: 'manifest' };
    expect((await refusedKeepingOld('signature')).error?.message).toMatch(/signature/i);
    local.mode = { kind: 'tampered', file: 'shard' };
    expect((await refusedKeepingOld('hash-mismatch')).error?.message).toMatch(/hash|SHA-256|match/i);
  });

  it('a replayed older version is refused as older than the installed one', async () => {
    local.mode = { kind: 'replayed', version: 1 };
    expect((await refusedKeepingOld('rollback')).error?.message).toMatch(/older|version/i);
  });

  it('an expired version is not applied; the installed one is kept and marked stale', async () => {
    await local.publish(localDoc(4, [REGATTA]), { expired: true });
    local.mode = { kind: 'expired' };
    const status = await refusedKeepingOld('expired');
    expect(status.stale).toBe(true);
    expect((await pageNow()).stale).toEqual([true, true, true]);
    // The popup marks the stale feed's events.
    const popup = await openPopup(s.browser, article.tabId);
    await waitForPopupEvents(popup, ids(REGATTA, BRIDGE, MARKET));
    expect(await popup.getByTestId('stale-note').count()).toBe(3);
    await popup.close();
  });

  it('a truncated body or an HTTP 500 leaves the old index, records the error and backs off', async () => {
    local.mode = { kind: 'truncated', file: 'manifest' };
    await refusedKeepingOld('unreachable');
    local.mode = { kind: 'truncated', file: 'shard' };
    await refusedKeepingOld('unreachable');
    local.mode = { kind: 'error-500' };
    expect((await refusedKeepingOld('unreachable')).error?.message).toMatch(/500/);
  });

  it('a 304 costs nothing: no change, no error', async () => {
    local.mode = { kind: 'not-modified' };
    const before = Date.now();
    const shardsBefore = server.requests.filter((r) => r.feed === 'harbour' && r.path.includes('/shards/')).length;
    const status = await send(s.control, 'feeds/update', { id: feedId });
    expect(status).toMatchObject({ version: 2, events: 3, stale: false });
    expect(status.error).toBeUndefined();
    expect(status.lastSuccess).toBeGreaterThanOrEqual(before);
    const manifest = server.requests.filter((r) => r.feed === 'harbour' && r.at >= before && r.path.endsWith('/feed.json'));
    expect(manifest.at(-1)?.headers['if-none-match']).toBe('"v2"');
    expect(manifest.at(-1)?.outcome).toBe(304);
    expect(server.requests.filter((r) => r.feed === 'harbour' && r.path.includes('/shards/')).length).toBe(shardsBefore);
  });

  it('a server slower than 30 s is given up at 20 s, the old index kept; the next valid version installs', async () => {
    local.mode = { kind: 'slow' };
    const before = Date.now();
    await refusedKeepingOld('unreachable');
    local.mode = { kind: 'valid' };
    const slow = server.requests.find((r) => r.feed === 'harbour' && r.at >= before && r.path.endsWith('/feed.json'));
    expect(slow?.outcome).toBe('closed');
    const waited = slow!.endedAt! - slow!.at;
    expect(waited).toBeGreaterThanOrEqual(DEFAULT_TIMEOUT_MS - 1_000);
    expect(waited).toBeLessThan(SLOW_ANSWER_MS);

    const status = await send(s.control, 'feeds/update', { id: feedId });
    expect(status).toMatchObject({ version: 3, events: 4, stale: false });
    expect(status.error).toBeUndefined();
    expect((await pageNow()).ids).toEqual(ids(REGATTA, BRIDGE, MARKET, FERRY));
  });
});

describe('privacy of feed requests', () => {
  it('no feed request carries a cookie, a referrer or anything about the pages read', async () => {
    const feedRequests = server.requests.filter((r) => r.feed !== undefined);
    expect(feedRequests.length).toBeGreaterThan(20);
    // The browser does hold a cookie for this host: the page itself was sent it.
    const pageLoad = server.requests.find((r) => r.path.startsWith('/pages/harbour.html'));
    expect(pageLoad?.headers.cookie).toContain(COOKIE.value);

    const leaks = feedRequests.filter((r) => {
      const all = `${r.path}\n${JSON.stringify(r.headers)}`;
      return (
        r.method !== 'GET' ||
        r.headers.cookie !== undefined ||
        r.headers.referer !== undefined ||
        [COOKIE.value, TITLE_MARKER, URL_MARKER, 'harbour.html'].some((m) => all.includes(m)) ||
        // The same request for every reader: the feed's files, no query.
        !/^\/feeds\/[a-z]+\/(feed\.json|feed\.json\.sig|shards\/[0-9a-f]{64}\.json)$/.test(r.path)
      );
    });
    expect(leaks.map((r) => `${r.method} ${r.path} ${JSON.stringify(r.headers)}`)).toEqual([]);
  });
});
