/**
 * Matching a page a content script read, for both ways a page arrives: 'page/scan' from the
 * content script of automatic flagging, and the one-click lookup's page ('tab/get', one-click.ts).
 * Match it against the index, keep the result for the tab, point the tab's toolbar button at it.
 * Also 'page/clear' from the content script.
 */
import { browser } from 'wxt/browser';
import type { PagePayload } from '@/lib/domain/page';
import type { TabResult } from '@/lib/domain/tab-result';
import { matchPage } from '@/lib/matcher';
import type { ScanReply } from '@/lib/messaging/protocol';
import { buildFoundEvents, visibleEvents } from '@/lib/results/event-view';
import { mergeFeedResults } from '@/lib/results/merge-feeds';
import { isReadableText } from '@/lib/results/readable';
import { getSettings } from '@/lib/settings/settings';
import { supersedes } from '@/lib/tabs/tab-result';
import { getTabResult, putTabResult, removeTabResult } from '@/lib/tabs/tab-store';
import { isWebUrl, originOf, sameDocument } from '@/lib/url/identity';
import { clearBadge, pointPopupAt, showBadge } from './badge';
import type { IndexLoader } from './index-loader';
import type { ContentSender } from './router';
import { withTabLock } from './tab-lock';

export interface ScanDeps {
  index: IndexLoader;
  /** Automatic flagging granted for this page's site? */
  isGranted: (url: string) => Promise<boolean>;
  now: () => number;
}

/** The tab a page was read in, and its address as the browser reports it. */
export interface PageTab {
  tabId: number;
  url: string;
}

/** The page URL the content script reports, if it is on the tab's own origin (SPA URLs). */
function pageUrl(reported: string, tab: PageTab): string {
  const o = originOf(reported);
  return o !== null && o === originOf(tab.url) ? reported : tab.url;
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

export interface Scanned {
  /** What the content script is told: the visible events, whether to watch, the highlights setting. */
  reply: ScanReply;
  /** The result kept for the tab (visible events only); null when the tab moved on meanwhile. */
  kept: TabResult | null;
}

/** Matches the page, keeps the result for the tab and badges it. `watch`: keep watching the page. */
export async function scanPage(p: PagePayload, tab: PageTab, watch: boolean, deps: ScanDeps): Promise<Scanned> {
  // A result is as new as the moment its scan began: two scans of one tab can overlap (a rescan
  // while an index installs), and the one that began later read the later page and index.
  const startedAt = deps.now();
  const [feeds, settings] = await Promise.all([deps.index.active(), getSettings()]);
  const url = pageUrl(p.url, tab);
  const canonicalUrl = isWebUrl(p.canonicalUrl) ? p.canonicalUrl : undefined;
  const readable = isReadableText(p.text);
  const page = { text: p.text, url, canonicalUrl, links: p.links, published: p.published, lang: p.lang, title: p.title };
  // One matcher per feed, in turn; the results merged (lib/results/merge-feeds.ts).
  const events = readable
    ? mergeFeedResults(feeds.map(({ index, feed }) => buildFoundEvents(matchPage(index.matcher, page), index.lookup, feed)))
    : [];
  const result: TabResult = {
    tabId: tab.tabId,
    url,
    scannedAt: startedAt,
    status: readable ? 'ok' : 'not-text',
    events,
    // Announced feeds, kept for the popup's offer to subscribe (data only: nothing is fetched).
    ...(p.feeds?.length ? { feeds: p.feeds } : {}),
  };
  const visible = visibleEvents(events, settings.dismissed);
  const kept = await withTabLock(tab.tabId, async (): Promise<TabResult | null> => {
    // Matching took a moment: if the tab has moved on (or closed) meanwhile, this is stale.
    if (!(await tabStillShows(tab.tabId, url))) return null;
    // A scan that began after this one already kept its result: that one stands.
    const stored = await getTabResult(tab.tabId);
    if (stored && supersedes(stored, result)) return { ...stored, events: visibleEvents(stored.events, settings.dismissed) };
    await putTabResult(result);
    await pointPopupAt(tab.tabId);
    await showBadge(tab.tabId, visible);
    return { ...result, events: visible };
  });
  return { reply: { events: visible, watch, highlights: settings.highlights }, kept };
}

/** 'page/scan': automatic flagging, only on the sites the reader granted. */
export async function handlePageScan(p: PagePayload, sender: ContentSender, deps: ScanDeps): Promise<ScanReply> {
  if (!(await deps.isGranted(sender.url))) {
    // Not (or no longer) allowed on this site: do nothing, and tell the script to stop.
    return { events: [], watch: false, highlights: false };
  }
  return (await scanPage(p, sender, true, deps)).reply;
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
