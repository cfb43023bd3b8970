/**
 * Wires every listener of the background, synchronously (MV3: listeners registered later miss
 * the event that woke the worker). All state is read from storage inside the handlers.
 */
import { browser } from 'wxt/browser';
import { yieldToOtherTasks } from '@/lib/feed/slicing';
import { fetchTransport } from '@/lib/feed/transport';
import { matchesFor } from '@/lib/sites/site-access';
import { PRESET_FEEDS, SCHEDULE_BOUNDS } from './build-config';
import { loadBundledIndex } from './bundled-index';
import { createContextMenu, onMenuClicked } from './context-menu';
import { getDb } from './db';
import { createHandlers } from './handlers';
import { createFeedService } from './feeds';
import { cleanUpStore, createIndexLoader } from './index-loader';
import { createRouter } from './router';
import { scanOpenTabs } from './scan-open-tabs';
import { syncSites } from './site-access';
import { onTabRemoved, onTabUpdated } from './tab-events';
import { stopRevokedTabs } from './tab-refresh';
import { restrictStorageToExtension } from './trusted-storage';

function warn(context: string) {
  return (err: unknown) => console.warn(`Backstory: ${context}:`, err);
}

/** Installing an index takes up to seconds of work: in slices, so pages are answered meanwhile. */
const SLICING = { yieldToHost: yieldToOtherTasks };

export function startBackground(): void {
  // Before anything is stored: content scripts get nothing from storage, only from messages.
  void restrictStorageToExtension();
  const index = createIndexLoader({
    openDb: getDb,
    loadBundled: loadBundledIndex,
    now: Date.now,
    appVersion: browser.runtime.getManifest().version,
    warn: (m) => console.warn(m),
    slicing: SLICING,
  });
  const feeds = createFeedService({
    index,
    openDb: getDb,
    transport: fetchTransport(),
    now: Date.now,
    bounds: SCHEDULE_BOUNDS,
    appVersion: browser.runtime.getManifest().version,
    presets: PRESET_FEEDS,
    slicing: SLICING,
    warn: (m) => console.warn(m),
  });
  const route = createRouter(createHandlers({ index, feeds, now: Date.now }), {
    runtimeId: browser.runtime.id,
    extensionBase: browser.runtime.getURL('/'),
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender));
  browser.alarms.onAlarm.addListener((alarm) => {
    feeds.onAlarm(alarm.name).catch(warn(`updating a feed (${alarm.name})`));
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Install or update: the bundled index (or the engine) may be new. Not on browser updates.
    const fresh = reason === 'install' || reason === 'update';
    if (fresh) index.reinstall().catch(warn('loading the bundled index'));
    feeds
      .preparePresets()
      .then(() => syncSites())
      .then((access) => (fresh ? scanOpenTabs(matchesFor(access)) : undefined))
      .catch(warn('registering the content script'));
    createContextMenu().catch(warn('creating the context menu'));
    feeds
      .subscribePresets()
      .then(() => feeds.catchUp())
      .catch(warn('checking feeds'));
  });
  browser.runtime.onStartup.addListener(() => {
    syncSites().catch(warn('registering the content script'));
    // A worker stopped mid-install may have left rows nothing points to. Harmless (readers follow
    // the pointers, and every write collects them), so they are dropped once per browser start,
    // not on every wake of the worker.
    cleanUpStore(index, getDb).catch(warn('cleaning up the index store'));
    // Alarms are not the only trigger: feeds that came due while the browser was closed.
    feeds.catchUp().catch(warn('checking feeds'));
  });
  browser.permissions.onAdded.addListener((added) => {
    syncSites()
      // Only origins that count for flagging: a feed's origin is not a site to read.
      .then((access) => scanOpenTabs((added.origins ?? []).filter((o) => access.mode === 'all' || (access.mode === 'sites' && access.origins.includes(o)))))
      .catch(warn('registering the content script'));
  });
  browser.permissions.onRemoved.addListener(() => {
    syncSites()
      .then(() => stopRevokedTabs())
      .catch(warn('unregistering the content script'));
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    onTabUpdated(tabId, change, tab).catch(warn('clearing a tab'));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    onTabRemoved(tabId).catch(warn('forgetting a closed tab'));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    onMenuClicked(info, tab).catch(warn('opening the search'));
  });
}
