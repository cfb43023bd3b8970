// The popup, the options page and the in-page card in the reader's UI language. With Arabic the
// layout is mirrored while English event titles keep their own direction, and nothing sticks out
// sideways. Screenshots go to out/i18n/ (Arabic, Hebrew, Hindi, Japanese) for a person to look at; the
// glyphs need fonts-noto-core and fonts-noto-cjk (test/tools/ensure-browsers.sh installs them).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LocaleMessages } from '../../lib/i18n/substitute';
import { readShadow } from './harness/closed-shadow';
import { openExtensionPage, openPopup, send, waitForBadge } from './harness/extension';
import { ROOT } from './harness/paths';
import { openArticle, waitForPopupEvents } from './harness/session';
import { useSession } from './harness/use-session';
import { waitFor } from './harness/wait';

const SHOTS = join(ROOT, 'out/i18n');
// A page about the Louvre heist that names the Myanmar quake: one card and one "Also mentioned" line.
const TWO_EVENTS = ['louvre-heist', 'myanmar-earthquake'];

function messages(folder: string): LocaleMessages {
  return JSON.parse(readFileSync(join(ROOT, 'public/_locales', folder, 'messages.json'), 'utf8')) as LocaleMessages;
}

interface Layout {
  dir: string;
  lang: string;
  direction: string;
  /** body.scrollWidth - body.clientWidth: > 0 means a horizontal scrollbar. */
  bodyOverflow: number;
  /** Elements (event cards, panels) whose content is wider than they are. */
  overflowing: string[];
  /** Visible elements reaching outside the page's own box (the popup is 380 px wide). */
  outside: string[];
}

/** Direction, language and horizontal overflow of an extension page, measured in the browser. */
function layout(page: Page, boxes: string): Promise<Layout> {
  return page.evaluate((boxSelector) => {
    const root = document.documentElement;
    const frame = root.getBoundingClientRect();
    const name = (el: Element): string =>
      `${el.localName}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const overflowing = [...document.querySelectorAll(boxSelector)]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${name(el)} ${el.scrollWidth}>${el.clientWidth}`);
    const outside = [...document.body.querySelectorAll('*')]
      .filter((el) => !el.closest('.sr-only'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && (r.left < frame.left - 1 || r.right > frame.right + 1);
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${name(el)} [${Math.round(r.left)}, ${Math.round(r.right)}] outside [${Math.round(frame.left)}, ${Math.round(frame.right)}]`;
      });
    return {
      dir: root.dir,
      lang: root.lang,
      direction: getComputedStyle(document.body).direction,
      bodyOverflow: document.body.scrollWidth - document.body.clientWidth,
      overflowing,
      outside,
    };
  }, boxes);
}

function expectNoOverflow(l: Layout): void {
  expect(l.bodyOverflow, 'horizontal scrolling in the page').toBeLessThanOrEqual(0);
  expect(l.overflowing).toEqual([]);
  expect(l.outside).toEqual([]);
}

/** The popup for a page with two events (a main one and a mention), once it lists both. */
async function popupWithEvents(s: ReturnType<typeof useSession>): Promise<Page> {
  const { tabId } = await openArticle(s, '/e2e/main-and-mention.html');
  await waitForBadge(s.browser, tabId, '2');
  const popup = await openPopup(s.browser, tabId);
  await waitForPopupEvents(popup, TWO_EVENTS);
  // Source lists render with their cards; wait until every card has them, so the layout is final.
  await waitFor(() => popup.getByTestId('source-link').count(), (n) => n > 2, { what: 'source links in the popup' });
  return popup;
}

describe('with an Arabic UI language', () => {
  const s = useSession({ uiLanguage: 'ar' });
  const ar = messages('ar');

  it('the browser reports Arabic, right to left', async () => {
    const ui = await s.control.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string; getMessage(k: string): string } } }).chrome.i18n;
      return { language: api.getUILanguage(), dir: api.getMessage('@@bidi_dir') };
    });
    // Without /usr/lib/chromium/locales/ar.pak Debian's Chromium ignores LANGUAGE=ar and says en-US.
    expect(ui, 'Arabic UI: install chromium-l10n (sh test/tools/ensure-browsers.sh)').toEqual({ language: 'ar', dir: 'rtl' });
  });

  it('the popup is mirrored, English titles keep their direction, and nothing overflows', async () => {
    const popup = await popupWithEvents(s);
    const l = await layout(popup, 'body, .popup, [data-testid="event"], .popup-header, .popup-main');
    expect([l.dir, l.lang, l.direction]).toEqual(['rtl', 'ar', 'rtl']);
    expectNoOverflow(l);

    // Arabic strings, with the plural form for two (the dual: no number).
    expect(await popup.locator('#page-heading').textContent()).toBe(ar.pageHeading!.message);
    expect(await popup.locator('.mentions-heading').textContent()).toBe(ar.mentionsHeading!.message);
    expect(await popup.getByTestId('live-status').textContent()).toBe(ar.pageCount_two!.message);

    // Mirrored: the brand's icon, first in the header, sits at the right; the title's text starts there too.
    const [icon, name] = await Promise.all([popup.locator('.brand-icon').boundingBox(), popup.locator('.brand-name').boundingBox()]);
    expect(icon!.x, 'icon right of the name').toBeGreaterThan(name!.x);

    // Each English event title and source title reads left to right inside the Arabic popup.
    const titles = await popup.locator('.event-title, .mention-title, [data-testid="source-link"]').evaluateAll((els) =>
      els.map((el) => ({ text: (el.textContent ?? '').trim(), ltr: el.matches(':dir(ltr)'), direction: getComputedStyle(el).direction })),
    );
    const english = titles.filter((t) => /^[A-Za-z0-9"“‘]/.test(t.text));
    expect(english.length, JSON.stringify(titles)).toBeGreaterThanOrEqual(2);
    for (const t of english) expect({ ...t, ltr: true, direction: 'ltr' }).toEqual(t);

    mkdirSync(SHOTS, { recursive: true });
    await popup.screenshot({ path: join(SHOTS, 'popup-ar.png'), fullPage: true });
  });

  it('the options page is mirrored and fits its window', async () => {
    const options = await openExtensionPage(s.browser, 'options.html', { width: 700, height: 900 });
    await options.getByTestId('feed').first().locator('dl').waitFor({ timeout: 10_000 });
    const l = await layout(options, 'body, .panel');
    expect([l.dir, l.lang, l.direction]).toEqual(['rtl', 'ar', 'rtl']);
    expectNoOverflow(l);
    expect(await options.locator('h1').first().textContent()).toBe(ar.optionsTitle!.message);
    // The bundled index's own title is its own text: English, left to right.
    const title = options.getByTestId('feed').first().locator('.feed-title bdi');
    expect(await title.textContent()).toMatch(/^[A-Za-z]/);
    expect(await title.evaluate((el) => el.matches(':dir(ltr)'))).toBe(true);
    await options.screenshot({ path: join(SHOTS, 'options-ar.png'), fullPage: true });
    await options.close();
  });

  it('the in-page card is mirrored and speaks Arabic', async () => {
    await send(s.control, 'settings/set', { highlights: true });
    const { page, tabId } = await openArticle(s, '/e2e/highlights.html');
    await waitForBadge(s.browser, tabId, '1');
    const stop = page.locator('backstory-mark[tabindex="0"]').first();
    await stop.waitFor({ timeout: 10_000 });
    await stop.focus();
    const card = await waitFor(() => readShadow(s.browser, page, 'data-backstory-ui', 'shown'), (v) => (v?.shownText ?? '') !== '', {
      what: 'the card to show text',
    });
    expect(card?.shownAttributes).toMatchObject({ dir: 'rtl', lang: 'ar' });
    expect(card?.shownText).toContain(ar.highlightSources!.message);
    expect(card?.shownText).toMatch(/Operation Sindoor/);
    await page.screenshot({ path: join(SHOTS, 'card-ar.png') });
    await send(s.control, 'settings/set', { highlights: false });
  });
});

// Hebrew (the other right-to-left UI), Hindi (Devanagari) and Japanese (CJK): their own strings and
// plural form for two, their direction, nothing sticking out sideways.
describe.each([
  ['he', 'rtl'],
  ['hi', 'ltr'],
  ['ja', 'ltr'],
])('with a %s UI language', (language, dir) => {
  const s = useSession({ uiLanguage: language });
  const table = messages(language);

  it(`the popup and options page speak it, read ${dir}, and fit`, async () => {
    const popup = await popupWithEvents(s);
    const l = await layout(popup, 'body, .popup, [data-testid="event"], .popup-header, .popup-main');
    expect([l.dir, l.lang, l.direction]).toEqual([dir, language, dir]);
    expectNoOverflow(l);
    expect(await popup.locator('#page-heading').textContent()).toBe(table.pageHeading!.message);
    expect(await popup.locator('.mentions-heading').textContent()).toBe(table.mentionsHeading!.message);
    const form = table[`pageCount_${new Intl.PluralRules(language).select(2)}`]!.message;
    expect(await popup.getByTestId('live-status').textContent()).toBe(form.replace('$COUNT$', new Intl.NumberFormat(language).format(2)));
    mkdirSync(SHOTS, { recursive: true });
    await popup.screenshot({ path: join(SHOTS, `popup-${language}.png`), fullPage: true });

    const options = await openExtensionPage(s.browser, 'options.html', { width: 700, height: 900 });
    await options.getByTestId('feed').first().locator('dl').waitFor({ timeout: 10_000 });
    const o = await layout(options, 'body, .panel');
    expect([o.dir, o.lang]).toEqual([dir, language]);
    expectNoOverflow(o);
    await options.screenshot({ path: join(SHOTS, `options-${language}.png`), fullPage: true });
    await options.close();
  });
});
