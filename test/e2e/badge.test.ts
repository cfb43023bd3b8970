// The toolbar badge counts the events a page mentions, without the user doing anything.
import { describe, expect, it } from 'vitest';
import { badgeText, waitForBadge } from './harness/extension';
import { openArticle, waitForScan } from './harness/session';
import { useSession } from './harness/use-session';

const s = useSession();

describe('toolbar badge', () => {
  it('shows 2 on a page that mentions two events', async () => {
    const { tabId } = await openArticle(s, '/e2e/two-events.html');
    expect(await waitForBadge(s.browser, tabId, '2')).toBe('2');
  });

  it('shows no badge on a page that mentions no event, even after a flagged page in the same tab', async () => {
    const { page, tabId } = await openArticle(s, '/e2e/two-events.html');
    await waitForBadge(s.browser, tabId, '2');
    const plainUrl = s.server.url(`/e2e/no-events.html?after=${tabId}`);
    await page.goto(plainUrl);
    const result = await waitForScan(s, tabId, plainUrl);
    expect(result.events).toEqual([]);
    expect(await badgeText(s.browser, tabId)).toBe('');
  });
});
