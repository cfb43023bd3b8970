/**
 * URLs compared as readers mean them: scheme, "www.", fragment, trailing slash, default ports
 * and tracking parameters (utm_*, fbclid, gclid) do not make a page different.
 */
const TRACKING = /^(utm_|fbclid$|gclid$|mc_|ocid$|cmpid$|ref$|at_)/i;

export function normalizeUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.toLowerCase().replace(/^(www|amp|m)\./, '');
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  let path = u.pathname.replace(/\/+$/, '');
  if (path === '') path = '/';
  return `${host}${path}${query}`;
}
