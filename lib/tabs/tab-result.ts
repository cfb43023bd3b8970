/** Per-tab results: their storage keys, the check of what is read back, and when navigation drops one (pure). */
import type { TabResult } from '../domain/tab-result';
import { sameDocument } from '../url/identity';

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

/**
 * Should a tabs.onUpdated change drop the tab's stored result?
 *  - The tab shows another document (the new URL, from the change or the tab's URL while a load
 *    starts, differs from the stored one apart from the fragment): yes.
 *  - Only the fragment changed (#section links): no.
 *  - A load starts at the same address (a reload) or at one we cannot see (no host access): yes,
 *    the page is being replaced, unless the result was written after `seenAt` (when this change
 *    reached the background), i.e. for the new load already. Without this, a reloaded tab kept
 *    the old page's result, and the toolbar button showed it instead of reading the page again.
 */
export function clearsResult(
  stored: Pick<TabResult, 'url' | 'scannedAt'>,
  change: { url?: string; status?: string },
  tabUrl: string | undefined,
  seenAt: number,
): boolean {
  const url = change.url ?? (change.status === 'loading' ? tabUrl : undefined);
  if (url !== undefined && !sameDocument(stored.url, url)) return true;
  if (change.status !== 'loading') return false;
  if (change.url !== undefined && change.url !== stored.url) return false;
  return stored.scannedAt < seenAt;
}

/**
 * A stored result supersedes a new one for the same document when its scan began later: scans of
 * one tab can overlap, and the earlier one must not overwrite what the later one found.
 */
export function supersedes(
  stored: Pick<TabResult, 'url' | 'scannedAt'>,
  fresh: Pick<TabResult, 'url' | 'scannedAt'>,
): boolean {
  return stored.scannedAt > fresh.scannedAt && sameDocument(stored.url, fresh.url);
}
