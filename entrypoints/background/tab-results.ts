/**
 * Per-tab scan results in storage.session (key per tab id), so the popup gets a tab's results
 * after the worker was stopped and restarted, without scanning again. Session storage is not
 * visible to content scripts and is cleared when the browser closes.
 */
import { browser } from 'wxt/browser';
import type { TabResult } from '@/lib/messaging/protocol';
import { isTabResult, tabIdOfKey, tabKey } from '@/lib/tabs/tab-result';

type Area = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

/** storage.session where it exists (Chrome 102+, Firefox 115+); storage.local's API otherwise. */
function area(): Area {
  return browser.storage.session ?? browser.storage.local;
}

export async function getTabResult(tabId: number): Promise<TabResult | null> {
  const key = tabKey(tabId);
  const got = await area().get(key);
  const value: unknown = got[key];
  return isTabResult(value) && value.tabId === tabId ? value : null;
}

export async function putTabResult(result: TabResult): Promise<void> {
  await area().set({ [tabKey(result.tabId)]: result });
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
