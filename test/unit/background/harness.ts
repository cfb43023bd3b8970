/**
 * Test wiring for the background: the real handlers and router over the fake browser, a fake
 * IndexedDB per test, the sample index as the "bundled" index, and spies for the APIs the fake
 * browser does not implement (permissions, scripting, tabs.sendMessage).
 */
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { createFeedService, type FeedService } from '@/entrypoints/background/feeds';
import { createIndexLoader, type BundledIndex, type IndexLoader } from '@/entrypoints/background/index-loader';
import type { FeedTransport } from '@/lib/feed/transport';
import { TEST_BOUNDS } from '@/lib/feeds/schedule';
import { createRouter, type MessageSender } from '@/entrypoints/background/router';
import { setFallbackMessages } from '@/lib/i18n/i18n';
import type { LocaleMessages } from '@/lib/i18n/substitute';
import { openIndexDb } from '@/lib/store/open-db';
import messages from '@/public/_locales/en/messages.json';
import { sampleIndex } from '../store/sample-index';

setFallbackMessages(messages as unknown as LocaleMessages);

export const EXT = 'chrome-extension://test-extension-id/';
export const popup: MessageSender = { id: 'test-extension-id', url: `${EXT}popup.html` };

export function contentSender(tabId: number, url: string): MessageSender {
  return { id: 'test-extension-id', url, tab: { id: tabId } as never, frameId: 0 };
}

export interface Harness {
  index: IndexLoader;
  feeds: FeedService;
  factory: IDBFactory;
  send: (message: unknown, sender: MessageSender) => Promise<{ ok: boolean; value?: unknown; error?: string }>;
  loadBundled: ReturnType<typeof vi.fn<() => Promise<BundledIndex>>>;
  granted: Set<string>;
}

/** A transport that has nothing: for tests that do not fetch feeds. */
const offline: FeedTransport = {
  get: () => Promise.reject(new Error('offline')),
};

export interface HarnessOptions {
  transport?: FeedTransport;
  now?: () => number;
}

/** A background instance; call again with the same factory to simulate a worker restart. */
export function startHarness(factory = new IDBFactory(), granted = new Set<string>(), options: HarnessOptions = {}): Harness {
  const loadBundled = vi.fn(async (): Promise<BundledIndex> => ({ doc: sampleIndex(), matcher: null }));
  const openDb = () => openIndexDb(factory);
  const now = options.now ?? (() => 1_000);
  const index = createIndexLoader({ openDb, loadBundled, now, appVersion: '0.1.0' });
  const feeds = createFeedService({ index, openDb, transport: options.transport ?? offline, now, bounds: TEST_BOUNDS, appVersion: '0.1.0' });
  const route = createRouter(createHandlers({ index, feeds, now: options.now ?? (() => 2_000) }), {
    runtimeId: fakeBrowser.runtime.id,
    extensionBase: fakeBrowser.runtime.getURL(''),
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) =>
    (p.origins ?? []).every((o) => granted.has(o)),
  );
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  return {
    index,
    feeds,
    factory,
    loadBundled,
    granted,
    send: (message, sender) => route(message, sender) as Promise<{ ok: boolean; value?: unknown; error?: string }>,
  };
}

export const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
export const tooltip = (tabId: number) => fakeBrowser.action.getTitle({ tabId });
