import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MENU_ID, createContextMenu, onMenuClicked } from '@/entrypoints/background/context-menu';
import './harness';

describe('context menu on selected text', () => {
  it('is created for selections with the translated title', async () => {
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(MENU_ID);
    await createContextMenu();
    expect(create).toHaveBeenCalledWith({ id: MENU_ID, title: 'Look up related reporting', contexts: ['selection'] });
  });

  it('opens the popup page in a new tab with the selection as the query and the source tab', async () => {
    const source = await fakeBrowser.tabs.create({ url: 'https://news.example.org/a' });
    await onMenuClicked({ menuItemId: MENU_ID, selectionText: 'Witkoff Ushakov', editable: false, pageUrl: '' } as never, source as never);
    const tabs = await fakeBrowser.tabs.query({});
    const opened = tabs.find((t) => t.url?.includes('popup.html'));
    const url = new URL(opened!.url!);
    expect(url.href.startsWith(fakeBrowser.runtime.getURL('/popup.html'))).toBe(true);
    expect(url.searchParams.get('q')).toBe('Witkoff Ushakov');
    expect(url.searchParams.get('tabId')).toBe(String(source.id));
  });

  it('ignores other menu items and empty selections', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onMenuClicked({ menuItemId: 'other', selectionText: 'x' } as never);
    await onMenuClicked({ menuItemId: MENU_ID, selectionText: '   ' } as never);
    expect(create).not.toHaveBeenCalled();
  });
});
