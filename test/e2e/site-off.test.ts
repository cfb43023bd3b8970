// A reader can turn automatic flagging off for a site at any time (here through Chrome's own
// "Site access" setting; in the production build also by removing the site on our options page).
// Pages on that site are then no longer read, while sites still allowed keep working.
import { describe, expect, it } from 'vitest';
import type { ChromeGlobal } from './harness/chrome-api';
import { badgeText, send, tabIdOf, uniqueUrl, waitForBadge } from './harness/extension';
import { setSiteAccess } from './harness/site-access';
import { openArticle, type Session } from './harness/session';
import { useSession } from './harness/use-session';
import { waitFor } from './harness/wait';

const s = useSession();

/** The sites the content scripts are registered for (scan.js and its document_start companion share them). */
const registeredMatches = (session: Session): Promise<string[]> =>
  session.control.evaluate(async () => [
    ...new Set((await (globalThis as unknown as ChromeGlobal).chrome.scripting.getRegisteredContentScripts()).flatMap((c) => c.matches ?? [])),
  ]);

describe('site turned off', () => {
  it('stops flagging pages of a site the reader turned off; other allowed sites still work', async () => {
    // 127.0.0.1 is flagged while every site is allowed.
    const off = await openArticle(s, '/e2e/two-events.html');
    await waitForBadge(s.browser, off.tabId, '2');

    // The reader keeps only "localhost" allowed: 127.0.0.1 is off.
    expect(await setSiteAccess(s.browser, 'ON_SPECIFIC_SITES', ['http://localhost/*'])).toBe('ON_SPECIFIC_SITES');
    // The extension follows by itself (permission events) and scans only the allowed site.
    const access = await waitFor(() => send(s.control, 'sites/get', {}), (a) => a.mode === 'sites', {
      what: 'the extension to report specific sites',
    });
    expect(access).toEqual({ mode: 'sites', origins: ['http://localhost/*'] });
    await waitFor(() => registeredMatches(s), (m) => m.join() === 'http://localhost/*', {
      what: 'the content script to be registered for localhost only',
    });

    // Reload the page on the turned-off site, then load the same article on the allowed one.
    await off.page.reload();
    const allowed = await s.browser.context.newPage();
    await allowed.goto(uniqueUrl(s.server.url('/e2e/two-events.html').replace('127.0.0.1', 'localhost')));
    const allowedTab = await tabIdOf(s.browser, allowed);
    await waitForBadge(s.browser, allowedTab, '2');
    // The allowed page loaded later and is already flagged: the turned-off one had more time and is not.
    expect(await badgeText(s.browser, off.tabId)).toBe('');

    // Allowed everywhere again: the page is flagged on its next load.
    expect(await setSiteAccess(s.browser, 'ON_ALL_SITES')).toBe('ON_ALL_SITES');
    await waitFor(() => send(s.control, 'sites/get', {}), (a) => a.mode === 'all', {
      what: 'the extension to report all sites again',
    });
    await waitFor(() => registeredMatches(s), (m) => m.some((p) => p !== 'http://localhost/*'), {
      what: 'the content script to be registered for all sites again',
    });
    await off.page.reload();
    await waitForBadge(s.browser, off.tabId, '2');
  });
});
