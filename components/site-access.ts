/** Helpers for automatic-checking sites (pure): page origin, permission pattern, display label. */
import type { SiteAccess } from '@/lib/messaging/protocol';

export const ALL_SITES_PATTERN = '*://*/*';

/** "https://example.com" for an http(s) page; null for browser pages, files, junk. */
export function pageOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * The host-permission pattern for a page origin: "https://example.com:8443" -> "https://example.com/*"
 * (match patterns without a port cover every port). A pattern is returned unchanged.
 */
export function originPattern(originOrPattern: string): string {
  if (originOrPattern.endsWith('/*')) return originOrPattern;
  try {
    const u = new URL(originOrPattern);
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return `${originOrPattern.replace(/\/+$/, '')}/*`;
  }
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
