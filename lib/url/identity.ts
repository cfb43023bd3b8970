/**
 * URL identity: the one place that says when two addresses are "the same" (pure). There are three
 * questions, each with its own rule, and no other module compares URLs:
 *  - the same article, as readers mean it (articleKey, sameArticle): what the engine matches a
 *    page against an event's sources by, what the link evidence uses and what the card marks as
 *    "You are reading this";
 *  - the same loaded document (sameDocument): whether a tab still shows the page its stored
 *    result describes;
 *  - the same site (sameSite): whether the address a page names as its own (link rel=canonical,
 *    og:url) may stand for the address the browser reports, or is only a claim (see sameSite);
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
  const u = parseWebUrl(raw);
  if (!u) return null;
  const host = siteHost(u);
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  let path = u.pathname.replace(/\/+$/, '');
  if (path === '') path = '/';
  return `${host}${path}${query}`;
}

/** The address parsed, when it is an http(s) URL. */
function parseWebUrl(raw: string): URL | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
}

/** The host all editions of a site share: lower case, without "www."/"m."/"amp.". */
function siteHost(u: URL): string {
  return u.hostname.toLowerCase().replace(EDITION_PREFIX, '');
}

/**
 * Both are http(s) addresses on the same site: the same host, apart from the www./m./amp.
 * edition prefixes articleKey already treats as one site (port and scheme do not count). What a
 * page says about itself (canonical, og:url) counts as its address only on the same site: any page
 * can name any address, and a page on another host claiming an event's source is only a link.
 *
 * Why not "the same registrable domain" (eTLD+1)? It needs the Public Suffix List (a large table
 * that goes stale, in the worker), and it would still let one user's subdomain of a hosting
 * platform that is not on the list speak for another's. The same host is stricter and needs
 * nothing; the cost is that a canonical pointing to a sister subdomain (news.example.org ->
 * www.example.org/...) only counts as a link.
 */
export function sameSite(a: string, b: string): boolean {
  const ua = parseWebUrl(a);
  const ub = parseWebUrl(b);
  return ua !== null && ub !== null && siteHost(ua) === siteHost(ub);
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
