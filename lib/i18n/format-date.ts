/**
 * Date formatting for the UI (pure; Intl only). Index dates are calendar days (YYYY-MM-DD) and are
 * formatted in UTC so that a day never shifts by the reader's time zone.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayToUtc(iso: string): Date | null {
  const m = DAY.exec(iso);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

// Building an Intl formatter costs far more than using one (a popup formats a date per source):
// one per locale and style, made on first use.
const formats = new Map<string, Intl.DateTimeFormat>();

/** The formatter for `locale` (English when the tag is not valid), shared by every call. */
function dateFormat(locale: string, style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    formats.set(key, format);
  }
  return format;
}

function dayFormat(locale: string): Intl.DateTimeFormat {
  return dateFormat(locale, 'day', { dateStyle: 'medium', timeZone: 'UTC' });
}

const PARTIAL = /^(\d{4})(?:-(\d{2}))?$/;

/**
 * "25 Nov 2025" (in the locale's style). Partial dates as known: "2025-11" -> "Nov 2025",
 * "2025" -> "2025". Anything else is returned unchanged.
 */
export function formatDay(iso: string, locale: string): string {
  const date = dayToUtc(iso);
  if (date) return dayFormat(locale).format(date);
  const partial = PARTIAL.exec(iso);
  if (!partial) return iso;
  if (partial[2] === undefined) return partial[1] ?? iso;
  const month = Number(partial[2]);
  if (month < 1 || month > 12) return iso;
  const value = new Date(Date.UTC(Number(partial[1]), month - 1, 1));
  return dateFormat(locale, 'month', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(value);
}

/** "14–16 Oct 2025"; one day when `end` is missing, equal or invalid. */
export function formatDayRange(start: string, end: string | undefined, locale: string): string {
  const from = dayToUtc(start);
  const to = end ? dayToUtc(end) : null;
  if (!from) return start;
  if (!to || to.getTime() <= from.getTime()) return formatDay(start, locale);
  return dayFormat(locale).formatRange(from, to);
}

/** A moment (ISO date-time or epoch ms) as date and time in the reader's zone; day-only input as a day. */
export function formatMoment(value: string | number, locale: string, withTime = true): string {
  if (typeof value === 'string' && DAY.test(value)) return formatDay(value, locale);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return withTime
    ? dateFormat(locale, 'moment', { dateStyle: 'medium', timeStyle: 'short' }).format(date)
    : dateFormat(locale, 'moment-day', { dateStyle: 'medium' }).format(date);
}

/** True when `expires` (ISO date-time) is in the past at `now` (epoch ms). Unparseable: not expired. */
export function isPast(expires: string, now: number): boolean {
  const t = Date.parse(expires);
  return !Number.isNaN(t) && t < now;
}
