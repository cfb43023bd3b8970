// Many news sites load the article text after the page itself; the badge must appear once it arrives.
import { describe, expect, it } from 'vitest';
import { badgeText, openPopup, waitForBadge } from './harness/extension';
import { openArticle, waitForPopupEvents } from './harness/session';
import { useSession } from './harness/use-session';

const s = useSession();

describe('late-loading article', () => {
  it('flags the page after its text arrives', async () => {
    const { page, tabId } = await openArticle(s, '/e2e/late.html?delay=2000');
    // The server holds the article for 2 s: right now the page shows only a loading line.
    expect(await page.locator('#loading').isVisible()).toBe(true);
    expect(await badgeText(s.browser, tabId)).toBe('');

    await page.waitForSelector('body[data-loaded="yes"]', { timeout: 10_000 });
    await waitForBadge(s.browser, tabId, '1', 15_000);
    const popup = await openPopup(s.browser, tabId);
    await waitForPopupEvents(popup, ['myanmar-earthquake']);
  });
});
