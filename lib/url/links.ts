/**
 * How an address is shown and linked (pure): only https addresses without credentials become
 * links; the host shown is the parsed URL's own host, so a label can never name another site than
 * the link goes to. When two addresses are the same page is identity.ts's question, not this one's.
 */
import { encodeInvisibles } from '../text/display-text';

const MAX_URL_LENGTH = 8_192;

/** The URL, normalised, when it parses, is https and has no user name or password; otherwise null. */
export function safeHttpsUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** What a link to `url` shows: the host it goes to (without "www."), and a readable path. */
export interface UrlLabel {
  /** The parsed URL's hostname, as the browser has it (an IDN in its xn-- form), without "www.". */
  host: string;
  /** The path, percent-decoded, except for controls and invisible characters (left encoded); "" for "/". */
  path: string;
}

/** Null for what does not parse as a URL with a host. */
export function urlLabel(raw: string): UrlLabel | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.hostname === '') return null;
  const host = url.hostname.replace(/^www\./, '');
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  return { host, path: encodeInvisibles(decodeSafely(path)) };
}

/** The host part of a link's label: equal to what urlLabel shows for the URL. */
export function shownHost(raw: string): string | null {
  return urlLabel(raw)?.host ?? null;
}

function decodeSafely(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
