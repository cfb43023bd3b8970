/** One function per protocol message; each is small and calls into lib/ or a sibling module. */
import type { IndexStatus } from '@/lib/messaging/protocol';
import { toEventView } from '@/lib/results/event-view';
import { DEFAULT_LIMIT, searchEvents } from '@/lib/search/search-events';
import type { IndexMeta } from '@/lib/store/schema';
import type { IndexLoader } from './index-loader';
import { handleTabGet, oneClickTabs } from './one-click';
import { handlePageClear, handlePageScan } from './page-scan';
import type { ContentSender, Handlers, TrustedSender } from './router';
import { getSettings, setDismissed, setSettings } from './settings';
import { getSiteAccess, isGranted, syncSites } from './site-access';
import { refreshTabs, stopRevokedTabs } from './tab-refresh';

export interface HandlerDeps {
  index: IndexLoader;
  now: () => number;
}

function content(sender: TrustedSender): ContentSender {
  // The router lets only content scripts send page/*; this is a second line of defence.
  if (sender.kind !== 'content') throw new Error('forbidden');
  return sender;
}

export function toStatus(m: IndexMeta): IndexStatus {
  return {
    publisher: m.publisher,
    title: m.title,
    version: m.version,
    events: m.events,
    generated: m.generated,
    expires: m.expires,
    loadedAt: m.loadedAt,
  };
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const scanDeps = { index: deps.index, isGranted, oneClickTabs, now: deps.now };
  return {
    'page/scan': (p, sender) => handlePageScan(p, content(sender), scanDeps),
    'page/clear': (p, sender) => handlePageClear(p, content(sender)),
    'tab/get': (p) => handleTabGet(p),
    'index/search': async (p) => {
      const index = await deps.index.get();
      const hits = searchEvents(index.corpus(), p.query, p.limit ?? DEFAULT_LIMIT);
      return hits.flatMap((h) => {
        const event = index.lookup(h.id);
        return event ? [toEventView(event, index.lookup)] : [];
      });
    },
    'index/status': async () => toStatus(await deps.index.meta()),
    'event/get': async (p) => {
      const index = await deps.index.get();
      const event = index.lookup(p.id);
      return event ? toEventView(event, index.lookup) : null;
    },
    'settings/get': () => getSettings(),
    'settings/set': async (p) => {
      const settings = await setSettings(p);
      await refreshTabs(settings);
      return settings;
    },
    'event/dismiss': async (p) => {
      const settings = await setDismissed(p.id, p.dismissed);
      await refreshTabs(settings);
      return settings;
    },
    'sites/get': () => getSiteAccess(),
    'sites/sync': async () => {
      const access = await syncSites();
      await stopRevokedTabs();
      return access;
    },
    'feeds/list': () => notYet(),
    'feeds/prepare': () => notYet(),
    'feeds/subscribe': () => notYet(),
    'feeds/update': () => notYet(),
    'feeds/pause': () => notYet(),
    'feeds/remove': () => notYet(),
  };
}

function notYet(): never {
  throw new Error('Feeds are not available yet');
}
