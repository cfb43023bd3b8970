// The popup's search box finds events in the whole index by name or word, in any language.
import { describe, expect, it } from 'vitest';
import { openPopup } from './harness/extension';
import { openArticle, popupEventIds } from './harness/session';
import { useSession } from './harness/use-session';
import { waitFor } from './harness/wait';

const s = useSession();

describe('popup search', () => {
  it('typing a name lists the events about that person; clearing returns to the page', async () => {
    const { tabId } = await openArticle(s, '/e2e/no-events.html');
    const popup = await openPopup(s.browser, tabId);
    await popup.getByTestId('empty-state').waitFor({ timeout: 10_000 });
    const results = popup.getByTestId('search-results');

    const input = popup.getByRole('searchbox');
    await input.fill('Ushakov');
    const ids = await waitFor(() => results.getByTestId('event').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id'))), (found) => found.length > 0, {
      what: 'search results for "Ushakov"',
    });
    expect(ids).toContain('witkoff-ushakov-call');
    expect(ids).not.toContain('louvre-heist');

    // Another script and spelling: Cyrillic name.
    await input.fill('Ушаков');
    await waitFor(() => results.getByTestId('event').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id'))), (found) => found.includes('witkoff-ushakov-call'), {
      what: 'search results for "Ушаков"',
    });

    await input.fill('Louvre');
    await waitFor(() => results.getByTestId('event').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id'))), (found) => found[0] === 'louvre-heist', {
      what: 'louvre-heist as the first result for "Louvre"',
    });

    await input.fill('qwxzv nothing like this');
    await waitFor(() => results.getByTestId('event').count(), (n) => n === 0, { what: 'no results for nonsense' });
    expect(await popup.getByTestId('search-count').textContent()).toMatch(/qwxzv/);

    await input.press('Escape');
    await popup.getByTestId('empty-state').waitFor({ timeout: 5_000 });
    expect(await popupEventIds(popup)).toEqual([]);
  });
});
