/** Background -> the content script in a tab's top frame. */
import { browser } from 'wxt/browser';
import type { ContentEnvelope } from '@/lib/messaging/protocol';

/** Sends `message`; a tab without our content script (not granted, reloaded, closed) is skipped. */
export async function tellTab(tabId: number, message: ContentEnvelope): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch {
    // No content script in that tab: nothing to tell.
  }
}
