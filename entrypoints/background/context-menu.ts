/** "Look up related reporting" on selected text: opens the popup page in a tab, searching for it. */
import { browser, type Browser } from 'wxt/browser';
import { t } from '@/lib/i18n/i18n';
import { searchPageUrl } from '@/lib/tabs/search-url';

export const MENU_ID = 'backstory-lookup';

function menus() {
  return browser.contextMenus;
}

/** Created on install/update (menus persist across worker restarts). */
export async function createContextMenu(): Promise<void> {
  await menus().removeAll();
  menus().create({ id: MENU_ID, title: t('contextMenuLookup'), contexts: ['selection'] });
}

export async function onMenuClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== MENU_ID) return;
  const selection = info.selectionText ?? '';
  if (!selection.trim()) return;
  const url = searchPageUrl(browser.runtime.getURL('/popup.html'), selection, tab?.id);
  await browser.tabs.create({
    url,
    ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(tab?.id !== undefined ? { openerTabId: tab.id } : {}),
  });
}
