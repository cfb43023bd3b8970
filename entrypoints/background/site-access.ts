/**
 * Automatic flagging: the content script is registered at run time (scripting API) for exactly
 * the origins the reader granted as optional host permissions, and unregistered when they are
 * revoked. Origins granted only so that a feed can be fetched do not count (lib/sites/origin-roles.ts).
 * In the e2e build <all_urls> is granted by the manifest, so this registers for all sites at
 * install/startup.
 *
 * Two scripts for the same sites: scan.js at document_idle, and before it, at document_start,
 * scan-world.js, which does nothing but run: the first script of ours in a page creates our world
 * there, and a world created before the page has any element gets real `chrome` and `browser`
 * objects, which a page's elements named after them cannot hide from scan.js later
 * (entrypoints/scan/extension-api.ts). Nothing bigger runs that early, so the page's own loading
 * is not held up.
 */
import { browser } from 'wxt/browser';
import type { SiteAccess } from '@/lib/domain/site-access';
import { changeOriginRoles, feedPatterns, readOriginRoles, siteAccessFrom } from '@/lib/sites/origin-roles';
import { flaggingOrigins, matchesFor, originPatternFor, sameMatches } from '@/lib/sites/site-access';

export const SCRIPT_ID = 'backstory-scan';
export const SCRIPT_FILE = '/scan.js';
export const WORLD_SCRIPT_ID = 'backstory-scan-world';
export const WORLD_SCRIPT_FILE = '/scan-world.js';

/** What is registered for the granted sites (see the header), in the order they run. */
const SCRIPTS = [
  { id: WORLD_SCRIPT_ID, js: [WORLD_SCRIPT_FILE], runAt: 'document_start' },
  { id: SCRIPT_ID, js: [SCRIPT_FILE], runAt: 'document_idle' },
] as const;

export async function getSiteAccess(): Promise<SiteAccess> {
  const [all, roles] = await Promise.all([browser.permissions.getAll(), readOriginRoles()]);
  return siteAccessFrom(all.origins ?? [], roles, Date.now());
}

/** Is automatic flagging granted for this page's site? (Not when its origin is held only for a feed.) */
export async function isGranted(pageUrl: string): Promise<boolean> {
  const pattern = originPatternFor(pageUrl);
  if (!pattern) return false;
  try {
    if (!(await browser.permissions.contains({ origins: [pattern] }))) return false;
    const roles = await readOriginRoles();
    if (!feedPatterns(roles, Date.now()).has(pattern)) return true;
    // The exact pattern is a feed's: flagging only if it counted for flagging before, or a
    // broader grant (all sites) covers the page.
    return (roles.siteOrigins ?? []).includes(pattern) || (await getSiteAccess()).mode === 'all';
  } catch {
    return false;
  }
}

async function applyRegistration(access: SiteAccess): Promise<void> {
  const matches = matchesFor(access);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: SCRIPTS.map((c) => c.id) });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: existing.map((c) => c.id) });
    return;
  }
  const stale = SCRIPTS.filter((c) => existing.some((e) => e.id === c.id && !sameMatches(e.matches ?? [], matches)));
  if (stale.length > 0) await browser.scripting.updateContentScripts(stale.map((c) => ({ id: c.id, js: [...c.js], matches })));
  // Missing: a first grant, or an update from a version that registered scan.js alone.
  const missing = SCRIPTS.filter((c) => !existing.some((e) => e.id === c.id));
  if (missing.length === 0) return;
  await browser.scripting.registerContentScripts(
    missing.map((c) => ({ id: c.id, js: [...c.js], matches, runAt: c.runAt, allFrames: false, persistAcrossSessions: true })),
  );
}

// Permission events, startup and 'sites/sync' can overlap: run one sync at a time.
let queue: Promise<unknown> = Promise.resolve();

/** Registers the content script for the granted sites (and only those); returns the access. */
export function syncSites(): Promise<SiteAccess> {
  const run = queue.then(async () => {
    const granted = (await browser.permissions.getAll()).origins ?? [];
    // Remember which origins count for flagging now, so that a feed later subscribed on the same
    // origin does not turn flagging off there (flaggingOrigins).
    const roles = await changeOriginRoles((r) => ({
      ...r,
      siteOrigins: flaggingOrigins(granted, feedPatterns(r, Date.now()), r.siteOrigins),
    }));
    const access = siteAccessFrom(granted, roles, Date.now());
    await applyRegistration(access);
    return access;
  });
  queue = run.catch(() => undefined);
  return run;
}
