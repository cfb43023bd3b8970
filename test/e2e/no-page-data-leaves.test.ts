// Matching is local: page text and URLs never leave the device. Browse pages carrying unique
// marker strings, use the popup, and record every request the browser makes, including the
// extension's service worker.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup, recordRequests, send, waitForBadge } from './harness/extension';
import { openArticle, waitForPopupEvents } from './harness/session';
import { useSession } from './harness/use-session';

const TEXT_MARKER = 'Zanzibarwick-7731'; // appears in privacy.html's text
const TITLE_MARKER = 'Kestrelquill'; // appears in its title and heading
const URL_MARKER = 'qv-urlmark-5083'; // we put it in the page URL

const s = useSession();

describe('privacy: no page data leaves the device', () => {
  it('makes no request off the device and none carrying page text or URLs', async () => {
    const recorder = recordRequests(s.browser.context);
    const webPages = new Set<Page>();

    const article = await openArticle(s, `/e2e/privacy.html?m=${URL_MARKER}`);
    webPages.add(article.page);
    await waitForBadge(s.browser, article.tabId, '1');
    const other = await openArticle(s, `/e2e/two-events.html?m=${URL_MARKER}`);
    webPages.add(other.page);
    await waitForBadge(s.browser, other.tabId, '2');

    const popup = await openPopup(s.browser, article.tabId);
    await waitForPopupEvents(popup, ['louvre-heist']);
    await send(s.control, 'index/search', { query: TITLE_MARKER });
    await send(s.control, 'tab/get', { tabId: article.tabId, rescan: true });
    recorder.stop();

    const { requests } = recorder;
    expect(requests.length).toBeGreaterThan(0); // the recorder saw at least the page loads
    const extensionOrigin = `chrome-extension://${s.browser.extensionId}`;
    const offending = requests.filter((r) => {
      const fromWebPage = r.page !== null && webPages.has(r.page);
      // What a web page loads from its own server is the page's business, not the extension's.
      if (fromWebPage && r.url.startsWith(`${s.server.origin}/`)) return false;
      // The extension may load its own packaged files (scripts, the bundled index).
      if (!fromWebPage && (r.url.startsWith(`${extensionOrigin}/`) || r.url.startsWith('data:'))) {
        const all = `${r.url}\n${r.body}\n${JSON.stringify(r.headers)}`;
        return [TEXT_MARKER, TITLE_MARKER, URL_MARKER].some((m) => all.includes(m));
      }
      return true;
    });
    expect(
      offending.map((r) => `${r.page === null ? 'worker' : 'page'} ${r.method} ${r.url}`),
      'requests that are neither the test pages loading themselves nor the extension loading its own files',
    ).toEqual([]);

    // The server only ever saw the pages we opened and the browser's own favicon look-ups
    // (nothing sent back to it by the extension).
    const unexpected = s.server.requests.filter(
      (r) => r.method !== 'GET' || !/^\/(e2e\/(privacy|two-events)\.html\?|favicon\.ico$)/.test(r.path),
    );
    expect(unexpected).toEqual([]);
  });
});
