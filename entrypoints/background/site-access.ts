/**
 * Automatic flagging: the content script is registered at run time (scripting API) for exactly
 * the origins the reader granted as optional host permissions, and unregistered when they are
 * revoked. Origins granted only so that a feed can be fetched do not count (lib/sites/origin-roles.ts).
 * In the e2e build <all_urls> is granted by the manifest, so this registers for all sites at
 * install/startup.
 */
import { browser } from 'wxt/browser';
import type { SiteAccess } from '@/lib/domain/site-access';
import { changeOriginRoles, feedPatterns, readOriginRoles, siteAccessFrom } from '@/lib/sites/origin-roles';
import { flaggingOrigins, matchesFor, originPatternFor, sameMatches } from '@/lib/sites/site-access';

export const SCRIPT_ID = 'backstory-scan';
export const SCRIPT_FILE = '/scan.js';

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
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  const current = existing[0];
  if (matches.length === 0) {
    if (current) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  if (current) {
    if (!sameMatches(current.matches ?? [], matches)) {
      await browser.scripting.updateContentScripts([{ id: SCRIPT_ID, js: [SCRIPT_FILE], matches }]);
    }
    return;
  }
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      js: [SCRIPT_FILE],
      matches,
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    },
  ]);
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
