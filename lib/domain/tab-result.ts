/** What was found on the page a tab shows (kept per tab in storage.session: lib/tabs/tab-store.ts). */
import type { FoundEvent } from './event';
import type { DiscoveredFeed } from './page';

export interface TabResult {
  tabId: number;
  url: string;
  /** Epoch ms of the scan. */
  scannedAt: number;
  /** 'ok' | the page had no text we could read. */
  status: 'ok' | 'not-text';
  events: FoundEvent[];
  /** Feeds the page announces, for the popup's offer to subscribe. */
  feeds?: DiscoveredFeed[];
}
