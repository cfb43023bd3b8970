/**
 * SEAM (browser.storage.local): why each host permission is held. Feeds need the host permission
 * of their origin; automatic flagging is derived from host permissions too. This record keeps
 * them apart (see flaggingOrigins in site-access.ts):
 *  - `feedPatterns`: permission patterns of subscribed feeds, plus those the options page is
 *    about to request for a feed ('feeds/prepare', for PENDING_MS), so that the grant is known to
 *    be a feed's before the browser reports it;
 *  - `siteOrigins`: the origins that counted for flagging at the last sync.
 * Written by the background only; the options page and popup read it.
 */
import { browser } from 'wxt/browser';
import { accessFromOrigins, flaggingOrigins } from './site-access';
import type { SiteAccess } from '../domain/site-access';

const KEY = 'originRoles';
/** How long a 'feeds/prepare' keeps an origin marked as a feed's without a subscription. */
export const PENDING_MS = 10 * 60_000;

export interface OriginRoles {
  /** Pattern -> feed ids holding it. */
  feeds: Record<string, string[]>;
  /** Pattern -> epoch ms until which it is held for a subscription being made. */
  pending: Record<string, number>;
  siteOrigins?: string[];
}

export async function readOriginRoles(): Promise<OriginRoles> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<OriginRoles> | undefined;
  return {
    feeds: stored?.feeds ?? {},
    pending: stored?.pending ?? {},
    ...(stored?.siteOrigins ? { siteOrigins: stored.siteOrigins } : {}),
  };
}

// One change at a time (read-modify-write of one storage key).
let queue: Promise<unknown> = Promise.resolve();

export function changeOriginRoles(change: (roles: OriginRoles) => OriginRoles): Promise<OriginRoles> {
  const run = queue.then(async () => {
    const next = change(await readOriginRoles());
    await browser.storage.local.set({ [KEY]: next });
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Patterns held for feeds now (subscriptions, and pending ones not yet timed out). */
export function feedPatterns(roles: OriginRoles, now: number): Set<string> {
  const held = new Set(Object.keys(roles.feeds).filter((p) => (roles.feeds[p] ?? []).length > 0));
  for (const [pattern, until] of Object.entries(roles.pending)) if (until > now) held.add(pattern);
  return held;
}

/** The reader's automatic flagging, from the granted origins and the record. */
export function siteAccessFrom(granted: readonly string[], roles: OriginRoles, now: number): SiteAccess {
  return accessFromOrigins(flaggingOrigins(granted, feedPatterns(roles, now), roles.siteOrigins));
}
