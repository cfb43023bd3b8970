// Firefox: the e2e build installed in headless Firefox ESR flags a news page as it loads
// (badge set by the background after the content script's scan) and the popup lists the events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POPUP_EVENTS, uniqueUrl } from '../harness/extension';
import {
  firefoxBadge,
  firefoxGrantedOrigins,
  firefoxTabId,
  firefoxWaitUntilScanning,
  launchFirefox,
  openFirefoxExtensionPage,
  type FirefoxSession,
} from '../harness/firefox';
import { startServer, type PageServer } from '../harness/server';
import { waitFor } from '../harness/wait';

let ff: FirefoxSession;
let server: PageServer;
beforeAll(async () => {
  server = await startServer();
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('Firefox', () => {
  it('flags a page that mentions two events and the popup lists them', async () => {
    const control = await openFirefoxExtensionPage(ff, 'options.html');
    expect(await firefoxGrantedOrigins(control)).toContain('<all_urls>');
    await firefoxWaitUntilScanning(control);

    const page = await ff.browser.newPage();
    const url = uniqueUrl(server.url('/e2e/two-events.html'));
    await page.goto(url);
    const tabId = await firefoxTabId(control, url);
    await waitFor(() => firefoxBadge(control, tabId), (t) => t === '2', {
      what: `badge "2" on Firefox tab ${tabId}`,
      timeout: 15_000,
    });

    const popup = await openFirefoxExtensionPage(ff, `popup.html?tabId=${tabId}`);
    const ids = await waitFor(
      () =>
        popup.evaluate((selector) => [...document.querySelectorAll(selector)].map((el) => el.getAttribute('data-event-id') ?? '').sort(), POPUP_EVENTS),
      (found) => found.join(',') === 'louvre-heist,myanmar-earthquake',
      { what: 'the Firefox popup to list louvre-heist and myanmar-earthquake', timeout: 10_000 },
    );
    expect(ids).toEqual(['louvre-heist', 'myanmar-earthquake']);
  });
});
