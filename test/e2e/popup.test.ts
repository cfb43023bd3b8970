// The popup lists each event found on the tab's page with the reporting behind it.
import { describe, expect, it } from 'vitest';
import { openPopup, waitForBadge } from './harness/extension';
import { openArticle, waitForPopupEvents } from './harness/session';
import { useSession } from './harness/use-session';

const s = useSession();

describe('popup for a flagged tab', () => {
  it('lists both events with their sources as https links that open in a new tab', async () => {
    const { tabId } = await openArticle(s, '/e2e/two-events.html');
    await waitForBadge(s.browser, tabId, '2');
    const popup = await openPopup(s.browser, tabId);
    await waitForPopupEvents(popup, ['louvre-heist', 'myanmar-earthquake']);

    for (const id of ['louvre-heist', 'myanmar-earthquake']) {
      // A main event's card is in the list; a mentioned event's card opens from its line.
      const line = popup.locator(`[data-testid="mention"][data-event-id="${id}"]`);
      const mentioned = (await line.count()) > 0;
      if (mentioned) await line.click();
      const event = popup.locator(`[data-testid="event"][data-event-id="${id}"]`);
      await event.waitFor({ timeout: 5_000 });
      await expect(event.isVisible()).resolves.toBe(true);
      const links = event.getByTestId('source-link');
      const attrs = await links.evaluateAll((els) =>
        els.map((el) => ({
          href: el.getAttribute('href') ?? '',
          target: el.getAttribute('target') ?? '',
          rel: el.getAttribute('rel') ?? '',
          text: (el.textContent ?? '').trim(),
          group: el.closest('[data-kind]')?.getAttribute('data-kind') ?? '',
        })),
      );
      expect(attrs.length, `sources of ${id}`).toBeGreaterThan(0);
      for (const a of attrs) {
        expect(new URL(a.href).protocol, a.href).toBe('https:');
        expect(a.target).toBe('_blank');
        expect(a.rel).toContain('noopener');
        expect(a.text.length).toBeGreaterThan(0);
        expect(a.group, `${a.href} sits in a group of its kind`).toMatch(/^(original|primary|reaction|factcheck|analysis|coverage)$/);
      }
      // Grouped: each kind appears as one block, not scattered among the others.
      const kinds = attrs.map((a) => a.group).filter((k, i, all) => i === 0 || all[i - 1] !== k);
      expect(new Set(kinds).size, `group order ${kinds.join(' > ')}`).toBe(kinds.length);
      if (mentioned) await popup.getByTestId('back').click();
    }
  });
});
