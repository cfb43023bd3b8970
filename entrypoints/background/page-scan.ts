/**
 * 'page/scan' and 'page/clear' from the content script: match the page against the index, keep
 * the result for the tab, badge the tab, and tell the content script what to show.
 */
import { browser } from 'wxt/browser';
import { matchPage } from '@/lib/matcher';
import type { PagePayload, ScanReply, TabResult } from '@/lib/messaging/protocol';
import { buildFoundEvents, visibleEvents } from '@/lib/results/event-view';
import { mergeFeedResults } from '@/lib/results/merge-feeds';
import { isReadableText } from '@/lib/results/readable';
import { sameDocument } from '@/lib/tabs/tab-result';
import { clearBadge, showBadge } from './badge';
import type { IndexLoader } from './index-loader';
import type { ContentSender } from './router';
import { getSettings } from './settings';
import { getTabResult, putTabResult, removeTabResult, withTabLock } from './tab-results';

export interface ScanDeps {
  index: IndexLoader;
  /** Automatic flagging granted for this page's site? */
  isGranted: (url: string) => Promise<boolean>;
  /** Tabs being scanned right now for the toolbar button (activeTab). */
  oneClickTabs: ReadonlySet<number>;
  now: () => number;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The page URL the content script reports, if it is on the sender's own origin (SPA URLs). */
function pageUrl(reported: string, sender: ContentSender): string {
  const o = originOf(reported);
  return o !== null && o === originOf(sender.url) ? reported : sender.url;
}

function httpUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}

/** The tab still shows `url` (when the browser lets us see the tab's URL) and is open. */
async function tabStillShows(tabId: number, url: string): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab?.url === undefined || tab.url === '' || sameDocument(tab.url, url);
  } catch {
    return false; // no such tab
  }
}

export async function handlePageScan(p: PagePayload, sender: ContentSender, deps: ScanDeps): Promise<ScanReply> {
  const granted = await deps.isGranted(sender.url);
  if (!granted && !deps.oneClickTabs.has(sender.tabId)) {
    // Not (or no longer) allowed on this site: do nothing, and tell the script to stop.
    return { events: [], watch: false, highlights: false };
  }
  const [feeds, settings] = await Promise.all([deps.index.active(), getSettings()]);
  const url = pageUrl(p.url, sender);
  const canonicalUrl = httpUrl(p.canonicalUrl);
  const readable = isReadableText(p.text);
  const page = { text: p.text, url: canonicalUrl ?? url, links: p.links, published: p.published, lang: p.lang, title: p.title };
  // One matcher per feed, in turn; the results merged (lib/results/merge-feeds.ts).
  const events = readable
    ? mergeFeedResults(
        feeds.map(({ index, feed }) => buildFoundEvents(matchPage(index.matcher, page), index.lookup, { url, canonicalUrl }, feed)),
      )
    : [];
  const result: TabResult = {
    tabId: sender.tabId,
    url,
    scannedAt: deps.now(),
    status: readable ? 'ok' : 'not-text',
    events,
    // Announced feeds, kept for the popup's offer to subscribe (data only: nothing is fetched).
    ...(p.feeds?.length ? { feeds: p.feeds } : {}),
  };
  const visible = visibleEvents(events, settings.dismissed);
  await withTabLock(sender.tabId, async () => {
    // Matching took a moment: if the tab has moved on (or closed) meanwhile, this is stale.
    if (!(await tabStillShows(sender.tabId, url))) return;
    await putTabResult(result);
    await showBadge(sender.tabId, visible);
  });
  return { events: visible, watch: granted, highlights: settings.highlights };
}

/** The page moved to `p.url` (SPA): drop the result of the previous URL. */
export async function handlePageClear(p: { url: string }, sender: ContentSender): Promise<void> {
  await withTabLock(sender.tabId, async () => {
    const stored = await getTabResult(sender.tabId);
    if (stored && !sameDocument(stored.url, pageUrl(p.url, sender))) {
      await removeTabResult(sender.tabId);
      await clearBadge(sender.tabId);
    }
  });
}
