/**
 * SEAM (storage.session): per-tab scan results (key per tab id), read and written here and nowhere
 * else. The background writes them after a scan and removes them when the tab navigates or
 * closes; the popup reads them directly, so it shows a tab's result without a message round trip
 * or waking the worker, and a restarted worker still has them. Session storage is not visible to
 * content scripts and is cleared when the browser closes.
 */
import { browser } from 'wxt/browser';
import type { TabResult } from '../domain/tab-result';
import { visibleEvents } from '../results/event-view';
import { getSettings } from '../settings/settings';
import { isTabResult, tabIdOfKey, tabKey } from './tab-result';

/** storage.session where it exists (Chrome 102+, Firefox 115+); storage.local's API otherwise. */
function area(): Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'> {
  return browser.storage.session ?? browser.storage.local;
}

/** The tab's stored result as written, or null (none, or not a valid result for this tab). */
export async function getTabResult(tabId: number): Promise<TabResult | null> {
  const key = tabKey(tabId);
  const got = await area().get(key);
  const value: unknown = got[key];
  return isTabResult(value) && value.tabId === tabId ? value : null;
}

/** The tab's stored result without the events the reader dismissed; both reads run in parallel. */
export async function getVisibleTabResult(tabId: number): Promise<TabResult | null> {
  const [stored, { dismissed }] = await Promise.all([getTabResult(tabId), getSettings()]);
  return stored && { ...stored, events: visibleEvents(stored.events, dismissed) };
}

export async function putTabResult(result: TabResult): Promise<void> {
  await area().set({ [tabKey(result.tabId)]: result });
}

export async function removeTabResult(tabId: number): Promise<void> {
  await area().remove(tabKey(tabId));
}

/** Every tab's stored result (after a settings change, each tab's badge and page are updated). */
export async function allTabResults(): Promise<TabResult[]> {
  const all = await area().get(null);
  const out: TabResult[] = [];
  for (const [key, value] of Object.entries(all)) {
    const id = tabIdOfKey(key);
    if (id !== null && isTabResult(value) && value.tabId === id) out.push(value);
  }
  return out;
}
