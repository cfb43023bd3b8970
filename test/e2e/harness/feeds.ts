/**
 * Subscribing and reading feed statuses from an extension page, the way the options page does.
 */
import type { Page } from 'playwright-core';
import type { FeedStatus } from '../../../lib/domain/feed-status';
import { feedPermissionPattern } from '../../../lib/feeds/feed-url';
import { unwrapReply } from '../../../lib/messaging/reply';
import type { LaunchedBrowser } from './launch';
import { send } from './extension';
import { waitFor } from './wait';

/**
 * Subscribes from an extension page exactly as the options page's Subscribe click does:
 * 'feeds/prepare' (not awaited), the host permission requested inside the user's gesture (a
 * DevTools evaluation with userGesture, as a click would give), then 'feeds/subscribe'.
 */
export async function subscribeAsOptionsPage(b: LaunchedBrowser, page: Page, url: string, publicKey: string): Promise<FeedStatus> {
  const pattern = feedPermissionPattern(url);
  if (!pattern) throw new Error(`not a feed address the extension accepts: ${url}`);
  const cdp = await b.context.newCDPSession(page);
  try {
    const expression = `(async () => {
      const send = (type, payload) => chrome.runtime.sendMessage({ type, payload });
      const prepared = send('feeds/prepare', { url: ${JSON.stringify(url)} });
      const granted = await chrome.permissions.request({ origins: [${JSON.stringify(pattern)}] });
      await prepared;
      if (!granted) return { ok: false, error: 'permission refused' };
      return send('feeds/subscribe', { url: ${JSON.stringify(url)}, publicKey: ${JSON.stringify(publicKey)} });
    })()`;
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, userGesture: true, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`subscribing threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return unwrapReply<FeedStatus>(result.value);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export async function feedStatus(control: Page, id: string): Promise<FeedStatus> {
  const found = (await send(control, 'feeds/list', {})).find((f) => f.id === id);
  if (!found) throw new Error(`no feed ${id} in feeds/list`);
  return found;
}

/** Waits until feeds/list shows the feed at this version. */
export function waitForFeedVersion(control: Page, id: string, version: number, timeout = 15_000): Promise<FeedStatus> {
  return waitFor(() => feedStatus(control, id), (f) => f.version === version, {
    what: `feed ${id} at version ${version}`,
    timeout,
  });
}
