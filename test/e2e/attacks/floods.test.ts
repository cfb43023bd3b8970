// Pages that never stop changing: 1,000 new nodes a second for 30 s, and an address changed by
// pushState every 5 ms. The content script must send the worker a bounded number of messages,
// cause no long task, and end with the page flagged correctly.
import { beforeAll, describe, expect, it } from 'vitest';
import { recordExtensionErrors } from '../harness/cdp-worlds';
import { tabIdOf, uniqueUrl, waitForBadge } from '../harness/extension';
import { extensionLongTasks, traceMainThread } from '../harness/main-thread-trace';
import { waitForScan } from '../harness/session';
import { MAX_RESCANS_PER_URL } from '../../../lib/tabs/text-change';
import { BRIDGE_ID } from './attack-index';
import { spyOnWorkerMessages, useAttackSession } from './attack-session';
import { floodDone } from './page-tricks';

const s = useAttackSession();
let spy: Awaited<ReturnType<typeof spyOnWorkerMessages>>;

beforeAll(async () => {
  spy = await spyOnWorkerMessages(s);
});

/** Loads a flood page inside a main-thread trace, until the flood is over and 2 s more. */
async function runFlood(path: string, seconds: number) {
  const page = await s.browser.context.newPage();
  const errors = await recordExtensionErrors(s.browser, page);
  const url = uniqueUrl(s.server.url(path));
  let done = 0;
  const trace = await traceMainThread(s.browser, page, url.split('?')[0]!, async () => {
    await page.goto(url);
    done = Number(await floodDone(page, (seconds + 20) * 1000));
    await page.waitForTimeout(2_000);
  });
  const tabId = await tabIdOf(s.browser, page);
  return { page, url, tabId, trace, done, errors };
}

describe('pages that never stop changing', () => {
  it('1,000 new nodes a second for 30 s: at most 1 + MAX_RESCANS_PER_URL scans, no long task, flagged', async () => {
    const seconds = 30;
    const run = await runFlood(`/attacks/nodes-flood.html?seconds=${seconds}`, seconds);
    expect(run.done).toBeGreaterThanOrEqual(seconds * 1000);
    await waitForBadge(s.browser, run.tabId, '1');
    const messages = await spy.seen(run.tabId);
    expect(await spy.sameWorker(), 'the worker that counted is still the one running').toBe(true);
    // Bound: the first scan, then rescans only when the text grew meaningfully, debounced
    // (800 ms, at most 4 s apart) and at most MAX_RESCANS_PER_URL (20) per address.
    expect(messages.length).toBeGreaterThanOrEqual(1);
    expect(messages.every((m) => m.type === 'page/scan')).toBe(true);
    expect(messages.length).toBeLessThanOrEqual(1 + MAX_RESCANS_PER_URL);
    const gaps = messages.slice(1).map((m, i) => m.at - messages[i]!.at);
    expect(Math.min(...gaps, Infinity), 'time between two rescans (ms)').toBeGreaterThanOrEqual(700);
    expect(run.trace.extensionMs).toBeGreaterThan(0);
    expect(extensionLongTasks(run.trace), 'long tasks the extension caused').toEqual([]);
    const result = await waitForScan(s, run.tabId, run.url);
    expect(result.events.map((e) => e.id)).toEqual([BRIDGE_ID]);
    expect(run.errors.errors).toEqual([]);
    await run.errors.stop();
    await run.page.close();
  });

  it('pushState every 5 ms for 3 s: bounded messages, no long task, the final address flagged', async () => {
    const seconds = 3;
    const run = await runFlood(`/attacks/pushstate-storm.html?seconds=${seconds}`, seconds);
    const navigations = run.done;
    expect(navigations).toBeGreaterThan(100);
    const finalUrl = run.page.url();
    expect(finalUrl).toContain('final=1');
    const result = await waitForScan(s, run.tabId, finalUrl);
    expect(result.events.map((e) => e.id)).toEqual([BRIDGE_ID]);
    const messages = await spy.seen(run.tabId);
    expect(await spy.sameWorker()).toBe(true);
    const scans = messages.filter((m) => m.type === 'page/scan').length;
    const clears = messages.filter((m) => m.type === 'page/clear').length;
    // Bound: per second of storm at most 2 messages (issue 9 / reliability notes R8), plus the
    // first scan and the final address's scan and clear.
    expect(messages.length, `messages for ${navigations} address changes (${scans} scans, ${clears} clears)`).toBeLessThanOrEqual(2 * seconds + 3);
    expect(extensionLongTasks(run.trace), 'long tasks the extension caused').toEqual([]);
    expect(run.errors.errors).toEqual([]);
    await run.errors.stop();
    await run.page.close();
  });
});
