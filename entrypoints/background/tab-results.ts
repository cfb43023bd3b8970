/**
 * Per-tab scan results in storage.session (key per tab id), so the popup gets a tab's results
 * after the worker was stopped and restarted, without scanning again. Reading is shared with the
 * popup (lib/tabs/tab-store.ts); writing and the per-tab lock live here.
 */
import type { TabResult } from '@/lib/messaging/protocol';
import { isTabResult, tabIdOfKey, tabKey } from '@/lib/tabs/tab-result';
import { getTabResult, getVisibleTabResult, tabArea as area } from '@/lib/tabs/tab-store';

export { getTabResult, getVisibleTabResult };

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
