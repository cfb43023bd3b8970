/** Normalizers for page metadata: publication date, language, title text. */

const META_DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'article:published',
  'published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.date',
  'dcterms.created',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
];

/** The date part of an ISO-like timestamp, as written (no timezone shifting), if it is a real date. */
export function datePart(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^\s*(\d{4})[-/](\d{2})[-/](\d{2})(?![0-9])/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** First valid date among meta tags, in order of how reliable the tag usually is. */
export function metaPublished(meta: Map<string, string>): string | undefined {
  for (const key of META_DATE_KEYS) {
    const date = datePart(meta.get(key));
    if (date !== undefined) return date;
  }
  return undefined;
}

/** "en_US" -> "en-US", "RU" -> "ru"; undefined unless it looks like a language tag. */
export function normalizeLang(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  // content-language may list several ("de, en"): the first one.
  const tag = (value.split(',')[0] ?? '').trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag)) return undefined;
  const dash = tag.indexOf('-');
  return dash < 0 ? tag.toLowerCase() : tag.slice(0, dash).toLowerCase() + tag.slice(dash);
}

const MAX_TITLE = 1000;

/** The site's name after the headline in a <title>: "Headline | Outlet", "Headline – Outlet". */
const SITE_NAME = /\s+[|–—-]\s+([^|–—]+)$/u;

/**
 * The page's headlines for matching: its og:title, and its <title> as well when that says something
 * else (newsrooms write one headline for social cards and another for search: a name or a date
 * missing from one is often in the other), one per line. The <title> is read without the site's
 * name after it.
 */
export function headlines(ogTitle: string, docTitle: string): string {
  const site = SITE_NAME.exec(docTitle);
  const own = site && site[1]!.length < docTitle.length - site[0].length ? docTitle.slice(0, site.index) : docTitle;
  if (!ogTitle) return own;
  if (!own) return ogTitle;
  const a = ogTitle.toLowerCase();
  const b = own.toLowerCase();
  return a.includes(b) || b.includes(a) ? ogTitle : `${ogTitle}\n${own}`.slice(0, MAX_TITLE);
}

export function cleanTitle(value: string | null | undefined): string {
  if (!value) return '';
  return value.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);
}
