/**
 * SEAM (reads storage.session): per-tab scan results as the background keeps them (key per tab
 * id), so the popup can show a tab's result without a message round trip or waking the worker.
 * Session storage is not visible to content scripts and is cleared when the browser closes.
 * Writing stays in the background (entrypoints/background/tab-results.ts).
 */
import { browser } from 'wxt/browser';
import type { TabResult } from '../messaging/protocol';
import { visibleEvents } from '../results/event-view';
import { getSettings } from '../settings/settings';
import { isTabResult, tabKey } from './tab-result';

export type TabArea = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

/** storage.session where it exists (Chrome 102+, Firefox 115+); storage.local's API otherwise. */
export function tabArea(): TabArea {
  return browser.storage.session ?? browser.storage.local;
}

/** The tab's stored result as written, or null (none, or not a valid result for this tab). */
export async function getTabResult(tabId: number): Promise<TabResult | null> {
  const key = tabKey(tabId);
  const got = await tabArea().get(key);
  const value: unknown = got[key];
  return isTabResult(value) && value.tabId === tabId ? value : null;
}

/** The tab's stored result without the events the reader dismissed; both reads run in parallel. */
export async function getVisibleTabResult(tabId: number): Promise<TabResult | null> {
  const [stored, { dismissed }] = await Promise.all([getTabResult(tabId), getSettings()]);
  return stored && { ...stored, events: visibleEvents(stored.events, dismissed) };
}
