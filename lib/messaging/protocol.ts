/**
 * The one message protocol between content script, background, popup and options.
 * Each entry: request payload -> response. Pure types + runtime validators (no browser API),
 * so the background can reject anything malformed before acting on it.
 *
 * Who may send what (checked in the background from `sender`):
 *  - content script (sender.tab set, sender.url a web page): only `page/*` messages;
 *  - extension pages (sender.url starts with the extension's own origin): everything else.
 */
import type { FeedProblemCode } from '../feed/problems';
import type { Evidence } from '../matcher/types';
import type { Source, EventDates } from '../index-format/types';

/** An extracted page as the content script sends it (text already capped in length). */
export interface PagePayload {
  url: string;
  title: string;
  lang?: string;
  text: string;
  canonicalUrl?: string;
  published?: string;
  links: string[];
  /** Feeds the page announces (lib/extract/feed-links.ts), as data: nothing is fetched for them. */
  feeds?: DiscoveredFeed[];
}

/** A feed a page announces with <link rel="alternate" type="application/vnd.backstory.feed+json">. */
export interface DiscoveredFeed {
  /** The manifest's address (https, or http on 127.0.0.1/localhost). */
  url: string;
  /** The publisher's public key as the page gives it (checked on the options page). */
  key: string;
  title?: string;
}

/**
 * Which feed asserts an event. `id` is the extension's feed id ('bundled' for the built-in index);
 * `stale`: the feed's installed version has expired (or its newer version came expired).
 */
export interface EventFeed {
  id: string;
  publisher: string;
  stale: boolean;
  /** The installed version's `expires` (ISO date-time): the date a stale feed's cards show. */
  expires?: string;
}

/** An event as the UI shows it. */
export interface EventView {
  /**
   * Event id, namespaced per feed inside the extension (lib/feeds/ids.ts): the bundled
   * feed's events keep their own id ("louvre-heist"), another feed's are "<feedId>:<eventId>".
   */
  id: string;
  title: string;
  summary: string;
  /** Language of title and summary (the index's, unless the event has its own). */
  language?: string;
  dates: EventDates;
  sources: Source[];
  related: { id: string; title: string }[];
  feed: EventFeed;
}

export interface FoundEvent extends EventView {
  score: number;
  evidence: Evidence[];
  /** The current page is itself one of the event's sources. */
  pageIsSource: boolean;
}

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

export interface IndexStatus {
  publisher: string;
  title: string;
  version: number;
  events: number;
  generated: string;
  expires: string;
  /** Epoch ms when this index was loaded into the extension. */
  loadedAt: number;
}

/** One feed as the options page lists it (FEED-CONTRACT.md). */
export interface FeedStatus {
  /** The extension's feed id ('bundled' for the built-in index). */
  id: string;
  /** Manifest URL (absent for bundled). */
  url?: string;
  title: string;
  publisher: string;
  homepage?: string;
  version: number;
  events: number;
  builtin: boolean;
  paused: boolean;
  /** Expired manifest, or the installed version's `expires` has passed. */
  stale: boolean;
  /** Epoch ms of the last successful check (install, or 304 / same version). */
  lastSuccess?: number;
  /** Epoch ms of the next scheduled check. */
  nextCheck?: number;
  /** The last error, in plain words. */
  error?: { code: FeedProblemCode; message: string };
}

export interface Settings {
  /** Underline mentions in pages and show a card on hover/focus. Off by default. */
  highlights: boolean;
  /** Hidden matches ("not this event"): event ids. */
  dismissed: string[];
}

export type SiteAccess = { mode: 'none' } | { mode: 'all' } | { mode: 'sites'; origins: string[] };

/**
 * The background's answer to 'page/scan'. `events` are the visible (not dismissed) events.
 * `watch: false` tells the content script to stop watching the page (the site is no longer
 * granted for automatic flagging, or this was a one-off scan from the toolbar button);
 * `highlights` is the current setting, so the content script knows whether to draw them.
 */
export interface ScanReply {
  events: FoundEvent[];
  watch: boolean;
  highlights: boolean;
}

/** What 'tab/get' answers: the tab's result, or why there is none. */
export type TabGetReply = TabResult | { status: 'off' | 'unsupported' | 'error'; message?: string };

export interface ProtocolMap {
  /** Content script: here is the page's text; match it, badge the tab, return what was found. */
  'page/scan': (p: PagePayload) => ScanReply;
  /** Content script: the page navigated (SPA) and has no article yet; clear old results. */
  'page/clear': (p: { url: string }) => void;

  /** Popup: results for a tab (scans it first via activeTab + scripting when there are none). */
  'tab/get': (p: { tabId: number; rescan?: boolean }) => TabGetReply;
  /** Popup/options: look up events by words or names. */
  'index/search': (p: { query: string; limit?: number }) => EventView[];
  'index/status': (p: Record<string, never>) => IndexStatus | null;
  'event/get': (p: { id: string }) => EventView | null;

  'settings/get': (p: Record<string, never>) => Settings;
  'settings/set': (p: Partial<Settings>) => Settings;
  /** Hide (or unhide) an event; the tab's badge is updated. */
  'event/dismiss': (p: { id: string; dismissed: boolean }) => Settings;

  /** Automatic flagging: which sites are granted and registered. */
  'sites/get': (p: Record<string, never>) => SiteAccess;
  /** After the UI obtained (or removed) a host permission, (un)register content scripts. */
  'sites/sync': (p: Record<string, never>) => SiteAccess;

  /** Options page: every feed, the bundled one first. */
  'feeds/list': (p: Record<string, never>) => FeedStatus[];
  /**
   * Options page, sent (without awaiting) just before it asks the browser for the feed origin's
   * host permission: the background then knows that grant is for a feed, not a reader's choice
   * to flag that site automatically (see lib/sites/site-access.ts). Answers the permission
   * pattern to request (feedPermissionPattern in lib/feeds/feed-url.ts gives the same).
   */
  'feeds/prepare': (p: { url: string }) => { origins: string[] };
  /**
   * Options page, after the host permission for the feed's origin was granted: fetch, verify and
   * install the feed, then keep it updated. Fails with a plain message (nothing stored) otherwise.
   */
  'feeds/subscribe': (p: { url: string; publicKey: string }) => FeedStatus;
  /** "Update now". Answers the feed's status afterwards (its `error` says what went wrong). */
  'feeds/update': (p: { id: string }) => FeedStatus;
  /** Pausing stops updates and matching; the installed version is kept. */
  'feeds/pause': (p: { id: string; paused: boolean }) => FeedStatus;
  /** Deletes the feed and all its data (not possible for the bundled feed). */
  'feeds/remove': (p: { id: string }) => null;
}

export type MessageType = keyof ProtocolMap;
export type Request<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
export type Response<K extends MessageType> = ReturnType<ProtocolMap[K]>;
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: Request<K>;
}

/** Every reply crosses the runtime boundary in this shape; lib/messaging/client.ts unwraps it. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Background -> content script (browser.tabs.sendMessage). The content script accepts these only
 * from its own extension's background (sender.id checked, no sender.tab).
 */
export interface ContentMessageMap {
  /** The visible events changed (an event was dismissed or the highlights setting changed). */
  'content/update': (p: { events: FoundEvent[]; highlights: boolean }) => void;
  /** The site is no longer granted: stop observing and remove highlights. */
  'content/stop': (p: Record<string, never>) => void;
}
export type ContentMessageType = keyof ContentMessageMap;
export interface ContentEnvelope<K extends ContentMessageType = ContentMessageType> {
  type: K;
  payload: Parameters<ContentMessageMap[K]>[0];
}

/**
 * What the content script's main() resolves to. The toolbar button's one-click lookup injects
 * the content script with scripting.executeScript and reads this value: 'scanned' means a
 * 'page/scan' reached the background (the result is in the tab's stored result).
 */
export type ScanOutcome =
  | { kind: 'scanned' }
  | { kind: 'unsupported'; reason: string }
  | { kind: 'error'; message: string };
