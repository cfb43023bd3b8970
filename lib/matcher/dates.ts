/**
 * Calendar dates as day numbers (days since 1970-01-01, UTC), for cheap comparisons, and the
 * engine's one date rule: a page is not matched to an event that became public after it.
 */
import type { EventDates } from '../index-format/types';

export const NO_DATE = -2147483648;

/** Dates on pages and in the index are calendar days in unknown time zones: allow one day. */
export const DATE_SLACK_DAYS = 1;

const DAY_MS = 86_400_000;

/** Year, month 1..12, day -> day number (no check: 31 February is 3 March). */
export const dayNumberOf = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
/** The calendar year, month (1..12) of a day number; the days of a month. */
export const yearOfDay = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();
export const monthOfDay = (day: number): number => new Date(day * DAY_MS).getUTCMonth() + 1;
export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** Monday = 0 ... Sunday = 6 of a day number (day 0, 1 January 1970, was a Thursday). */
export const weekdayOfDay = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** The number written by the ASCII digits s[from .. to), or -1 when one is not a digit. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * "2025-11-25" (or an ISO date-time: what /^(\d{4})-(\d{2})-(\d{2})/ reads) -> day number;
 * NO_DATE when it is not a date. Read digit by digit: a regular expression's match and its
 * strings cost more than the rest (the compiler reads each event's dates).
 */
export function toDayNumber(date: string | undefined): number {
  if (!date || date.length < 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return NO_DATE;
  const y = digitsAt(date, 0, 4);
  const m = digitsAt(date, 5, 7);
  const d = digitsAt(date, 8, 10);
  if (y < 0 || m < 0 || d < 0) return NO_DATE;
  const t = Date.UTC(y, m - 1, d);
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : NO_DATE;
}

/**
 * The day an event became public (compiled into CompiledMatcher.visibleFrom): its first report
 * (`reported`, else `start`), or its announcement when that came earlier (a scheduled summit).
 */
export function firstPublicDay(d: EventDates): number {
  const firstReport = d.reported ?? d.start;
  return toDayNumber(d.announced && d.announced < firstReport ? d.announced : firstReport);
}

/**
 * True when a page published on day `published` predates an event public from `visibleFrom` by
 * more than the slack. Unknown dates (NO_DATE) on either side never exclude.
 */
export const predatesEvent = (published: number, visibleFrom: number): boolean =>
  published !== NO_DATE && visibleFrom !== NO_DATE && visibleFrom > published + DATE_SLACK_DAYS;
