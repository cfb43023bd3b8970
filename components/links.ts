/**
 * How source links are shown (pure): only https addresses become links (http, javascript: and
 * junk are shown as text), labelled by host and path. When two addresses are the same page is
 * lib/url/identity.ts's question, not this file's.
 */

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
