/**
 * After settings change (an event dismissed or restored, highlights toggled): update every
 * tab's badge and tell its content script what to show. After a site was turned off: tell the
 * content scripts on it to stop.
 */
import { browser } from 'wxt/browser';
import type { ContentEnvelope, Settings } from '@/lib/messaging/protocol';
import { visibleEvents } from '@/lib/results/event-view';
import { showBadge } from './badge';
import { isGranted } from './site-access';
import { allTabResults } from './tab-results';

async function tell(tabId: number, message: ContentEnvelope): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch {
    // No content script in that tab (not granted, or the page was reloaded): nothing to update.
  }
}

export async function refreshTabs(settings: Settings): Promise<void> {
  const results = await allTabResults();
  await Promise.all(
    results.map(async (r) => {
      const events = visibleEvents(r.events, settings.dismissed);
      await showBadge(r.tabId, events);
      await tell(r.tabId, { type: 'content/update', payload: { events, highlights: settings.highlights } });
    }),
  );
}

export async function stopRevokedTabs(): Promise<void> {
  const results = await allTabResults();
  await Promise.all(
    results.map(async (r) => {
      if (!(await isGranted(r.url))) await tell(r.tabId, { type: 'content/stop', payload: {} });
    }),
  );
}
