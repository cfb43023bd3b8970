/**
 * The one message protocol between content script, background, popup and options: each entry is
 * request payload -> response. Types only (no browser API); lib/messaging/validate.ts holds the
 * runtime validator for each request, so the background rejects anything malformed before acting
 * on it. What the messages carry (pages, events, results, settings) is the domain's, in lib/domain.
 *
 * Who may send what (checked in the background from `sender`):
 *  - content script (sender.tab set, sender.url a web page): only `page/*` messages;
 *  - extension pages (sender.url starts with the extension's own origin): everything else.
 */
import type { EventView, FoundEvent } from '../domain/event';
import type { FeedStatus } from '../domain/feed-status';
import type { IndexStatus } from '../domain/index-status';
import type { PagePayload } from '../domain/page';
import type { Settings } from '../domain/settings';
import type { SiteAccess } from '../domain/site-access';
import type { TabResult } from '../domain/tab-result';

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
  /**
   * Content script: load the highlighter into this page (it has highlights to show or to take
   * away; entrypoints/scan/highlighter-slot.ts). Answered once it is there.
   */
  'page/highlighter': (p: Record<string, never>) => void;

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
  /** The answer to the page a one-click lookup read (what 'page/scan' answers otherwise). */
  'content/scanned': (p: ScanReply) => void;
  /** The site is no longer granted: stop observing and remove highlights. */
  'content/stop': (p: Record<string, never>) => void;
}
export type ContentMessageType = keyof ContentMessageMap;
/** One of the messages above (a union over the types, so `type` tells the payload apart). */
export type ContentEnvelope<K extends ContentMessageType = ContentMessageType> = K extends ContentMessageType
  ? { type: K; payload: Parameters<ContentMessageMap[K]>[0] }
  : never;

/**
 * What the content script's main() resolves to. Run by the automatic path (registered, or injected
 * into open tabs of granted sites) it sends 'page/scan' itself and resolves to 'scanned'. Injected
 * by the toolbar button's one-click lookup (scripting.executeScript of the one-click script) it
 * sends nothing: it resolves to the page it read, which executeScript hands to the background, and
 * waits for 'content/scanned'.
 */
export type ScanOutcome =
  | { kind: 'scanned' }
  | { kind: 'page'; page: PagePayload }
  | { kind: 'unsupported'; reason: string }
  | { kind: 'error'; message: string };
