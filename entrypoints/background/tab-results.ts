/**
 * Per-tab scan results in storage.session (key per tab id), so the popup gets a tab's results
 * after the worker was stopped and restarted, without scanning again. Reading is shared with the
 * popup (lib/tabs/tab-store.ts); writing and the per-tab lock live here.
 */
import { browser } from 'wxt/browser';
import type { TabResult } from '@/lib/messaging/protocol';
import { isTabResult, tabIdOfKey, tabKey } from '@/lib/tabs/tab-result';
import { getTabResult, getVisibleTabResult, tabArea as area } from '@/lib/tabs/tab-store';

export { getTabResult, getVisibleTabResult };

export async function putTabResult(result: TabResult): Promise<void> {
  await area().set({ [tabKey(result.tabId)]: result });
  await pointPopupAt(result.tabId);
}

/** The toolbar popup's page for a tab: the tab is named, so the popup need not ask which is active. */
export function tabPopupPath(tabId: number): string {
  return `popup.html?tabId=${tabId}`;
}

/**
 * A tab with a result opens its toolbar popup as popup.html?tabId=N: the popup then reads the
 * result at once, without first asking the browser for the active tab (a round trip less while it
 * opens). Always right for that tab, so it is never undone; the browser drops it with the tab.
 */
async function pointPopupAt(tabId: number): Promise<void> {
  const action = browser.action ?? browser.browserAction; // MV2 Firefox has browserAction only
  try {
    await action.setPopup({ tabId, popup: tabPopupPath(tabId) });
  } catch {
    // The tab is gone, or this browser has no per-tab popup: the default popup asks for the tab.
  }
}

export async function removeTabResult(tabId: number): Promise<void> {
  await area().remove(tabKey(tabId));
}

export async function allTabResults(): Promise<TabResult[]> {
  const all = await area().get(null);
  const out: TabResult[] = [];
  for (const [key, value] of Object.entries(all)) {
    const id = tabIdOfKey(key);
    if (id !== null && isTabResult(value) && value.tabId === id) out.push(value);
  }
  return out;
}

const locks = new Map<number, Promise<unknown>>();

/**
 * Runs `fn` after any earlier locked work on the same tab: a scan's write, a navigation's clear
 * and a close are applied in order, so a clear never removes a result written after it decided.
 */
export function withTabLock<T>(tabId: number, fn: () => Promise<T>): Promise<T> {
  const previous = locks.get(tabId) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  locks.set(tabId, tail);
  void tail.then(() => {
    if (locks.get(tabId) === tail) locks.delete(tabId);
  });
  return run;
}
