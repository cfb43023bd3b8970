// A page may not pose as one of an event's sources. The address the browser reports is what the
// reader is on; a canonical or og:url may refine it only within the same site (issue 9, point 1).
import { describe, expect, it } from 'vitest';
import { openPopup, send, tabIdOf, uniqueUrl } from '../harness/extension';
import { waitForScan, waitForPopupEvents } from '../harness/session';
import { BRIDGE_ID } from './attack-index';
import { urlOn, useAttackSession } from './attack-session';

const s = useAttackSession();

async function open(url: string) {
  const page = await s.browser.context.newPage();
  const unique = uniqueUrl(url);
  await page.goto(unique);
  const tabId = await tabIdOf(s.browser, page);
  return { page, tabId, url: unique };
}

describe('a page naming an indexed source as its own address', () => {
  it('from another site, with nothing of the event in its text: not "you are reading this"', async () => {
    const { tabId, url } = await open(s.server.url('/attacks/spoof.html'));
    const result = await waitForScan(s, tabId, url);
    // A cross-site canonical counts at most as a link to the source (issue 9), never as the page's address.
    expect(result.events.filter((e) => e.pageIsSource)).toEqual([]);
    expect(result.events.every((e) => e.score < 1)).toBe(true);
    const popup = await openPopup(s.browser, tabId);
    await popup.locator('main, body').first().waitFor();
    await popup.waitForTimeout(500);
    expect(await popup.getByText(/You are reading/).count()).toBe(0);
    await popup.close();
  });

  it('from another site, mentioning the event: flagged, but not as "you are reading this"', async () => {
    const { tabId, url } = await open(urlOn(s, 'evil.example.com', '/attacks/spoof-article.html'));
    const result = await waitForScan(s, tabId, url);
    expect(result.events.map((e) => [e.id, e.pageIsSource])).toEqual([[BRIDGE_ID, false]]);
    const popup = await openPopup(s.browser, tabId);
    await waitForPopupEvents(popup, [BRIDGE_ID]);
    expect(await popup.locator('[data-reading="true"]').count()).toBe(0);
    expect(await popup.getByText(/You are reading/).count()).toBe(0);
    await popup.close();
  });

  it('from the same site (an edition of the report pointing at it): still "you are reading this"', async () => {
    const { tabId, url } = await open(urlOn(s, 'news.example.org', '/attacks/spoof-article.html'));
    const result = await waitForScan(s, tabId, url);
    expect(result.events.map((e) => [e.id, e.pageIsSource])).toEqual([[BRIDGE_ID, true]]);
    const popup = await openPopup(s.browser, tabId);
    await waitForPopupEvents(popup, [BRIDGE_ID]);
    await expect.poll(() => popup.locator('[data-reading="true"]').count()).toBe(1);
    await popup.close();
  });

  it('the reader\'s settings are untouched by any of it', async () => {
    expect(await send(s.control, 'settings/get', {})).toEqual({ highlights: false, dismissed: [] });
  });
});
