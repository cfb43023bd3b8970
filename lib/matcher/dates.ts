/**
 * Calendar dates as day numbers (days since 1970-01-01, UTC), for cheap comparisons, and the
 * engine's one date rule: a page is not matched to an event that became public after it.
 */
import type { EventDates } from '../index-format/types';

export const NO_DATE = -2147483648;

/** Dates on pages and in the index are calendar days in unknown time zones: allow one day. */
export const DATE_SLACK_DAYS = 1;

const RE_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const DAY_MS = 86_400_000;

/** Year, month 1..12, day -> day number (no check: 31 February is 3 March). */
export const dayNumberOf = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
/** The calendar year, month (1..12) of a day number; the days of a month. */
export const yearOfDay = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();
export const monthOfDay = (day: number): number => new Date(day * DAY_MS).getUTCMonth() + 1;
export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** Monday = 0 ... Sunday = 6 of a day number (day 0, 1 January 1970, was a Thursday). */
export const weekdayOfDay = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** "2025-11-25" (or an ISO date-time) -> day number; NO_DATE when it is not a date. */
export function toDayNumber(date: string | undefined): number {
  if (!date) return NO_DATE;
  const m = RE_DATE.exec(date);
  if (!m) return NO_DATE;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
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
