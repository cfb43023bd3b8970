/**
 * After settings change (an event dismissed or restored, highlights toggled): update every
 * tab's badge and tell its content script what to show. After a site was turned off: tell the
 * content scripts on it to stop.
 */
import type { Settings } from '@/lib/domain/settings';
import { visibleEvents } from '@/lib/results/event-view';
import { allTabResults } from '@/lib/tabs/tab-store';
import { showBadge } from './badge';
import { isGranted } from './site-access';
import { tellTab } from './tell-tab';

export async function refreshTabs(settings: Settings): Promise<void> {
  const results = await allTabResults();
  await Promise.all(
    results.map(async (r) => {
      const events = visibleEvents(r.events, settings.dismissed);
      await showBadge(r.tabId, events);
      await tellTab(r.tabId, { type: 'content/update', payload: { events, highlights: settings.highlights } });
    }),
  );
}

export async function stopRevokedTabs(): Promise<void> {
  const results = await allTabResults();
  await Promise.all(
    results.map(async (r) => {
      if (!(await isGranted(r.url))) await tellTab(r.tabId, { type: 'content/stop', payload: {} });
    }),
  );
}
