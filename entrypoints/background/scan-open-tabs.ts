/**
 * Runs the scanner in tabs that are already open on granted sites. The registered content script
 * only runs on pages loaded after its registration, so without this: right after install or an
 * update, open pages (and pages that loaded in the moment before registration) stay unflagged,
 * and highlights an updated copy left behind linger; when the reader grants a site, its other
 * open tabs wait for a reload. A copy already running in a tab hands over to the new one.
 */
import { browser } from 'wxt/browser';
import { SCRIPT_FILE } from './site-access';

/** `matches`: host-permission patterns, e.g. the origins just granted. */
export async function scanOpenTabs(matches: readonly string[]): Promise<void> {
  if (matches.length === 0) return;
  const tabs = await browser.tabs.query({ url: [...matches] });
  for (const tab of tabs) {
    // Discarded tabs reload (and get the registered script) when the reader returns to them.
    if (tab.id === undefined || tab.discarded) continue;
    // Not awaited: each tab answers in its own time, and a tab that cannot be scripted (an
    // error page, a site the reader set to "on click" in Chrome) must not hold up the others.
    browser.scripting
      .executeScript({ target: { tabId: tab.id }, files: [SCRIPT_FILE] })
      .catch(() => undefined);
  }
}
