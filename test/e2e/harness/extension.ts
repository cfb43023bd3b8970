/**
 * What tests need from the loaded extension: tab ids, badge text, the popup for a tab, messages
 * sent the way the popup sends them, stopping the service worker, and a record of network requests.
 */
import type { BrowserContext, Page, Request as PwRequest } from 'playwright-core';
import type { MessageType, Request, Response } from '../../../lib/messaging/protocol';
import { unwrapReply } from '../../../lib/messaging/reply';
import type { ChromeGlobal } from './chrome-api';
import type { LaunchedBrowser } from './launch';
import { waitFor } from './wait';

export const POPUP_VIEWPORT = { width: 400, height: 600 };

/** A URL no other tab has, so a tab can be found by its URL. */
export function uniqueUrl(url: string): string {
  const u = new URL(url);
  u.searchParams.set('t', `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`);
  return u.href;
}

/** The browser's tab id of a page (found by URL: give every page a unique one with uniqueUrl). */
export async function tabIdOf(b: LaunchedBrowser, page: Page): Promise<number> {
  const url = page.url();
  const ids = await waitFor(
    () =>
      b.extensionPage.evaluate(async (u) => {
        const tabs = await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({});
        return tabs.filter((t) => t.url === u).map((t) => t.id ?? -1);
      }, url),
    (found) => found.length === 1 && (found[0] ?? -1) >= 0,
    { what: `exactly one tab with URL ${url}`, timeout: 5_000 },
  );
  return ids[0] ?? -1;
}

/** The action's badge text for a tab ('' when there is no badge). */
export async function badgeText(b: LaunchedBrowser, tabId: number): Promise<string> {
  return b.extensionPage.evaluate(
    (id) => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

/**
 * The events a popup lists: its cards (data-testid="event") and the lines of its "Also mentioned
 * on this page" list (data-testid="mention"), in document order (cards first).
 */
export const POPUP_EVENTS = '[data-testid="event"], [data-testid="mention"]';

/** The toolbar button's tooltip for a tab. */
export async function actionTitle(b: LaunchedBrowser, tabId: number): Promise<string> {
  return b.extensionPage.evaluate(
    (id) => (globalThis as unknown as ChromeGlobal).chrome.action.getTitle({ tabId: id }),
    tabId,
  );
}

export function waitForBadge(b: LaunchedBrowser, tabId: number, expected: string, timeout = 10_000): Promise<string> {
  return waitFor(() => badgeText(b, tabId), (text) => text === expected, {
    what: `badge "${expected}" on tab ${tabId}`,
    timeout,
  });
}

/** Opens an extension page (popup.html, options.html, ...) in a new tab. */
export async function openExtensionPage(b: LaunchedBrowser, path: string, viewport = POPUP_VIEWPORT): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${b.extensionId}/${path}`);
  return page;
}

/**
 * The popup for a given tab, opened as a page. (Opened from the toolbar, the popup asks for the
 * active tab; in a test the active tab would be the popup itself, so the tab id is passed.)
 */
export function openPopup(b: LaunchedBrowser, tabId: number): Promise<Page> {
  return openExtensionPage(b, `popup.html?tabId=${tabId}`);
}

/**
 * Sends one protocol message from an extension page, exactly as the popup does, and returns the
 * raw response. `page` must be an extension page (only those may send non-`page/*` messages).
 */
export async function sendFromExtensionPage(page: Page, type: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    ({ type: t, payload: p }) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: t, payload: p }),
    { type, payload },
  );
}

/** Sends a typed protocol message from an extension page and unwraps the reply (throws on errors). */
export async function send<K extends MessageType>(page: Page, type: K, payload: Request<K>): Promise<Response<K>> {
  return unwrapReply<Response<K>>(await sendFromExtensionPage(page, type, payload));
}

/** DevTools target ids of the extension's running service worker (none while it is stopped). */
export async function serviceWorkerTargets(b: LaunchedBrowser): Promise<string[]> {
  const browser = b.context.browser();
  if (!browser) throw new Error('No browser handle to open a CDP session on');
  const cdp = await browser.newBrowserCDPSession();
  try {
    return (await cdp.send('Target.getTargets')).targetInfos
      .filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${b.extensionId}/`))
      .map((t) => t.targetId);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Stops the extension's service worker the way Chrome does when it is idle (the Chrome docs'
 * recipe: close its DevTools target), and waits until it is gone. The next extension event
 * (opening the popup, a message) starts a fresh worker with empty memory.
 */
export async function stopServiceWorker(b: LaunchedBrowser): Promise<void> {
  const browser = b.context.browser();
  if (!browser) throw new Error('No browser handle to open a CDP session on');
  const [targetId] = await serviceWorkerTargets(b);
  if (!targetId) throw new Error('The extension has no running service worker to stop');
  const cdp = await browser.newBrowserCDPSession();
  try {
    await cdp.send('Target.closeTarget', { targetId });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  await waitFor(() => serviceWorkerTargets(b), (ids) => !ids.includes(targetId), {
    what: 'the service worker to stop',
    timeout: 10_000,
  });
}

export interface RecordedRequest {
  url: string;
  method: string;
  /** Request body, if any (decoded as text). */
  body: string;
  headers: Record<string, string>;
  /** The tab that made it, or null for workers (the extension's service worker). */
  page: Page | null;
  /** A navigation (document load) rather than a fetch or subresource. */
  navigation: boolean;
}

/**
 * Records every request the browser context makes from now on, including the extension's service
 * worker (launchBrowser sets PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS for that).
 */
export function recordRequests(context: BrowserContext): { requests: RecordedRequest[]; stop(): void } {
  const requests: RecordedRequest[] = [];
  const onRequest = (r: PwRequest): void => {
    let page: Page | null = null;
    if (!r.serviceWorker()) {
      try {
        page = r.frame().page();
      } catch {
        page = null;
      }
    }
    requests.push({
      url: r.url(),
      method: r.method(),
      body: r.postData() ?? '',
      headers: r.headers(),
      page,
      navigation: r.isNavigationRequest(),
    });
  };
  context.on('request', onRequest);
  return { requests, stop: () => context.off('request', onRequest) };
}
