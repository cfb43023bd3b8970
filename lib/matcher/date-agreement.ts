/**
 * Whether a date written on a page (text-dates.ts) fits an event's dates: what tells neighbouring
 * events of one story apart (the 14 October call, the 16 October call, the 17 October visit).
 *
 * The event's dates are its span (start..end, or the start day) and its `reported` and `announced`
 * days: a page about a leak says when the call was and when it leaked; a page about a scheduled
 * summit names the day it was announced.
 * - agrees: the text date's range overlaps one of them, each widened by DATE_SLACK_DAYS (calendar
 *   days in unknown time zones); a year-only date agrees when one of them lies in that year.
 * - contradicts: a day- or month-precision date that overlaps none of them.
 * - neutral: the event has no usable date; a year-only date of another year (on the corpus pages
 *   such years were all background: "since 1952", "the 2022 election", "until the end of 2027");
 *   a date that only restates the page's publication day (the byline "Name · 2025-12-03", which
 *   the page's text carries next to the headline's evidence: the publication day is already used
 *   by predatesEvent, and a page about a later development says nothing against the event by it).
 */
import type { EventDates } from '../index-format/types';
import { DATE_SLACK_DAYS, NO_DATE, toDayNumber, yearOfDay as yearOf } from './dates';
import type { TextDate } from './text-dates';

export type DateAgreement = 'agrees' | 'contradicts' | 'neutral';

/** The event's day ranges, inclusive: [start, end], [reported], [announced]; unparsable ones left out. */
export function eventDayRanges(d: EventDates): [number, number][] {
  const out: [number, number][] = [];
  const start = toDayNumber(d.start);
  if (start !== NO_DATE) {
    const end = toDayNumber(d.end);
    out.push([start, end !== NO_DATE && end >= start ? end : start]);
  }
  for (const x of [d.reported, d.announced]) {
    const n = toDayNumber(x);
    if (n !== NO_DATE) out.push([n, n]);
  }
  return out;
}

/** `published`: the page's publication day (dates.ts toDayNumber), when known. */
export function dateAgreement(eventDates: EventDates, d: TextDate, published = NO_DATE): DateAgreement {
  const ranges = eventDayRanges(eventDates);
  if (ranges.length === 0) return 'neutral';
  if (d.precision === 'year') {
    const y = yearOf(d.first);
    return ranges.some(([a, b]) => yearOf(a) <= y && y <= yearOf(b)) ? 'agrees' : 'neutral';
  }
  if (ranges.some(([a, b]) => d.first <= b + DATE_SLACK_DAYS && d.last >= a - DATE_SLACK_DAYS)) return 'agrees';
  const restatesPublished = published !== NO_DATE && d.precision === 'day'
    && d.first >= published - DATE_SLACK_DAYS && d.last <= published + DATE_SLACK_DAYS;
  return restatesPublished ? 'neutral' : 'contradicts';
}
