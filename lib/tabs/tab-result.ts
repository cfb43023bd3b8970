/** Per-tab results as kept in storage.session (pure helpers). */
import type { TabResult } from '../messaging/protocol';

export function tabKey(tabId: number): string {
  return `tab:${tabId}`;
}

export function tabIdOfKey(key: string): number | null {
  const m = /^tab:(\d+)$/.exec(key);
  return m ? Number(m[1]) : null;
}

/** Data read back from storage is checked, not trusted (an older version may have written it). */
export function isTabResult(x: unknown): x is TabResult {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Partial<Record<keyof TabResult, unknown>>;
  return (
    typeof r.tabId === 'number' &&
    typeof r.url === 'string' &&
    typeof r.scannedAt === 'number' &&
    (r.status === 'ok' || r.status === 'not-text') &&
    Array.isArray(r.events)
  );
}

/** Same document: equal URLs apart from the fragment (#section links do not navigate away). */
export function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

/**
 * Should a tabs.onUpdated change drop the tab's stored result? The new URL (from the change, or
 * the tab's URL while a load starts) differing from the stored one: yes, but a result the
 * content script already wrote for that new URL stays. A load starting with no visible URL (no
 * host access on the new page): yes, the page is being replaced.
 */
export function clearsResult(
  stored: Pick<TabResult, 'url'>,
  change: { url?: string; status?: string },
  tabUrl?: string,
): boolean {
  const url = change.url ?? (change.status === 'loading' ? tabUrl : undefined);
  if (url !== undefined) return !sameDocument(stored.url, url);
  return change.status === 'loading';
}
