// Chrome may stop the service worker at any moment (idle, update, memory pressure). 100 stops,
// each followed by a different first event that must wake a fresh worker and be answered:
// 20 each of a content-script message, a popup opening, an alarm, a permission change, and a
// stop in the middle of a scan (the content script's page/scan in flight: it must send it again).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromeGlobal } from '../harness/chrome-api';
import { contentScriptWorld, currentWorker, type World } from '../harness/cdp-worlds';
import { openPopup, send, serviceWorkerTargets, stopServiceWorker, waitForBadge } from '../harness/extension';
import { startFeedServer, type FeedServer, type ServedFeed } from '../harness/feed-server';
import { openArticle, waitForPopupEvents, waitForScan, type OpenedArticle } from '../harness/session';
import { setSiteAccess } from '../harness/site-access';
import { waitFor } from '../harness/wait';
import { attackIndex, BRIDGE_ID } from './attack-index';
import { useAttackSession } from './attack-session';

const s = useAttackSession();
const ROUNDS = 20;
/** entrypoints/background/feeds.ts's ALARM_PREFIX (not imported: that module needs the extension runtime). */
const ALARM_PREFIX = 'feed:';
let article: OpenedArticle;
let feeds: FeedServer;
let feed: ServedFeed;
const timings: Record<string, number> = {};

beforeAll(async () => {
  article = await openArticle(s, '/attacks/bridge.html');
  await waitForBadge(s.browser, article.tabId, '1');
  feeds = await startFeedServer();
  feed = await feeds.feed('stops', 'stops-feed');
  // A feed of its own events (the attack index's, renamed: ids are per index).
  const doc = attackIndex();
  await feed.publish({ ...doc, title: 'Worker stops feed', events: doc.events.map((e) => ({ ...e, id: `${e.id}-feed` })) });
});
afterAll(async () => {
  await feeds?.close();
  console.log(`worker stops, seconds per kind of first event: ${JSON.stringify(timings)}`);
});

/** Stops the worker (it must be running: a message from the control page wakes it first). */
async function stopWorker(): Promise<void> {
  if ((await serviceWorkerTargets(s.browser)).length === 0) await send(s.control, 'settings/get', {});
  await stopServiceWorker(s.browser);
}

async function rounds(kind: string, round: (i: number) => Promise<void>): Promise<void> {
  const start = Date.now();
  for (let i = 0; i < ROUNDS; i++) {
    await stopWorker();
    try {
      await round(i);
    } catch (error) {
      throw new Error(`${kind}, round ${i + 1} of ${ROUNDS}: ${String(error)}`);
    }
  }
  timings[kind] = (Date.now() - start) / 1000;
}

describe('a stopped worker answers the first event that wakes it', () => {
  it('a content-script message (20 stops)', async () => {
    const world: World = await contentScriptWorld(s.browser, article.page);
    try {
      await rounds('content message', async () => {
        const reply = await world.evaluate<{ ok: boolean; value?: { events: { id: string }[] } }>(`chrome.runtime.sendMessage({
          type: 'page/scan',
          payload: { url: location.href, title: document.title, text: document.body.innerText, links: [] },
        })`);
        expect(reply.ok).toBe(true);
        expect(reply.value?.events.map((e) => e.id)).toEqual([BRIDGE_ID]);
      });
    } finally {
      await world.detach();
    }
  });

  it('the popup opening (20 stops)', async () => {
    await rounds('popup', async () => {
      const popup = await openPopup(s.browser, article.tabId);
      await waitForPopupEvents(popup, [BRIDGE_ID]);
      await popup.close();
    });
  });

  it('an alarm: a feed update comes due (20 stops)', async () => {
    await send(s.control, 'feeds/prepare', { url: feed.url });
    const status = await send(s.control, 'feeds/subscribe', { url: feed.url, publicKey: feed.publicKey });
    const manifestRequests = () => feeds.requests.filter((r) => r.feed === 'stops').length;
    await rounds('alarm', async () => {
      const before = manifestRequests();
      // The alarm the worker would set for the feed, due now (an unpacked build allows 1 s).
      await s.control.evaluate(
        (name) => (globalThis as unknown as { chrome: { alarms: { create(n: string, a: { when: number }): Promise<void> } } }).chrome.alarms.create(name, { when: Date.now() + 1_000 }),
        `${ALARM_PREFIX}${status.id}`,
      );
      await waitFor(async () => manifestRequests(), (n) => n > before, { what: 'the woken worker to check the feed', timeout: 15_000 });
    });
    await send(s.control, 'feeds/remove', { id: status.id });
  });

  it('a permission change: site access withheld, then granted again (20 stops)', async () => {
    // No web page open: a grant makes the worker inject its content script into open tabs, whose
    // scans would wake it again at once, before this round's stop was seen.
    for (const p of s.browser.context.pages()) if (!p.url().startsWith('chrome-extension://')) await p.close();
    const registered = () =>
      s.control.evaluate(async () => (await (globalThis as unknown as ChromeGlobal).chrome.scripting.getRegisteredContentScripts()).length);
    await rounds('permission change', async (i) => {
      const on = i % 2 === 1;
      await setSiteAccess(s.browser, on ? 'ON_ALL_SITES' : 'ON_CLICK');
      await waitFor(registered, (n) => (on ? n > 0 : n === 0), {
        what: `the woken worker to ${on ? 'register' : 'unregister'} its content script`,
        timeout: 15_000,
      });
    });
    expect(await registered()).toBeGreaterThan(0);
  });

  it('mid-scan: the worker stopped while the content script\'s page/scan is in flight (20 stops)', async () => {
    let page = article;
    const start = Date.now();
    for (let i = 0; i < ROUNDS; i++) {
      // A fresh address every 10 rounds: a page is rescanned at most 20 times per address.
      if (i % 10 === 0) {
        page = await openArticle(s, '/attacks/bridge.html');
        await waitForScan(s, page.tabId, page.url);
      }
      try {
        if ((await serviceWorkerTargets(s.browser)).length === 0) await send(s.control, 'settings/get', {});
        const worker = await currentWorker(s.browser);
        await worker.call('Debugger.enable');
        const paused = worker.next('Debugger.paused');
        await worker.call('Debugger.pause');
        // New text: the content script rescans after its debounce (800 ms) and sends page/scan.
        await page.page.evaluate((n) => {
          const p = document.createElement('p');
          p.textContent = `Update ${n}: ` + 'Divers finished a survey of the piers and found no new damage. '.repeat(12);
          document.querySelector('article')!.append(p);
        }, i);
        // Nothing else runs in the worker meanwhile: it pauses on the arrival of the page/scan.
        await paused;
        // Stopped while paused (detaching first would let it resume and answer).
        await stopServiceWorker(s.browser);
        const stoppedAt = Date.now();
        await worker.detach();
        await waitFor(
          () => send(s.control, 'tab/get', { tabId: page.tabId }),
          (r) => 'scannedAt' in r && r.scannedAt > stoppedAt && r.status === 'ok',
          { what: 'the lost scan sent again and answered', timeout: 20_000, interval: 250 },
        );
      } catch (error) {
        throw new Error(`mid-scan, round ${i + 1} of ${ROUNDS}: ${String(error)}`);
      }
    }
    timings['mid-scan'] = (Date.now() - start) / 1000;
  });
});
