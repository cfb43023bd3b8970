/** Is the page the reader is on itself one of the event's sources? (pure) */
import type { Source } from '../index-format/types';

/**
 * A URL reduced for "same page" comparison: no fragment, no trailing slash, http and https
 * treated alike, host lowercased. Null for anything that is not an http(s) URL.
 */
export function comparableUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const path = u.pathname.replace(/\/+$/, '');
  return `${u.host}${path}${u.search}`;
}

export function pageIsSource(page: { url: string; canonicalUrl?: string }, sources: readonly Source[]): boolean {
  const mine = new Set([comparableUrl(page.url), comparableUrl(page.canonicalUrl)].filter((x): x is string => !!x));
  if (mine.size === 0) return false;
  return sources.some((s) => {
    const c = comparableUrl(s.url);
    return c !== null && mine.has(c);
  });
}
