/**
 * One browser + one page server per test file, and the steps most tests share: open an article
 * in a new tab, wait for its scan, read the popup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ChromeGlobal } from './chrome-api';
import type { TabResult } from '../../../lib/domain/tab-result';
import type { TabGetReply } from '../../../lib/messaging/protocol';
import { launchBrowser, type LaunchOptions, type LaunchedBrowser } from './launch';
import { POPUP_EVENTS, send, tabIdOf, uniqueUrl } from './extension';
import { startServer, type PageServer } from './server';
import { waitFor } from './wait';

export interface Session {
  browser: LaunchedBrowser;
  server: PageServer;
  /** An extension page kept open to send protocol messages from (as the popup would). */
  control: Page;
  close(): Promise<void>;
}

export async function startSession(options: LaunchOptions = {}): Promise<Session> {
  const server = await startServer();
  let browser: LaunchedBrowser;
  try {
    browser = await launchBrowser(options);
  } catch (error) {
    await server.close();
    throw error;
  }
  try {
    await waitUntilScanning(browser);
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
  return {
    browser,
    server,
    control: browser.extensionPage,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A build with host access registers its content script at run time, a moment after it starts:
 * a page loaded before that is not scanned (as in a real browser right after installing).
 * Tests start once the extension is ready, as a reader would.
 */
async function waitUntilScanning(b: LaunchedBrowser): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(b.extensionDir, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
  if ((manifest.host_permissions ?? []).length === 0) return;
  await waitFor(
    () =>
      b.extensionPage.evaluate(async () =>
        (await (globalThis as unknown as ChromeGlobal).chrome.scripting.getRegisteredContentScripts()).length,
      ),
    (n) => n > 0,
    { what: 'the extension to register its content script after start-up' },
  );
}

export interface OpenedArticle {
  page: Page;
  tabId: number;
  url: string;
}

/** Opens a served page (path like "/e2e/two-events.html") in a new tab under a URL no other tab has. */
export async function openArticle(s: Session, path: string): Promise<OpenedArticle> {
  const page = await s.browser.context.newPage();
  const url = uniqueUrl(s.server.url(path));
  await page.goto(url);
  const tabId = await tabIdOf(s.browser, page);
  return { page, tabId, url };
}

export function isTabResult(reply: TabGetReply): reply is TabResult {
  return 'tabId' in reply;
}

/**
 * Waits until the background holds a scan result for the tab's current URL (the content script
 * scanned it), without asking it to rescan.
 */
export async function waitForScan(s: Session, tabId: number, url: string, timeout = 10_000): Promise<TabResult> {
  const reply = await waitFor(
    () => send(s.control, 'tab/get', { tabId }),
    (r) => isTabResult(r) && r.url === url && r.status === 'ok',
    { what: `a scan result for tab ${tabId} at ${url}`, timeout },
  );
  if (!isTabResult(reply)) throw new Error('unreachable');
  return reply;
}

/** Event ids the popup lists (POPUP_EVENTS: cards and "Also mentioned" lines), once it has rendered any. */
export async function popupEventIds(popup: Page): Promise<string[]> {
  const events = popup.locator(POPUP_EVENTS);
  return events.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));
}

/** Waits until the popup lists exactly these events (any order). */
export async function waitForPopupEvents(popup: Page, expected: string[], timeout = 10_000): Promise<string[]> {
  const want = [...expected].sort().join(',');
  return waitFor(
    async () => (await popupEventIds(popup)).sort(),
    (ids) => ids.join(',') === want,
    { what: `popup listing [${want}]`, timeout },
  );
}
