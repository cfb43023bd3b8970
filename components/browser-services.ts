/**
 * SEAM (uses the browser-extension API): the real UiServices for the popup and options page.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging/client';
import { readOriginRoles, siteAccessFrom } from '@/lib/sites/origin-roles';
import { getVisibleTabResult } from '@/lib/tabs/tab-store';
import type { TabInfo, UiServices } from './ui-services';

function toTabInfo(tab: { id?: number; url?: string } | undefined): TabInfo | undefined {
  if (!tab || typeof tab.id !== 'number') return undefined;
  return tab.url ? { id: tab.id, url: tab.url } : { id: tab.id };
}

export function createBrowserServices(): UiServices {
  return {
    send: sendMessage,
    async activeTab() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return toTabInfo(tab);
    },
    async getTab(id) {
      try {
        return toTabInfo(await browser.tabs.get(id));
      } catch {
        return undefined; // closed or never existed
      }
    },
    storedTab: getVisibleTabResult,
    // As the background's getSiteAccess (entrypoints/background/site-access.ts) answers 'sites/get'.
    async siteAccess() {
      const [all, roles] = await Promise.all([browser.permissions.getAll(), readOriginRoles()]);
      return siteAccessFrom(all.origins ?? [], roles, Date.now());
    },
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    removeOrigins: (origins) => browser.permissions.remove({ origins }),
    openOptionsPage(query) {
      // runtime.openOptionsPage takes no query: a subscribe link opens the page in a tab itself.
      if (query) void browser.tabs.create({ url: browser.runtime.getURL('/options.html') + query });
      else void browser.runtime.openOptionsPage();
    },
    now: () => Date.now(),
  };
}
