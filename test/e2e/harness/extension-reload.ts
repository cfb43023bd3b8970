/**
 * Updating or removing the loaded extension the way Chrome does (DevTools' Extensions domain; the
 * browser must run with --enable-unsafe-extension-debugging), and getting an extension page to
 * talk to the new copy. (chrome.runtime.reload() does not bring a command-line-loaded extension
 * back in this Chromium.)
 */
import type { ChromeGlobal } from './chrome-api';
import type { Session } from './session';
import { waitFor } from './wait';

export const EXTENSION_DEBUGGING = '--enable-unsafe-extension-debugging';

/** Sends a CDP Extensions command to the browser (not a page). */
export async function extensionsCdp(s: Session, method: 'Extensions.loadUnpacked' | 'Extensions.uninstall', params: Record<string, string>): Promise<unknown> {
  const browser = s.browser.context.browser();
  if (!browser) throw new Error('No browser handle to open a CDP session on');
  const cdp = await browser.newBrowserCDPSession();
  try {
    return await cdp.send(method, params as never);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** What an update does to a running extension: unload it and load it again (reason 'update'). */
export async function updateExtension(s: Session): Promise<unknown> {
  return extensionsCdp(s, 'Extensions.loadUnpacked', { path: s.browser.extensionDir });
}

/** Opens a new extension page for chrome.* calls once the (re)loaded extension answers. */
export async function reconnect(s: Session): Promise<void> {
  const page = await waitFor(
    async () => {
      const p = await s.browser.context.newPage();
      try {
        await p.goto(`chrome-extension://${s.browser.extensionId}/options.html`, { timeout: 3_000 });
        const ok = await p.evaluate(() => typeof (globalThis as unknown as ChromeGlobal).chrome?.runtime?.id === 'string');
        if (ok) return p;
      } catch {
        /* not loaded yet */
      }
      await p.close().catch(() => undefined);
      return null;
    },
    (p) => p !== null,
    { what: 'the reloaded extension to answer', timeout: 20_000 },
  );
  s.browser.extensionPage = page!;
  s.control = page!;
}
