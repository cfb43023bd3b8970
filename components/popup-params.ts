/** Reads popup.html?tabId=123&q=words (pure). A tabId that is not a non-negative integer is ignored. */
export interface PopupParams {
  tabId?: number;
  query: string;
}

export function popupParams(search: string): PopupParams {
  const params = new URLSearchParams(search);
  const rawTab = params.get('tabId');
  const tabId = rawTab !== null && /^\d+$/.test(rawTab) ? Number(rawTab) : undefined;
  const query = params.get('q') ?? '';
  return tabId !== undefined && Number.isSafeInteger(tabId) ? { tabId, query } : { query };
}
