/** URL helpers for source links (pure). Only https links are ever rendered as links. */

/** The URL, normalised, when it parses and is https; otherwise null (javascript:, http:, junk). */
export function httpsHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "example.com/news/2025/story" for a link without a title. */
export function urlLabel(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const host = hostname.replace(/^www\./, '');
    const path = pathname === '/' ? '' : pathname.replace(/\/$/, '');
    return host + decodeSafely(path);
  } catch {
    return url;
  }
}

function decodeSafely(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** A comparable form of a page address: scheme, host without www., path without trailing slash, query. */
function pageKey(url: string): string | null {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const path = u.pathname.replace(/\/+$/, '');
    return `${host}${path}${u.search}`;
  } catch {
    return null;
  }
}

/** True when both addresses name the same page (ignoring the fragment, www. and a trailing slash). */
export function samePage(a: string, b: string): boolean {
  const ka = pageKey(a);
  return ka !== null && ka === pageKey(b);
}
