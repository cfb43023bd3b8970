/** One function per protocol message; each is small and calls into lib/ or a sibling module. */
import { displayText } from '@/lib/text/display-text';
import type { EventView } from '@/lib/domain/event';
import type { IndexStatus } from '@/lib/domain/index-status';
import { splitId } from '@/lib/feeds/ids';
import { toEventView } from '@/lib/results/event-view';
import { DEFAULT_LIMIT, searchEvents } from '@/lib/search/search-events';
import type { IndexMeta } from '@/lib/store/schema';
import type { FeedService } from './feeds';
import type { IndexLoader } from './index-loader';
import { injectHighlighter } from './highlighter';
import { handleTabGet } from './one-click';
import { handlePageClear, handlePageScan } from './page-scan';
import type { ContentSender, Handlers, TrustedSender } from './router';
import { getSettings, setDismissed, setSettings } from '@/lib/settings/settings';
import { getSiteAccess, isGranted, syncSites } from './site-access';
import { refreshTabs, stopRevokedTabs } from './tab-refresh';

export interface HandlerDeps {
  index: IndexLoader;
  feeds: FeedService;
  now: () => number;
}

function content(sender: TrustedSender): ContentSender {
  // The router lets only content scripts send page/*; this is a second line of defence.
  if (sender.kind !== 'content') throw new Error('forbidden');
  return sender;
}

export function toStatus(m: IndexMeta): IndexStatus {
  return {
    publisher: displayText(m.publisher),
    title: displayText(m.title),
    version: m.version,
    events: m.events,
    generated: m.generated,
    expires: m.expires,
    loadedAt: m.loadedAt,
  };
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const scanDeps = { index: deps.index, isGranted, now: deps.now };
  return {
    'page/scan': (p, sender) => handlePageScan(p, content(sender), scanDeps),
    'page/clear': (p, sender) => handlePageClear(p, content(sender)),
    'page/highlighter': (_p, sender) => injectHighlighter(content(sender)),
    'tab/get': (p) => handleTabGet(p, scanDeps),
    'index/search': async (p) => {
      // Every active feed's best hits, merged by score (ties keep feed order).
      const limit = p.limit ?? DEFAULT_LIMIT;
      const hits: { score: number; view: EventView }[] = [];
      for (const { index, feed } of await deps.index.active()) {
        for (const h of searchEvents(index.corpus(), p.query, limit)) {
          const event = index.lookup(h.id);
          if (event) hits.push({ score: h.score, view: toEventView(event, index.lookup, feed) });
        }
      }
      return hits.sort((a, b) => b.score - a.score).slice(0, limit).map((h) => h.view);
    },
    'index/status': async () => toStatus(await deps.index.meta()),
    'event/get': async (p) => {
      const { feedId, eventId } = splitId(p.id);
      const active = (await deps.index.active()).find((a) => a.feed.id === feedId);
      const event = active?.index.lookup(eventId);
      return active && event ? toEventView(event, active.index.lookup, active.feed) : null;
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
    'feeds/list': () => deps.feeds.list(),
    'feeds/prepare': (p) => deps.feeds.prepare(p.url),
    'feeds/subscribe': (p) => deps.feeds.subscribe(p.url, p.publicKey),
    'feeds/update': (p) => deps.feeds.update(p.id),
    'feeds/pause': (p) => deps.feeds.pause(p.id, p.paused),
    'feeds/remove': (p) => deps.feeds.remove(p.id),
  };
}
