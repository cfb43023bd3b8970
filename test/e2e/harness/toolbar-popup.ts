/**
 * The popup the toolbar button opened (not popup.html opened as a tab): Chrome lists it among the
 * extension's views of type "popup" (chrome.extension.getViews), which any page of the extension
 * can read, DOM included, since they share one process. Read from the control page.
 */
import { POPUP_EVENTS } from './extension';
import type { LaunchedBrowser } from './launch';
import { waitFor } from './wait';

interface ViewsApi {
  chrome: { extension: { getViews(filter: { type: 'popup' | 'tab' }): Window[] } };
}

export interface ToolbarPopup {
  href: string;
  /** data-event-id of each listed event (POPUP_EVENTS: cards, then mentions), in order. */
  eventIds: string[];
  /** data-state of the empty state (data-testid="empty-state"), if shown. */
  emptyState: string | null;
  /** Extension pages open as tabs whose address is popup.html (none when the popup is the toolbar's). */
  popupTabs: number;
}

/** The open toolbar popups (at most one). */
export async function toolbarPopups(b: LaunchedBrowser): Promise<ToolbarPopup[]> {
  return b.extensionPage.evaluate((selector) => {
    const ext = (globalThis as unknown as ViewsApi).chrome.extension;
    const popupTabs = ext.getViews({ type: 'tab' }).filter((w) => w.location.pathname === '/popup.html').length;
    return ext.getViews({ type: 'popup' }).map((w) => ({
      href: w.location.href,
      eventIds: [...w.document.querySelectorAll(selector)].map((el) => el.getAttribute('data-event-id') ?? ''),
      emptyState: w.document.querySelector('[data-testid="empty-state"]')?.getAttribute('data-state') ?? null,
      popupTabs,
    }));
  }, POPUP_EVENTS);
}

/** Waits for the toolbar popup to show a result: events listed, or an empty state. */
export async function waitForToolbarPopup(b: LaunchedBrowser, timeout = 15_000): Promise<ToolbarPopup> {
  const [popup] = await waitFor(
    () => toolbarPopups(b),
    (views) => views.length === 1 && (views[0]?.eventIds.length !== 0 || views[0]?.emptyState !== null),
    { what: 'the toolbar popup to open and show a result', timeout },
  );
  if (!popup) throw new Error('unreachable');
  return popup;
}

export async function waitForToolbarPopupClosed(b: LaunchedBrowser, timeout = 10_000): Promise<void> {
  await waitFor(() => toolbarPopups(b), (views) => views.length === 0, { what: 'the toolbar popup to close', timeout });
}
