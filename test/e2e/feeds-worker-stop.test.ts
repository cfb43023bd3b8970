// Chrome may stop the service worker at any moment, an update in progress included. Stop it at
// 20 random moments of an update (seeded; the seed is printed, BACKSTORY_E2E_SEED replays it):
// after each, the feed's installed index is exactly the old or exactly the new version (its
// version, its event count, the events a page shows and search finds all agree), never a mix or
// empty, and the popup answers; then the update completes, the page answered from the old version
// until the new one is in place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng as seededRandom } from '../bench/generate';
import { openPopup, send, sendFromExtensionPage, stopServiceWorker, tabIdOf, uniqueUrl } from './harness/extension';
import { articleHtml, feedDoc, inventedWord, type TestEvent } from './harness/feed-docs';
import { startFeedServer, type FeedServer, type ServedFeed } from './harness/feed-server';
import { feedStatus, subscribeAsOptionsPage } from './harness/feeds';
import { isTabResult, popupEventIds } from './harness/session';
import { useSession } from './harness/use-session';
import { waitFor } from './harness/wait';

const s = useSession();
let server: FeedServer;
let bulk: ServedFeed;

/** Enough events that an update takes a while (about 50 shards to fetch, check, compile, store). */
const BULK_EVENTS = 3000;
const ROUNDS = 20;
const SEED = Number(process.env.BACKSTORY_E2E_SEED ?? Date.now() % 2 ** 31);

const bulkEvents: TestEvent[] = Array.from({ length: BULK_EVENTS }, (_, n) => ({
  id: `item-${n}`,
  phrase: `${inventedWord(n, 'brel')} cistern`,
  title: `Bulk item ${n}`,
}));
/** One event only version `v` has: which version a page was matched against. */
const marker = (v: number): TestEvent => ({ id: `marker-${v}`, phrase: `${inventedWord(v, 'lum')} lantern parade`, title: 'Lantern parade marker' });
const bulkDoc = (v: number) => feedDoc('bulk', v, { title: 'Bulk test feed', publisher: 'Bulk (example)', events: [...bulkEvents, marker(v)] });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  server = await startFeedServer();
  bulk = await server.feed('bulk', 'bulk-test');
  await bulk.publish(bulkDoc(1));
});
afterAll(async () => {
  await server?.close();
});

describe('the worker stopped during a feed update', () => {
  it(`leaves exactly the old or the new version after each of ${ROUNDS} stops, then completes`, async () => {
    console.log(`feeds-worker-stop: seed ${SEED} (replay with BACKSTORY_E2E_SEED=${SEED})`);
    const rng = seededRandom(SEED); // a failing run can be replayed with its seed
    const { id: feedId } = await subscribeAsOptionsPage(s.browser, s.control, bulk.url, bulk.publicKey);
    const qualified = (e: TestEvent) => `${feedId}:${e.id}`;

    const markers = Array.from({ length: ROUNDS + 5 }, (_, i) => marker(i + 1).phrase);
    const url = uniqueUrl(server.page('/pages/bulk.html', articleHtml('Bulk weekend', [bulkEvents[1]!.phrase, bulkEvents[2]!.phrase, ...markers])));
    const page = await s.browser.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(s.browser, page);

    /** Everything a reader could see of the feed agrees on one version; returns it. */
    async function installedVersion(): Promise<number> {
      const status = await feedStatus(s.control, feedId);
      const v = status.version;
      expect(status.events, `version ${v}'s event count`).toBe(BULK_EVENTS + 1);
      const scan = await send(s.control, 'tab/get', { tabId, rescan: true });
      if (!isTabResult(scan)) throw new Error(`no scan result: ${JSON.stringify(scan)}`);
      const onPage = scan.events.filter((e) => e.feed.id === feedId).map((e) => e.id).sort();
      expect(onPage, `events on the page at version ${v}`).toEqual([qualified(bulkEvents[1]!), qualified(bulkEvents[2]!), qualified(marker(v))].sort());
      const markersFound = await send(s.control, 'index/search', { query: 'Lantern parade marker', limit: 100 });
      expect(markersFound.map((e) => e.id)).toEqual([qualified(marker(v))]);
      const items = await send(s.control, 'index/search', { query: 'Bulk item', limit: 100 });
      expect(items.length).toBe(100);
      expect(items.filter((e) => !e.title.endsWith(`(release ${v})`)).map((e) => e.title)).toEqual([]);
      // The popup (a fresh page, so it asks the worker) lists what the rescan found.
      const popup = await openPopup(s.browser, tabId);
      await waitFor(() => popupEventIds(popup), (ids) => ids.length > 0, { what: 'the popup to answer' });
      // Cards below the first screenful are drawn a frame later: wait for all of them (a popup
      // that shows another result never gets there, and the comparison below says what it shows).
      await waitFor(() => popupEventIds(popup), (ids) => ids.length >= scan.events.length, { what: 'every card', timeout: 5_000 }).catch(() => undefined);
      const shown = (await popupEventIds(popup)).filter((id) => id.startsWith(`${feedId}:`)).sort();
      // On a mismatch, say what the popup read (the tab's stored result) and when it was scanned.
      const stored = shown.join() === onPage.join() ? null : await send(s.control, 'tab/get', { tabId });
      const storedText = stored && isTabResult(stored) ? `stored at ${stored.scannedAt}: ${stored.events.map((e) => e.id).join(' ')}` : JSON.stringify(stored);
      expect(shown, `the popup at version ${v} (rescanned at ${scan.scannedAt}; ${storedText})`).toEqual(onPage);
      await popup.close();
      return v;
    }

    expect(await installedVersion()).toBe(1);
    // One update undisturbed, from a stopped worker as in every round below, to learn how long
    // one takes on this machine: the stops fall within that span (and a little after).
    await bulk.publish(bulkDoc(2));
    await stopServiceWorker(s.browser);
    const started = Date.now();
    expect((await send(s.control, 'feeds/update', { id: feedId })).version).toBe(2);
    const span = Date.now() - started;
    expect(await installedVersion()).toBe(2);

    const outcomes: string[] = [];
    let installed = 2;
    for (let round = 0; round < ROUNDS; round++) {
      if (bulk.current === installed) await bulk.publish(bulkDoc(installed + 1));
      const target = bulk.current;
      const delay = Math.round(rng() * span * 1.2);
      // "Update now", not awaited: the worker dies under it.
      const pending = sendFromExtensionPage(s.control, 'feeds/update', { id: feedId }).catch(() => undefined);
      await sleep(delay);
      await stopServiceWorker(s.browser).catch((error: unknown) => {
        // Between the update's end and the stop, Chrome may have stopped it itself: nothing to stop.
        if (!String(error).includes('no running service worker')) throw error;
      });
      await pending;
      const now = await installedVersion();
      expect([installed, target], `round ${round}: stopped ${delay} ms into the update from ${installed} to ${target}`).toContain(now);
      outcomes.push(`${delay}ms:${now === installed ? 'old' : 'new'}`);
      installed = now;
    }
    console.log(`feeds-worker-stop: update span ${span} ms; stops and what was installed after each: ${outcomes.join(' ')}`);

    // Left alone, the update completes; meanwhile the page is answered from the old version.
    if (bulk.current === installed) await bulk.publish(bulkDoc(installed + 1));
    const latest = bulk.current;
    bulk.mode = { kind: 'valid', delayMs: 100 }; // a slow link: the update spends a second or more fetching
    let finished = false;
    const update = send(s.control, 'feeds/update', { id: feedId }).finally(() => {
      finished = true;
    });
    const answers: string[] = [];
    while (!finished) {
      const scan = await send(s.control, 'tab/get', { tabId, rescan: true });
      if (!isTabResult(scan)) throw new Error(`no scan result: ${JSON.stringify(scan)}`);
      const found = scan.events.filter((e) => e.feed.id === feedId && e.id.includes(':marker-')).map((e) => e.id);
      answers.push(`${found.join(',')}${finished ? ' (after)' : ''}`);
    }
    const done = await update;
    bulk.mode = { kind: 'valid' };
    expect(done.version).toBe(latest);
    expect(done.error).toBeUndefined();
    const [old, fresh] = [qualified(marker(installed)), qualified(marker(latest))];
    expect(answers.filter((a) => !a.startsWith(old) && !a.startsWith(fresh))).toEqual([]);
    expect(answers[0], 'the page answered while the new version was being fetched').toBe(old);
    expect(await installedVersion()).toBe(latest);
  });
});
