// Chrome stops an idle extension service worker after ~30 s; the popup must still show the tab's
// results afterwards (they may not live only in the worker's memory).
import { describe, expect, it } from 'vitest';
import { openPopup, serviceWorkerTargets, stopServiceWorker, waitForBadge } from './harness/extension';
import { openArticle, waitForPopupEvents } from './harness/session';
import { useSession } from './harness/use-session';

const s = useSession();

describe('service worker restart', () => {
  it('the popup still lists the tab\'s events after the worker was stopped', async () => {
    const { tabId } = await openArticle(s, '/e2e/two-events.html');
    await waitForBadge(s.browser, tabId, '2');
    expect(await serviceWorkerTargets(s.browser)).toHaveLength(1);

    // Waits until the worker's target is gone: its memory is gone with it.
    await stopServiceWorker(s.browser);

    // Opening the popup wakes a new worker, which must answer from stored state.
    const popup = await openPopup(s.browser, tabId);
    await waitForPopupEvents(popup, ['louvre-heist', 'myanmar-earthquake']);
    expect(await serviceWorkerTargets(s.browser)).toHaveLength(1);
    expect(await waitForBadge(s.browser, tabId, '2')).toBe('2');
  });
});
