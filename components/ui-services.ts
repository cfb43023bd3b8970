/**
 * What the popup and options page need from the outside world, as one injectable object:
 * the message client and the few browser APIs the UI calls. Tests pass a fake; the entry points
 * pass createBrowserServices() (components/browser-services.ts).
 */
import type { SiteAccess } from '@/lib/domain/site-access';
import type { TabResult } from '@/lib/domain/tab-result';
import type { MessageType, Request, Response } from '@/lib/messaging/protocol';

export type Send = <K extends MessageType>(type: K, payload: Request<K>) => Promise<Response<K>>;

export interface TabInfo {
  id: number;
  /** Only known when the extension may see it (activeTab after a click on the toolbar button). */
  url?: string;
}

export interface UiServices {
  /** Resolves with the background's answer; rejects with an Error on failure. */
  send: Send;
  /** The active tab of the current window (the page the popup was opened on). */
  activeTab(): Promise<TabInfo | undefined>;
  /** A tab by id (popup.html?tabId=N). */
  getTab(id: number): Promise<TabInfo | undefined>;
  /**
   * The tab's scan result as the background stored it, without dismissed events, read directly
   * (what 'tab/get' answers when it has one); null when there is none yet.
   */
  storedTab(tabId: number): Promise<TabResult | null>;
  /** Which sites are checked automatically (what 'sites/get' answers), read directly. */
  siteAccess(): Promise<SiteAccess>;
  /**
   * Ask for host access. Call it first thing in a click handler, before any await: browsers only
   * show the prompt during a user gesture.
   */
  requestOrigins(origins: string[]): Promise<boolean>;
  removeOrigins(origins: string[]): Promise<boolean>;
  /** Opens the options page; with `query` ("?subscribe=…"), in a new tab with that query. */
  openOptionsPage(query?: string): void;
  /** Epoch ms; injectable so tests can pin "now" against an index's expiry. */
  now(): number;
}
