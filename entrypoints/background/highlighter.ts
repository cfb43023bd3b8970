/**
 * 'page/highlighter': injects the highlighter (entrypoints/highlighter) into the top frame of the
 * asking content script's tab, in the content script's world. Only the tab the message came from:
 * the host permission of a granted site, or the activeTab grant of a one-click lookup, covers it.
 */
import { browser } from 'wxt/browser';
import type { ContentSender } from './router';

export const HIGHLIGHTER_FILE = '/highlighter.js';

export async function injectHighlighter(sender: ContentSender): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId: sender.tabId, frameIds: [0] }, files: [HIGHLIGHTER_FILE] });
}
