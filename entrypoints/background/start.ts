/**
 * Wires every listener of the background, synchronously (MV3: listeners registered later miss
 * the event that woke the worker). All state is read from storage inside the handlers.
 */
import { browser } from 'wxt/browser';
import { matchesFor } from '@/lib/sites/site-access';
import { loadBundledIndex } from './bundled-index';
import { createContextMenu, onMenuClicked } from './context-menu';
import { getDb } from './db';
import { createHandlers } from './handlers';
import { createIndexLoader } from './index-loader';
import { createRouter } from './router';
import { scanOpenTabs } from './scan-open-tabs';
import { syncSites } from './site-access';
import { onTabRemoved, onTabUpdated } from './tab-events';
import { stopRevokedTabs } from './tab-refresh';
import { restrictStorageToExtension } from './trusted-storage';

function warn(context: string) {
  return (err: unknown) => console.warn(`Backstory: ${context}:`, err);
}

export function startBackground(): void {
  // Before anything is stored: content scripts get nothing from storage, only from messages.
  void restrictStorageToExtension();
  const index = createIndexLoader({
    openDb: getDb,
    loadBundled: loadBundledIndex,
    now: Date.now,
    appVersion: browser.runtime.getManifest().version,
    warn: (m) => console.warn(m),
  });
  const route = createRouter(createHandlers({ index, now: Date.now }), {
    runtimeId: browser.runtime.id,
    extensionBase: browser.runtime.getURL('/'),
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Install or update: the bundled index (or the engine) may be new. Not on browser updates.
    const fresh = reason === 'install' || reason === 'update';
    if (fresh) index.reinstall().catch(warn('loading the bundled index'));
    syncSites()
      .then((access) => (fresh ? scanOpenTabs(matchesFor(access)) : undefined))
      .catch(warn('registering the content script'));
    createContextMenu().catch(warn('creating the context menu'));
  });
  browser.runtime.onStartup.addListener(() => {
    syncSites().catch(warn('registering the content script'));
  });
  browser.permissions.onAdded.addListener((added) => {
    syncSites()
      .then(() => scanOpenTabs(added.origins ?? []))
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
