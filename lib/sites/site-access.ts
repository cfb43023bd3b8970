/**
 * Automatic flagging per site (pure): which sites the reader granted, from the host permissions
 * the browser reports, and the match patterns to register the content script for.
 */
import type { SiteAccess } from '../messaging/protocol';

const ALL = new Set(['<all_urls>', '*://*/*']);
const WEB_SCHEME = /^(\*|https?):\/\/([^/]+)\/.*$/;

/** Turns `permissions.getAll().origins` into the reader-facing access mode. */
export function accessFromOrigins(origins: readonly string[]): SiteAccess {
  const web = origins.filter((o) => ALL.has(o) || WEB_SCHEME.test(o));
  if (web.some((o) => ALL.has(o)) || (web.includes('http://*/*') && web.includes('https://*/*'))) {
    return { mode: 'all' };
  }
  const sites = [...new Set(web)].sort();
  return sites.length === 0 ? { mode: 'none' } : { mode: 'sites', origins: sites };
}

/** Match patterns for the registered content script (web pages only). */
export function matchesFor(access: SiteAccess): string[] {
  if (access.mode === 'all') return ['*://*/*'];
  if (access.mode === 'sites') return [...access.origins];
  return [];
}

/** The host-permission pattern for a page's site ("https://example.com/*"), null if not a web page. */
export function originPatternFor(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return `${u.protocol}//${u.hostname}/*`;
}

export function sameMatches(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sa = [...a].sort();
  const sb = [...b].sort();
  return sa.every((x, i) => x === sb[i]);
}
