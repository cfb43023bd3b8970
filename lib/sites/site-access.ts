/**
 * Automatic flagging per site (pure): which sites the reader granted, from the host permissions
 * the browser reports, and the match patterns to register the content script for.
 */
import type { SiteAccess } from '../domain/site-access';
import { isWebUrl, originOf } from '../url/identity';

const ALL = new Set(['<all_urls>', '*://*/*']);
export const ALL_SITES_PATTERN = '*://*/*';
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

/** "https://example.com" for an http(s) page; null for browser pages, files, junk. */
export function pageOrigin(url: string | undefined): string | null {
  return isWebUrl(url) ? originOf(url) : null;
}

/**
 * The host-permission pattern for a page origin: "https://example.com:8443" -> "https://example.com/*"
 * (match patterns without a port cover every port). A pattern is returned unchanged.
 */
export function originPattern(originOrPattern: string): string {
  if (originOrPattern.endsWith('/*')) return originOrPattern;
  return originPatternFor(originOrPattern) ?? `${originOrPattern.replace(/\/+$/, '')}/*`;
}

/** "example.com" for "https://example.com/*", "*://*.example.com/*" -> "*.example.com". */
export function siteLabel(originOrPattern: string): string {
  const m = /^[a-z*]+:\/\/([^/]+)/i.exec(originOrPattern);
  return m?.[1] ?? originOrPattern;
}

/** True when the access already covers pages of `origin` (any scheme or port: the same site). */
export function coversOrigin(access: SiteAccess, origin: string): boolean {
  if (access.mode === 'all') return true;
  if (access.mode === 'none') return false;
  const host = siteLabel(origin).toLowerCase().replace(/:\d+$/, '');
  return access.origins.some((pattern) => {
    const site = siteLabel(pattern).toLowerCase();
    if (site === '*') return true;
    if (site.startsWith('*.')) return host === site.slice(2) || host.endsWith(site.slice(1));
    return site === host;
  });
}

/**
 * Which granted origins are the reader's choice to flag a site automatically. Host permissions
 * are also granted so that feeds can be fetched (lib/feeds/feed-url.ts feedPermissionPattern);
 * such an origin must not silently turn automatic flagging on for that site. So a granted
 * origin counts for flagging unless it is held for a feed, except when it already counted for
 * flagging before (`previous`: the last result, kept in storage; undefined before the first run,
 * when no feed existed). "All sites" grants are never feed grants.
 */
export function flaggingOrigins(
  granted: readonly string[],
  feedPatterns: ReadonlySet<string>,
  previous: readonly string[] | undefined,
): string[] {
  const before = new Set(previous ?? []);
  return granted.filter((o) => ALL.has(o) || !feedPatterns.has(o) || before.has(o));
}
