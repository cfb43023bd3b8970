// The one-click lookup, for real: the PRODUCTION build (no host access at install) in a headed
// Chromium on a virtual X display; the user's action is real X input (xdotool), so Chrome treats it
// as invoking the extension's action and grants activeTab for that tab, as it does for a click.
// Both ways in: the keyboard shortcut, and a mouse click on the pinned toolbar button found on
// screen by its icon. Screenshots of the whole screen go to out/e2e/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChromeGlobal } from './harness/chrome-api';
import { engineEventIds } from './harness/engine';
import { badgeText, openPopup, uniqueUrl, waitForBadge } from './harness/extension';
import { launchHeaded, type HeadedBrowser } from './harness/headed';
import { CHROME_PROD_BUILD, ROOT, requireBuild } from './harness/paths';
import { startServer, type PageServer } from './harness/server';
import { findToolbarButton, toolbarIcon } from './harness/toolbar-button';
import { toolbarPopups, waitForToolbarPopup, waitForToolbarPopupClosed, type ToolbarPopup } from './harness/toolbar-popup';
import { waitFor } from './harness/wait';
import { browserWindow, clickAt, focusWindow, pressKeys, xdotoolKeys } from './harness/x-input';
import { captureScreen, saveScreen, waitForSettledChange, type Screen } from './harness/x-screen';
import { requireXTools, startXvfb, type Xvfb } from './harness/xvfb';

// Missing X tools fail the file here, with what to install, rather than its tests being skipped.
requireXTools();

const SCREEN = { width: 1280, height: 900 };
const SHOTS = join(ROOT, 'out/e2e');
/** The events test/e2e/pages/two-events.html was written to mention (as in popup.test.ts). */
const TWO_EVENTS = ['louvre-heist', 'myanmar-earthquake'];

interface Manifest {
  host_permissions?: string[];
  commands?: { _execute_action?: { suggested_key?: Record<string, string> } };
}
const manifest = JSON.parse(readFileSync(join(requireBuild(CHROME_PROD_BUILD), 'manifest.json'), 'utf8')) as Manifest;
const suggested = manifest.commands?._execute_action?.suggested_key;
const shortcut = suggested?.linux ?? suggested?.default ?? '';

let x: Xvfb | undefined;
let b: HeadedBrowser;
let server: PageServer;
let otherSite: PageServer;

beforeAll(async () => {
  server = await startServer();
  otherSite = await startServer();
  x = await startXvfb(SCREEN.width, SCREEN.height);
  b = await launchHeaded({ display: x.display, extensionDir: CHROME_PROD_BUILD, ...SCREEN });
});

afterAll(async () => {
  // Each step on its own: a failure in one must not leave the browser or Xvfb running.
  await b?.close().catch(() => undefined);
  await x?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
  await otherSite?.close().catch(() => undefined);
});

function display(): string {
  if (!x) throw new Error('Xvfb did not start');
  return x.display;
}

interface Article {
  page: Page;
  tabId: number;
  url: string;
}

function tabIds(): Promise<number[]> {
  return b.extensionPage.evaluate(async () =>
    (await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({})).map((t) => t.id ?? -1),
  );
}

/** Opens a test page in a new tab in front, as a reader would, and finds its tab id. */
async function openInFront(site: PageServer, file: string): Promise<Article> {
  const earlier = new Set(await tabIds());
  const page = await b.context.newPage();
  const url = uniqueUrl(site.url(`/e2e/${file}`));
  await page.goto(url);
  await page.bringToFront();
  // Without host access the extension cannot see tab URLs: the article is the new active tab.
  const tabId = await waitFor(
    () =>
      b.extensionPage.evaluate(async () => {
        const [tab] = await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({ active: true, currentWindow: true });
        return tab?.id ?? -1;
      }),
    (id) => id >= 0 && !earlier.has(id),
    { what: `the new tab at ${url} to be the active one` },
  );
  return { page, tabId, url };
}

/** Where the page starts on screen (the window sits at the screen's top-left corner). */
function pageTop(page: Page): Promise<number> {
  return page.evaluate(() => window.screenY + window.outerHeight - window.innerHeight);
}

function grantedOrigins(): Promise<string[]> {
  return b.extensionPage.evaluate(async () => (await (globalThis as unknown as ChromeGlobal).chrome.permissions.getAll()).origins ?? []);
}

/** Saves the screen once the popup is painted (it is ready in the DOM a moment before). */
async function screenshotPopup(before: Screen, top: number, name: string): Promise<void> {
  const shown = await waitForSettledChange(display(), before, top);
  saveScreen(shown, join(SHOTS, name));
}

async function closePopup(): Promise<void> {
  await pressKeys(display(), 'Escape');
  await waitForToolbarPopupClosed(b);
}

function expectToolbarPopup(popup: ToolbarPopup): void {
  // The toolbar's popup: no ?tabId= (it asks for the active tab), and not a tab of its own.
  expect(popup.href).toBe(`chrome-extension://${b.extensionId}/popup.html`);
  expect(popup.popupTabs).toBe(0);
}

describe('production build, headed, real user input', () => {
  beforeEach(async () => {
    // A test that failed with its popup open must not hand it to the next one.
    if ((await toolbarPopups(b)).length > 0) await closePopup();
  });

  it('installs with no host access and reads nothing by itself', async () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(await grantedOrigins()).toEqual([]);
    const { tabId } = await openInFront(server, 'two-events.html');
    // Give an automatic scan the time it takes in the test build (well under a second); none comes.
    await expect(
      waitFor(() => badgeText(b, tabId), (text) => text !== '', { what: 'a badge nobody asked for', timeout: 2_000 }),
    ).rejects.toThrow(/Timed out/);
  });

  it(`the keyboard shortcut (${shortcut}) opens the popup, which checks the page: events listed, badge set`, async () => {
    expect(shortcut, 'commands._execute_action.suggested_key in the manifest').not.toBe('');
    // Chrome took the suggested key (it leaves it unset when it clashes with another).
    const commands = await b.extensionPage.evaluate(() =>
      (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).chrome.commands.getAll(),
    );
    expect(commands.find((c) => c.name === '_execute_action')?.shortcut).toBe(shortcut);

    const { page, tabId, url } = await openInFront(server, 'two-events.html');
    const expected = await engineEventIds(CHROME_PROD_BUILD, 'two-events.html', url);
    expect(expected).toEqual(TWO_EVENTS);
    expect(await badgeText(b, tabId)).toBe('');

    const top = await pageTop(page);
    const before = await captureScreen(display());
    await focusWindow(display(), await browserWindow(display()));
    await pressKeys(display(), xdotoolKeys(shortcut));

    const popup = await waitForToolbarPopup(b);
    expectToolbarPopup(popup);
    expect([...popup.eventIds].sort()).toEqual(expected);
    expect(await waitForBadge(b, tabId, String(expected.length))).toBe(String(expected.length));
    await screenshotPopup(before, top, 'toolbar-shortcut-popup.png');
    // activeTab is a grant for this tab only: no host permission appeared.
    expect(await grantedOrigins()).toEqual([]);
    await closePopup();
  });

  it('a click on the pinned toolbar button (found on screen) does the same', async () => {
    const { page, tabId, url } = await openInFront(server, 'two-events.html');
    const expected = await engineEventIds(CHROME_PROD_BUILD, 'two-events.html', url);
    const top = await pageTop(page);
    const before = await captureScreen(display());
    const button = findToolbarButton(before, toolbarIcon(b.extensionDir), top);
    await clickAt(display(), button.x, button.y);

    const popup = await waitForToolbarPopup(b);
    expectToolbarPopup(popup);
    expect([...popup.eventIds].sort()).toEqual(expected);
    expect(await waitForBadge(b, tabId, String(expected.length))).toBe(String(expected.length));
    await screenshotPopup(before, top, 'toolbar-click-popup.png');
    await closePopup();
  });

  it('on a page that mentions no known event, a click shows "no known events" and no badge', async () => {
    const { page, tabId, url } = await openInFront(server, 'no-events.html');
    expect(await engineEventIds(CHROME_PROD_BUILD, 'no-events.html', url)).toEqual([]);
    const before = await captureScreen(display());
    const button = findToolbarButton(before, toolbarIcon(b.extensionDir), await pageTop(page));
    await clickAt(display(), button.x, button.y);

    const popup = await waitForToolbarPopup(b);
    expectToolbarPopup(popup);
    // 'none' (the page was read, nothing found), not 'off' (could not read it).
    expect(popup.emptyState).toBe('none');
    expect(popup.eventIds).toEqual([]);
    expect(await badgeText(b, tabId)).toBe('');
    await closePopup();
  });

  it('the grant is one-off: a reload is not checked again until the next press, and another site cannot be read', async () => {
    const { page, tabId } = await openInFront(server, 'two-events.html');
    await focusWindow(display(), await browserWindow(display()));
    await pressKeys(display(), xdotoolKeys(shortcut));
    expect((await waitForToolbarPopup(b)).eventIds.length).toBe(TWO_EVENTS.length);
    await waitForBadge(b, tabId, String(TWO_EVENTS.length));
    await closePopup();

    // Reload: the new document is not checked without another click (no automatic flagging
    // without the reader's opt-in), so the badge goes and does not come back.
    await page.reload();
    await waitForBadge(b, tabId, '');
    await expect(
      waitFor(() => badgeText(b, tabId), (text) => text !== '', { what: 'a badge after the reload', timeout: 2_000 }),
    ).rejects.toThrow(/Timed out/);

    // Pressed again after the reload, the button reads the page as it is now, not the result it
    // kept from before: here the reloaded page lost its article, so nothing is listed.
    await page.evaluate(() => {
      document.querySelector('article')!.innerHTML = '<p>The article was taken down.</p>';
    });
    await focusWindow(display(), await browserWindow(display()));
    await pressKeys(display(), xdotoolKeys(shortcut));
    const again = await waitForToolbarPopup(b);
    expect(again.emptyState).toBe('none');
    expect(again.eventIds).toEqual([]);
    expect(await badgeText(b, tabId)).toBe('');
    await closePopup();

    // The same tab moves to another site (another origin): the earlier grant does not follow it.
    const elsewhere = uniqueUrl(otherSite.url('/e2e/two-events.html'));
    await page.goto(elsewhere);
    const asPage = await openPopup(b, tabId);
    try {
      const empty = asPage.getByTestId('empty-state');
      await empty.waitFor({ timeout: 10_000 });
      expect(await empty.getAttribute('data-state')).toBe('off');
      expect(await asPage.getByTestId('event').count()).toBe(0);
    } finally {
      await asPage.close();
    }
    expect(await badgeText(b, tabId)).toBe('');
    expect(await toolbarPopups(b)).toEqual([]);
  });
});
