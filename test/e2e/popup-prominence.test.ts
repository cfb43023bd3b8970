// The events a page is about come first, as cards; the events it only names follow in the popup's
// "Also mentioned on this page" list, in the toolbar tooltip after the main ones. The page
// (test/e2e/pages/main-and-mention.html) is about the Louvre heist and names the Myanmar earthquake
// in one sentence near its end. Screenshots go to out/e2e/ (English and Arabic) for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LocaleMessages } from '../../lib/i18n/substitute';
import { actionTitle, openPopup, waitForBadge } from './harness/extension';
import { ROOT } from './harness/paths';
import { openArticle, waitForPopupEvents, waitForScan } from './harness/session';
import { useSession } from './harness/use-session';
import { waitFor } from './harness/wait';

const SHOTS = join(ROOT, 'out/e2e');
const MAIN = 'louvre-heist';
const MENTION = 'myanmar-earthquake';

async function popupFor(s: ReturnType<typeof useSession>): Promise<{ popup: Page; titles: Record<string, string>; tabId: number }> {
  const { tabId, url } = await openArticle(s, '/e2e/main-and-mention.html');
  const result = await waitForScan(s, tabId, url);
  expect(result.events.map((e) => [e.id, e.prominence])).toEqual([
    [MAIN, 'main'],
    [MENTION, 'mention'],
  ]);
  await waitForBadge(s.browser, tabId, '2');
  const popup = await openPopup(s.browser, tabId);
  await waitForPopupEvents(popup, [MAIN, MENTION]);
  return { popup, titles: Object.fromEntries(result.events.map((e) => [e.id, e.title])), tabId };
}

describe('a page about one event that names another', () => {
  const s = useSession();

  it('the badge counts both; its tooltip names the main event first, then the mention', async () => {
    const { tabId, url } = await openArticle(s, '/e2e/main-and-mention.html');
    const result = await waitForScan(s, tabId, url);
    const titles = Object.fromEntries(result.events.map((e) => [e.id, e.title]));
    await waitForBadge(s.browser, tabId, '2');
    expect((await actionTitle(s.browser, tabId)).split('\n')).toEqual([
      'Backstory: 2 known news events on this page',
      'About:',
      `• ${titles[MAIN]}`,
      'Also mentioned:',
      `• ${titles[MENTION]}`,
    ]);
  });

  it('the popup shows the main event as a card, then the mention in a list under "Also mentioned on this page", opened from the keyboard', async () => {
    const { popup, titles } = await popupFor(s);
    const card = popup.locator(`[data-testid="event"][data-event-id="${MAIN}"]`);
    await expect(card.isVisible()).resolves.toBe(true);
    expect(await popup.getByTestId('event').count()).toBe(1);

    const heading = popup.getByRole('heading', { name: 'Also mentioned on this page', exact: true });
    await expect(heading.isVisible()).resolves.toBe(true);
    const list = popup.getByRole('list', { name: 'Also mentioned on this page', exact: true });
    expect(await list.getByRole('listitem').count()).toBe(1);
    const line = list.getByRole('button');
    expect(await line.getAttribute('data-event-id')).toBe(MENTION);
    expect(await line.textContent()).toContain(titles[MENTION]);
    // Nothing wider than the popup: a long title is cut at the line's end, not widening the column.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const [main, header] = await Promise.all([popup.locator('.popup-main').boundingBox(), popup.locator('.popup-header').boundingBox()]);
    expect(main!.width).toBe(header!.width);
    // Below the card, on one line.
    const [cardBox, lineBox] = await Promise.all([card.boundingBox(), line.boundingBox()]);
    expect(lineBox!.y).toBeGreaterThan(cardBox!.y + cardBox!.height);
    expect(lineBox!.height).toBeLessThan(48);
    mkdirSync(SHOTS, { recursive: true });
    await popup.screenshot({ path: join(SHOTS, 'popup-mentions-en.png'), fullPage: true });

    // Enter on the line opens the event's card, with its sources and Back focused.
    await line.focus();
    await popup.keyboard.press('Enter');
    const detail = popup.locator(`.detail [data-testid="event"][data-event-id="${MENTION}"]`);
    await detail.waitFor({ timeout: 5_000 });
    expect(await detail.getByTestId('source-link').count()).toBeGreaterThan(0);
    expect(await detail.getByTestId('dismiss').count()).toBe(1);
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('back');
    await popup.keyboard.press('Enter');
    await waitFor(
      () => popup.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null),
      (id) => id === MENTION,
      { what: 'focus back on the mention line' },
    );
    await popup.close();
  });
});

describe('a page about something else that names an event', () => {
  const s = useSession();

  it('shows no card: the popup says the page is not about a known event and lists the mention; the tooltip says so too', async () => {
    const { tabId, url } = await openArticle(s, '/e2e/only-mentions.html');
    const result = await waitForScan(s, tabId, url);
    expect(result.events.map((e) => [e.id, e.prominence])).toEqual([[MAIN, 'mention']]);
    await waitForBadge(s.browser, tabId, '1');
    expect((await actionTitle(s.browser, tabId)).split('\n')).toEqual([
      'Backstory: 1 known news event on this page',
      'Mentioned, not what the page is about:',
      `• ${result.events[0]!.title}`,
    ]);
    const popup = await openPopup(s.browser, tabId);
    await waitForPopupEvents(popup, [MAIN]);
    expect(await popup.getByTestId('event').count()).toBe(0);
    const list = popup.getByRole('list', { name: 'This page is not about a known event, but it mentions:', exact: true });
    expect(await list.getByRole('button').getAttribute('data-event-id')).toBe(MAIN);
    expect(await popup.getByRole('heading', { name: 'Also mentioned on this page' }).count()).toBe(0);
    mkdirSync(SHOTS, { recursive: true });
    await popup.screenshot({ path: join(SHOTS, 'popup-only-mentions-en.png'), fullPage: true });
    await popup.close();
  });
});

describe('with an Arabic UI language', () => {
  const s = useSession({ uiLanguage: 'ar' });
  const ar = JSON.parse(readFileSync(join(ROOT, 'public/_locales/ar/messages.json'), 'utf8')) as LocaleMessages;

  it('the mentions list is mirrored, in Arabic, with the English title reading left to right', async () => {
    const { popup, titles } = await popupFor(s);
    const heading = popup.locator('.mentions-heading');
    expect(await heading.textContent()).toBe(ar.mentionsHeading!.message);
    const [line, headingBox, popupBox] = await Promise.all([
      popup.getByTestId('mention').evaluate((el) => {
        const title = el.querySelector('.mention-title')!;
        const meta = el.querySelector('.mention-meta')!.getBoundingClientRect();
        const t = title.getBoundingClientRect();
        return { ltr: title.matches(':dir(ltr)'), text: title.textContent, titleRight: t.right, metaRight: meta.right, wide: el.scrollWidth - el.clientWidth };
      }),
      heading.boundingBox(),
      popup.locator('.popup-main').boundingBox(),
    ]);
    expect(line.text).toBe(titles[MENTION]);
    expect(line.ltr).toBe(true);
    expect(line.wide, 'the line overflows sideways').toBeLessThanOrEqual(0);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // Mirrored: the title starts at the right, the date sits to its left.
    expect(line.metaRight).toBeLessThan(line.titleRight);
    expect(headingBox!.x + headingBox!.width, 'heading at the right').toBeGreaterThan(popupBox!.x + popupBox!.width * 0.6);
    mkdirSync(SHOTS, { recursive: true });
    await popup.screenshot({ path: join(SHOTS, 'popup-mentions-ar.png'), fullPage: true });
    await popup.close();
  });
});
