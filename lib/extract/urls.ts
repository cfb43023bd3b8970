/** URL helpers for page extraction: only absolute http(s) URLs leave this module. */

const MAX_URL_LENGTH = 4096;

/**
 * Resolves `href` against `base` and returns it if it is http(s), else undefined.
 * `dropHash` removes the fragment (in-page anchors are not different pages).
 */
export function resolveHttpUrl(href: string | null | undefined, base?: string, dropHash = false): string | undefined {
  if (href === null || href === undefined) return undefined;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return undefined;
  }
  // One read of the parsed URL: its serialization starts with the scheme, and its first '#' starts
  // the fragment (an http(s) URL has every other '#' percent-encoded), so cutting there is what
  // `url.hash = ''` gives. Each URL getter or setter is a call into the browser from a content
  // script, which reads every link of a page through here.
  const resolved = url.href;
  if (!resolved.startsWith('http:') && !resolved.startsWith('https:')) return undefined;
  if (!dropHash) return resolved;
  const hash = resolved.indexOf('#');
  return hash < 0 ? resolved : resolved.slice(0, hash);
}

/** The base for relative URLs: the caller's URL (or the document's), then any <base href>. */
export function pageBase(docUrl: string | undefined, baseHref: string | null | undefined): string | undefined {
  const start = resolveHttpUrl(docUrl);
  if (baseHref) {
    const withBase = resolveHttpUrl(baseHref, start);
    if (withBase !== undefined) return withBase;
  }
  return start;
}
