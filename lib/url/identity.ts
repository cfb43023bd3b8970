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
/** A query's parameters as a key keeps them: tracking ones left out, the rest sorted by name (stable). */
const keptParams = (params: [string, string][]): [string, string][] =>
  params.filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
/** Host prefixes of the same site's desktop, mobile and AMP editions (one is left out: editionEnd). */
const EDITIONS = ['www.', 'amp.', 'm.'];

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
  const url = raw.trim();
  return plainArticleKey(url) ?? parsedArticleKey(url);
}

/**
 * Plain addresses, which are most links on a page and most sources of an index, are keyed without
 * the URL parser: a URL object and its search parameters cost about a microsecond an address, and
 * a news page hands matchPage hundreds of links. Plain: lower-case http(s) scheme and host, no
 * port, user or punycode, a path of unreserved characters without dot segments, query parameters
 * of letters, digits and -._* only. For these the parser changes nothing but the empty path ("/"),
 * so the key is cut from the address itself; anything else takes the parser (parsedArticleKey). A
 * property test checks the two agree (identity.test.ts).
 */
export function plainArticleKey(url: string): string | null {
  let i = schemeEnd(url);
  if (i === 0) return null;
  const n = url.length;
  const hostStart = i;
  // Host: labels of a-z, 0-9 and "-", the last one starting with a letter (else the parser may
  // read the host as an IPv4 address), no "--" (punycode "xn--" is checked by the parser).
  let label = i;
  let prev = 0;
  for (; i < n; i++) {
    const c = url.charCodeAt(i);
    if (c < 0x80 && (PLAIN[c]! & HOST) !== 0) prev = c;
    else if (c === 0x2d) {
      if (prev === 0x2d) return null;
      prev = c;
    } else if (c === 0x2e) {
      if (i === label) return null;
      label = i + 1;
      prev = c;
    } else break;
  }
  const hostEnd = i;
  if (label === hostEnd || url.charCodeAt(label) < 0x61) return null;
  const pathStart = i;
  let segment = i;
  for (; i < n; i++) {
    const c = url.charCodeAt(i);
    if (c === 0x2f) {
      if (isDotSegment(url, segment, i)) return null;
      segment = i + 1;
    } else if (c >= 0x80 || (PLAIN[c]! & PATH) === 0) break;
  }
  if (isDotSegment(url, segment, i)) return null;
  // Outside a path (no "/" after the host) only the end, a query or a fragment may follow.
  if (i > pathStart && url.charCodeAt(pathStart) !== 0x2f) return null;
  let pathEnd = i;
  while (pathEnd > pathStart && url.charCodeAt(pathEnd - 1) === 0x2f) pathEnd--;
  let query = '';
  if (i < n && url.charCodeAt(i) === 0x3f) {
    const q = plainQuery(url, i + 1);
    if (q === null) return null;
    query = q.text;
    i = q.end;
  }
  if (i < n && url.charCodeAt(i) !== 0x23) return null; // only a fragment may be left
  const keyStart = editionEnd(url, hostStart);
  // Host and path are one slice of the address: a flat string, where a concatenation would be a
  // rope that every hash and comparison of the key walks again.
  if (pathEnd > pathStart && query === '') return url.slice(keyStart, pathEnd);
  return `${url.slice(keyStart, pathEnd)}${pathEnd > pathStart ? '' : '/'}${query}`;
}

/** PLAIN[c] for an ASCII code c: a host letter (a-z, 0-9), a path character (letters, digits, -._~), a query character (letters, digits, -._*). */
const HOST = 1;
const PATH = 2;
const QUERY = 4;
const PLAIN = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const alnum = /[A-Za-z0-9]/.test(ch);
  PLAIN[c] = (/[a-z0-9]/.test(ch) ? HOST : 0) | (alnum || '-._~'.includes(ch) ? PATH : 0) | (alnum || '-._*'.includes(ch) ? QUERY : 0);
}

/** Where the host starts after a lower-case "http://" or "https://"; 0 for anything else. */
function schemeEnd(url: string): number {
  if (url.charCodeAt(0) !== 0x68 || url.charCodeAt(1) !== 0x74 || url.charCodeAt(2) !== 0x74 || url.charCodeAt(3) !== 0x70) return 0;
  const i = url.charCodeAt(4) === 0x73 ? 5 : 4;
  return url.charCodeAt(i) === 0x3a && url.charCodeAt(i + 1) === 0x2f && url.charCodeAt(i + 2) === 0x2f ? i + 3 : 0;
}

/** url[from..to) is "." or "..", a segment the parser resolves. */
function isDotSegment(url: string, from: number, to: number): boolean {
  return (to - from === 1 || to - from === 2) && url.charCodeAt(from) === 0x2e && url.charCodeAt(to - 1) === 0x2e;
}

/** Where the host starting at s[from] begins once a www./amp./m. edition prefix is left out. */
function editionEnd(s: string, from: number): number {
  const c = s.charCodeAt(from);
  if (c !== 0x77 && c !== 0x61 && c !== 0x6d) return from;
  for (const p of EDITIONS) if (s.startsWith(p, from)) return from + p.length;
  return from;
}

/**
 * The query starting at `from` as articleKey writes it (tracking parameters left out, the rest
 * sorted by name), when every parameter is name=value of letters, digits and -._* (which the
 * parser and URLSearchParams leave as they are); null otherwise.
 */
function plainQuery(url: string, from: number): { text: string; end: number } | null {
  const params: [string, string][] = [];
  let i = from;
  const n = url.length;
  for (;;) {
    const start = i;
    let eq = -1;
    for (; i < n; i++) {
      const c = url.charCodeAt(i);
      if (c === 0x3d && eq < 0) eq = i;
      else if (c >= 0x80 || (PLAIN[c]! & QUERY) === 0) break;
    }
    if (eq <= start) return null; // no name, or no "="
    const name = url.slice(start, eq);
    params.push([name, url.slice(eq + 1, i)]);
    if (i < n && url.charCodeAt(i) === 0x26) {
      i++;
      continue;
    }
    break;
  }
  const kept = keptParams(params);
  return { text: kept.length ? `?${kept.map(([k, v]) => `${k}=${v}`).join('&')}` : '', end: i };
}

/** articleKey through the URL parser (any address). */
export function parsedArticleKey(raw: string): string | null {
  const u = parseWebUrl(raw);
  if (!u) return null;
  const host = siteHost(u);
  const params = keptParams([...u.searchParams]);
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
  const host = u.hostname.toLowerCase();
  return host.slice(editionEnd(host, 0));
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
