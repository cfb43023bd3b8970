// Automated accessibility check (axe-core) of the popup with results and the options page:
// no serious or critical violations.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe';
import { openExtensionPage, openPopup, waitForBadge } from './harness/extension';
import { openArticle, waitForPopupEvents } from './harness/session';
import { useSession } from './harness/use-session';

const s = useSession();

describe('accessibility (axe-core)', () => {
  it('the popup listing events has no serious or critical violations', async () => {
    const { tabId } = await openArticle(s, '/e2e/two-events.html');
    await waitForBadge(s.browser, tabId, '2');
    const popup = await openPopup(s.browser, tabId);
    await waitForPopupEvents(popup, ['louvre-heist', 'myanmar-earthquake']);
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('the popup for a page with no events has no serious or critical violations', async () => {
    const { tabId } = await openArticle(s, '/e2e/no-events.html');
    const popup = await openPopup(s.browser, tabId);
    await popup.getByTestId('empty-state').waitFor({ timeout: 10_000 });
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('the options page has no serious or critical violations', async () => {
    const options = await openExtensionPage(s.browser, 'options.html', { width: 900, height: 800 });
    // Every section loaded, the feeds with the bundled index's row and the subscribe form.
    await options.getByTestId('feed').first().waitFor({ timeout: 10_000 });
    await options.getByTestId('hidden-none').waitFor({ timeout: 10_000 });
    expect(await seriousViolations(options)).toEqual([]);
  });
});
