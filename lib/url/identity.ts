/**
 * URL identity: the one place that says when two addresses are "the same" (pure). There are three
 * questions, each with its own rule, and no other module compares URLs:
 *  - the same article, as readers mean it (articleKey, sameArticle): what the engine matches a
 *    page against an event's sources by, what the link evidence uses and what the card marks as
 *    "You are reading this";
 *  - the same loaded document (sameDocument): whether a tab still shows the page its stored
 *    result describes;
 *  - the same origin (originOf): whom a message came from.
 */

/** Query parameters that only say where a reader came from (utm_*, fbclid, gclid...). */
const TRACKING = /^(utm_|fbclid$|gclid$|mc_|ocid$|cmpid$|ref$|at_)/i;
/** Host prefixes of the same site's desktop, mobile and AMP editions. */
const EDITION_PREFIX = /^(www|amp|m)\./;

/** An http(s) address: the only kind that names a web page. */
export function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

/**
 * The article an address names, as a key: host without "www."/"m."/"amp.", path without trailing
 * slash, query without tracking parameters (sorted). Scheme, fragment and default port do not
 * count. Null for anything that is not an http(s) URL.
 */
export function articleKey(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.toLowerCase().replace(EDITION_PREFIX, '');
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  let path = u.pathname.replace(/\/+$/, '');
  if (path === '') path = '/';
  return `${host}${path}${query}`;
}

/** Both addresses name the same article (see articleKey). */
export function sameArticle(a: string, b: string): boolean {
  const ka = articleKey(a);
  return ka !== null && ka === articleKey(b);
}

/** The same loaded document: equal addresses apart from the fragment (#section links do not navigate away). */
export function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

/** "https://example.org:8443" for any absolute URL; null when it does not parse. */
export function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
