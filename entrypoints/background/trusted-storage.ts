/**
 * Keeps extension storage to the extension's own pages and worker. Content scripts run in web
 * pages and talk to the background only through 'page/*' messages (router.ts); left at the default
 * access level, storage.local could be read and written from a content script's context, so code
 * there could, say, write `settings` (hide events on every tab) without asking the router.
 *
 * Chrome: storage.session is trusted-only by default, storage.local is not until
 * setAccessLevel({accessLevel: 'TRUSTED_CONTEXTS'}) (kept by the browser; set again at each start
 * so it holds from the first start on). Firefox (ESR 153) has setAccessLevel on neither area
 * (MDN documents it for storage.session only, which is trusted-only there by default) and no way to
 * close storage.local to content scripts (bugzilla 1724754): see README "Security". Nothing the
 * content script needs is in storage: it asks the background.
 */
import { browser } from 'wxt/browser';

type AccessLevelArea = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };
type StorageLike = { local?: AccessLevelArea; session?: AccessLevelArea };

/** The areas that are now trusted-only by our call; an area the browser cannot restrict is left out. */
export async function restrictStorageToExtension(
  storage: StorageLike = browser.storage as unknown as StorageLike,
  warn: (message: string) => void = (m) => console.warn(m),
): Promise<Array<'local' | 'session'>> {
  const restricted: Array<'local' | 'session'> = [];
  for (const name of ['local', 'session'] as const) {
    const area = storage[name];
    if (typeof area?.setAccessLevel !== 'function') continue; // Firefox
    try {
      await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
      restricted.push(name);
    } catch (err) {
      warn(`Backstory: could not restrict storage.${name} to the extension: ${String(err)}`);
    }
  }
  return restricted;
}
