// Optional in-page highlights: off by default; once turned on, mentions on the page are marked and
// hovering or focusing a mark shows a card the page's own scripts cannot read (closed shadow root).
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openExtensionPage, send, waitForBadge } from './harness/extension';
import { readShadow } from './harness/closed-shadow';
import { ROOT } from './harness/paths';
import { openArticle, waitForScan } from './harness/session';
import { useSession } from './harness/use-session';
import { waitFor } from './harness/wait';

const s = useSession();

const MARK = 'backstory-mark';
const HOST = '[data-backstory-ui]';

describe('in-page highlights', () => {
  it('marks nothing while the setting is off (the default)', async () => {
    expect((await send(s.control, 'settings/get', {})).highlights).toBe(false);
    const { page, tabId, url } = await openArticle(s, '/e2e/highlights.html');
    await waitForBadge(s.browser, tabId, '1');
    await waitForScan(s, tabId, url);
    expect(await page.locator(MARK).count()).toBe(0);
    expect(await page.locator(HOST).count()).toBe(0);
  });

  it('once turned on in the options, marks mentions after a reload and shows a closed card on focus and hover', async () => {
    const { page, tabId } = await openArticle(s, '/e2e/highlights.html');
    await waitForBadge(s.browser, tabId, '1');

    // The reader turns highlights on in the options page.
    const options = await openExtensionPage(s.browser, 'options.html', { width: 900, height: 800 });
    const toggle = options.getByTestId('highlights-toggle');
    await toggle.waitFor({ timeout: 10_000 });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await waitFor(() => send(s.control, 'settings/get', {}), (v) => v.highlights, { what: 'the setting to be saved' });
    await options.close();

    await page.reload();
    const marks = page.locator(MARK);
    await marks.first().waitFor({ timeout: 10_000 });
    const texts = await marks.allTextContents();
    expect(texts.some((t) => /Operation Sindoor/i.test(t)), `marked: ${texts.join(' | ')}`).toBe(true);
    // Marks wrap the page's own words: the article text reads the same as before.
    expect(await page.locator('article p', { hasText: 'under the name' }).textContent()).toContain('under the name\nOperation Sindoor');

    const dir = join(ROOT, 'out/e2e');
    mkdirSync(dir, { recursive: true });
    const before = await page.screenshot();

    // Keyboard: focus a mark (each distinct mention has one tab stop); the card opens beside it.
    const stop = page.locator(`${MARK}[tabindex="0"]`).first();
    await stop.focus();
    await waitFor(() => stop.getAttribute('aria-expanded'), (v) => v === 'true', { what: 'the mark to report its card open' });
    const card = await waitFor(() => readShadow(s.browser, page, 'data-backstory-ui', 'shown'), (v) => (v?.shownText ?? '') !== '', {
      what: 'the card to show text',
    });
    expect(card?.mode).toBe('closed');
    expect(card?.shownText).toMatch(/Operation Sindoor/i);
    expect(card?.shownBox && card.shownBox.width > 100 && card.shownBox.height > 40, `card box ${JSON.stringify(card?.shownBox)}`).toBe(true);
    const after = await page.screenshot({ path: join(dir, 'highlight-card.png') });
    expect(after.equals(before), 'the screen must change when the card opens').toBe(false);

    // The page cannot look inside the card.
    const pageSees = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      return { exists: el !== null, shadowRoot: el?.shadowRoot ?? null };
    }, HOST);
    expect(pageSees).toEqual({ exists: true, shadowRoot: null });

    // Escape closes it; hovering a mark opens it again.
    await page.keyboard.press('Escape');
    await waitFor(() => readShadow(s.browser, page, 'data-backstory-ui', 'shown'), (v) => (v?.shownText ?? '') === '', {
      what: 'the card to close on Escape',
    });
    await page.locator('h1').click(); // move focus away from the mark
    await marks.last().hover();
    await waitFor(() => readShadow(s.browser, page, 'data-backstory-ui', 'shown'), (v) => /Operation Sindoor/i.test(v?.shownText ?? ''), {
      what: 'the card to open on hover',
    });
  });
});
