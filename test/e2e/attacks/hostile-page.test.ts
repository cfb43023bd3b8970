// A page that attacks the content script from its own world: patched built-ins and clobbered
// names, a flood of window messages shaped like ours with fake navigation events, and 20
// cross-site frames. Results must equal a clean page's, with no extension error.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TabResult } from '../../../lib/domain/tab-result';
import { recordExtensionErrors } from '../harness/cdp-worlds';
import { send, tabIdOf, uniqueUrl, waitForBadge } from '../harness/extension';
import type { ChromeGlobal } from '../harness/chrome-api';
import { isTabResult, waitForScan } from '../harness/session';
import { waitFor } from '../harness/wait';
import { BRIDGE_ID } from './attack-index';
import { spyOnWorkerMessages, useAttackSession } from './attack-session';
import { extensionLongTasks, traceMainThread } from '../harness/main-thread-trace';
import { floodDone, MARK } from './page-tricks';

const s = useAttackSession();
let spy: Awaited<ReturnType<typeof spyOnWorkerMessages>>;

beforeAll(async () => {
  await send(s.control, 'settings/set', { highlights: true });
  spy = await spyOnWorkerMessages(s);
});

/**
 * Opens a page with the extension's errors recorded from before its first script; `during` runs
 * once it is loaded (within a main-thread trace when `trace` is given).
 */
async function openRecorded(path: string) {
  const page = await s.browser.context.newPage();
  const errors = await recordExtensionErrors(s.browser, page);
  const url = uniqueUrl(s.server.url(path));
  await page.goto(url);
  return scanned(page, url, errors);
}

async function scanned(page: Page, url: string, errors: Awaited<ReturnType<typeof recordExtensionErrors>>) {
  const tabId = await tabIdOf(s.browser, page);
  // The badge first: asking for the tab's result before the content script has sent its own would
  // have the background read the page itself (the toolbar button's lookup), a scan of its own.
  await waitForBadge(s.browser, tabId, '1');
  const result = await waitForScan(s, tabId, url);
  await page.locator(MARK).first().waitFor({ timeout: 10_000 });
  return { page, url, tabId, result, errors };
}

const summary = (r: TabResult) =>
  r.events.map((e) => ({ id: e.id, score: e.score, pageIsSource: e.pageIsSource, evidence: e.evidence.length }));

describe('a hostile page', () => {
  it('patched built-ins and clobbered document names: the same results and marks as a clean page, no extension error', async () => {
    const control = await openRecorded('/attacks/bridge.html');
    const patched = await openRecorded('/attacks/patched.html');
    expect(summary(control.result).map((e) => e.id)).toEqual([BRIDGE_ID]);
    expect(summary(patched.result)).toEqual(summary(control.result));
    await waitFor(() => patched.page.locator(MARK).count(), (n) => n > 0, { what: 'marks on the patched page' });
    expect(await patched.page.locator(MARK).count()).toBe(await control.page.locator(MARK).count());
    // The card still opens (attachShadow was patched in the page's world only).
    await patched.page.locator(MARK).first().hover();
    await waitFor(() => patched.page.locator(`${MARK}[aria-expanded="true"]`).count(), (n) => n > 0, { what: 'the card to open' });
    await patched.page.waitForTimeout(500);
    expect(patched.errors.errors).toEqual([]);
    expect(control.errors.errors).toEqual([]);
    expect(spy.worker.errors).toEqual([]);
    await Promise.all([control.errors.stop(), patched.errors.stop(), control.page.close(), patched.page.close()]);
  });

  it('elements named chrome and browser: the same results and marks as a clean page, no extension error', async () => {
    // Automatic flagging: the registered scripts' world is created at document_start, before the
    // elements exist (without that, the forms page would leave scan.js no usable API at all).
    const control = await openRecorded('/attacks/bridge.html');
    expect(summary(control.result).map((e) => e.id)).toEqual([BRIDGE_ID]);
    for (const path of ['/attacks/clobbered.html', '/attacks/clobbered-forms.html']) {
      const clobbered = await openRecorded(path);
      expect(summary(clobbered.result), path).toEqual(summary(control.result));
      expect(await clobbered.page.locator(MARK).count(), path).toBe(await control.page.locator(MARK).count());
      await clobbered.page.waitForTimeout(500);
      expect(clobbered.errors.errors, path).toEqual([]);
      await Promise.all([clobbered.errors.stop(), clobbered.page.close()]);
    }
    expect(control.errors.errors).toEqual([]);
    await Promise.all([control.errors.stop(), control.page.close()]);
  });

  it("elements named chrome and browser, read by the toolbar button's lookup in a world created after them: the same results, no extension error", async () => {
    const control = await openRecorded('/attacks/bridge.html');
    const expected = summary(control.result);
    await Promise.all([control.errors.stop(), control.page.close()]);
    // Nothing registered may run in these pages before the lookup: its injection then creates
    // our world in a page that already has the elements ('sites/sync' registers again).
    await s.control.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.scripting.unregisterContentScripts());
    try {
      for (const path of ['/attacks/clobbered.html', '/attacks/clobbered-forms.html']) {
        const page = await s.browser.context.newPage();
        const errors = await recordExtensionErrors(s.browser, page);
        await page.goto(uniqueUrl(s.server.url(path)));
        const tabId = await tabIdOf(s.browser, page);
        const reply = await send(s.control, 'tab/get', { tabId, rescan: true });
        expect(isTabResult(reply) ? summary(reply) : reply, path).toEqual(expected);
        if (path === '/attacks/clobbered.html') {
          // `browser` is an <img> there: Chromium hangs the API on it, usable, so highlights show too.
          await page.locator(MARK).first().waitFor({ timeout: 10_000 });
        } else {
          // Both names are forms that hide the API's parts: the page is still read and matched.
          await page.waitForTimeout(1_000);
        }
        expect(errors.errors, path).toEqual([]);
        await Promise.all([errors.stop(), page.close()]);
      }
    } finally {
      await send(s.control, 'sites/sync', {});
    }
  });

  it('a postMessage flood shaped like our protocol, with fake navigation events: ignored', async () => {
    const seconds = 8;
    const page = await s.browser.context.newPage();
    const errors = await recordExtensionErrors(s.browser, page);
    const url = uniqueUrl(s.server.url(`/attacks/postmessage-flood.html?seconds=${seconds}`));
    let sent = 0;
    const trace = await traceMainThread(s.browser, page, url.split('?')[0]!, async () => {
      await page.goto(url);
      sent = Number(await floodDone(page, (seconds + 10) * 1000));
      // Let any reaction to the last messages reach the worker.
      await page.waitForTimeout(1_500);
    });
    expect(sent).toBeGreaterThan(1000);
    const flood = await scanned(page, url, errors);
    const messages = await spy.seen(flood.tabId);
    // Bound: its one scan (its text never changes, so no rescan) and, to draw the marks, the highlighter.
    expect(messages.map((m) => m.type)).toEqual(['page/scan', 'page/highlighter']);
    expect(await spy.sameWorker()).toBe(true);
    const result = await waitForScan(s, flood.tabId, flood.url);
    expect(result.events.map((e) => e.id)).toEqual([BRIDGE_ID]);
    expect(await flood.page.locator(MARK).count()).toBeGreaterThan(0);
    expect(await send(s.control, 'settings/get', {})).toEqual({ highlights: true, dismissed: [] });
    expect(flood.errors.errors).toEqual([]);
    expect(trace.extensionMs, 'the content script ran (the trace saw it)').toBeGreaterThan(0);
    expect(extensionLongTasks(trace), 'long tasks the extension caused').toEqual([]);
    await flood.errors.stop();
    await flood.page.close();
  });

  it('20 cross-site frames: only the top frame is read, once', async () => {
    const framed = await openRecorded('/attacks/iframes.html');
    await waitFor(() => framed.page.evaluate(() => document.documentElement.dataset.framesLoaded ?? ''), (v) => v === '20', {
      what: 'the 20 frames to load',
    });
    expect(framed.page.frames()).toHaveLength(21);
    await framed.page.waitForTimeout(2_000);
    const messages = await spy.seen(framed.tabId);
    expect(messages.map((m) => [m.type, m.frameId])).toEqual([
      ['page/scan', 0],
      ['page/highlighter', 0],
    ]);
    const result = await waitForScan(s, framed.tabId, framed.url);
    // The frames mention the ferry strike; only the top page's bridge story counts.
    expect(result.events.map((e) => e.id)).toEqual([BRIDGE_ID]);
    expect(framed.errors.errors).toEqual([]);
    await framed.errors.stop();
    await framed.page.close();
  });
});
