/** The popup page opened in a tab to search for a text selection (pure). */
import { MAX_QUERY } from '../messaging/validate';

/** `popupUrl` + ?q=<selection>[&tabId=<tab>]; the selection is trimmed and capped. */
export function searchPageUrl(popupUrl: string, selection: string, tabId?: number): string {
  const q = selection.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  const params = new URLSearchParams({ q });
  if (tabId !== undefined && tabId >= 0) params.set('tabId', String(tabId));
  return `${popupUrl}?${params.toString()}`;
}
