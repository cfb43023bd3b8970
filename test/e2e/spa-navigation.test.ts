// On a single-page news site the article changes without a page load (history.pushState); the badge
// and the popup must follow the article on screen, and the old results must go.
import { describe, expect, it } from 'vitest';
import { badgeText, openPopup, waitForBadge } from './harness/extension';
import { openArticle, popupEventIds, waitForPopupEvents } from './harness/session';
import { useSession } from './harness/use-session';
import { waitFor } from './harness/wait';

const s = useSession();

describe('single-page app navigation', () => {
  it('badge and popup follow the article after pushState', async () => {
    const { page, tabId } = await openArticle(s, '/spa/louvre');
    await page.waitForSelector('body[data-shown="louvre"]');
    await waitForBadge(s.browser, tabId, '1');
    const popup = await openPopup(s.browser, tabId);
    await waitForPopupEvents(popup, ['louvre-heist']);

    // Switch article in place: same document, new URL and text.
    await page.getByRole('link', { name: 'India' }).click();
    await page.waitForSelector('body[data-shown="sindoor"]');
    expect(new URL(page.url()).pathname).toBe('/spa/sindoor');
    await waitFor(
      async () => {
        await popup.reload();
        await popup.getByTestId('event').first().waitFor({ timeout: 3_000 }).catch(() => undefined);
        return popupEventIds(popup);
      },
      (ids) => ids.join(',') === 'operation-sindoor',
      { what: 'the popup to list only operation-sindoor after the SPA navigation', timeout: 15_000 },
    );
    expect(await badgeText(s.browser, tabId)).toBe('1');

    // An article that mentions nothing: the badge goes and the popup lists nothing.
    await page.getByRole('link', { name: 'Gardening' }).click();
    await page.waitForSelector('body[data-shown="plain"]');
    await waitForBadge(s.browser, tabId, '', 15_000);
    await popup.reload();
    await popup.getByTestId('empty-state').waitFor({ timeout: 10_000 });
    expect(await popupEventIds(popup)).toEqual([]);
  });
});
