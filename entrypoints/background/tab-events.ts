/** Navigation and tab close: a tab's result and badge go away with the page they describe. */
import type { Browser } from 'wxt/browser';
import { clearsResult } from '@/lib/tabs/tab-result';
import { clearBadge } from './badge';
import { getTabResult, removeTabResult } from '@/lib/tabs/tab-store';
import { withTabLock } from './tab-lock';

export function onTabUpdated(tabId: number, change: Browser.tabs.OnUpdatedInfo, tab?: Browser.tabs.Tab): Promise<void> {
  if (change.url === undefined && change.status !== 'loading') return Promise.resolve();
  // Before waiting for the lock: a result written after this moment is for the new load.
  const seenAt = Date.now();
  return withTabLock(tabId, async () => {
    const stored = await getTabResult(tabId);
    if (!stored || !clearsResult(stored, change, tab?.url, seenAt)) return;
    await removeTabResult(tabId);
    await clearBadge(tabId);
  });
}

export function onTabRemoved(tabId: number): Promise<void> {
  return withTabLock(tabId, () => removeTabResult(tabId));
}
