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
 * A date read from a weekday or "yesterday" (TextDate.relative) dates the page's own news: it
 * agrees like any day, but contradicts only where the caller asks what day the page's news is
 * (`relativeContradicts`: the headline and lead, prominence-features.ts). In a sentence that
 * recalls an older event ("Trump on Tuesday praised the Gaza ceasefire") it says nothing of it.
 */
import type { EventDates } from '../index-format/types';
import { DATE_SLACK_DAYS, NO_DATE, toDayNumber, yearOfDay as yearOf } from './dates';
import { findDates, type FindDatesOptions, type TextDate } from './text-dates';

export type DateVerdict = 'agrees' | 'contradicts' | 'neutral';

/**
 * The event's day ranges, inclusive, flat: [start, end, reported, reported, announced, announced];
 * unparsable ones left out. This is what a compiled matcher can keep per event (an Int32Array).
 */
export function eventDayRanges(d: EventDates): number[] {
  const out: number[] = [];
  const start = toDayNumber(d.start);
  if (start !== NO_DATE) {
    const end = toDayNumber(d.end);
    out.push(start, end !== NO_DATE && end >= start ? end : start);
  }
  for (const x of [d.reported, d.announced]) {
    const n = toDayNumber(x);
    if (n !== NO_DATE) out.push(n, n);
  }
  return out;
}

/**
 * The rule (file header) against ranges[from..to), pairs of inclusive day numbers as made by
 * eventDayRanges; `published`: the page's publication day, when known.
 */
export function rangesAgreement(
  ranges: ArrayLike<number>, from: number, to: number, d: TextDate, published = NO_DATE, relativeContradicts = false,
): DateVerdict {
  if (to <= from) return 'neutral';
  let overlaps = false;
  if (d.precision === 'year') {
    const y = yearOf(d.first);
    for (let i = from; i < to && !overlaps; i += 2) overlaps = yearOf(ranges[i]!) <= y && y <= yearOf(ranges[i + 1]!);
    return overlaps ? 'agrees' : 'neutral';
  }
  for (let i = from; i < to && !overlaps; i += 2) {
    overlaps = d.first <= ranges[i + 1]! + DATE_SLACK_DAYS && d.last >= ranges[i]! - DATE_SLACK_DAYS;
  }
  if (overlaps) return 'agrees';
  if (d.relative) return relativeContradicts ? 'contradicts' : 'neutral';
  const restatesPublished = published !== NO_DATE && d.precision === 'day'
    && d.first >= published - DATE_SLACK_DAYS && d.last <= published + DATE_SLACK_DAYS;
  return restatesPublished ? 'neutral' : 'contradicts';
}

/** One text date against an event's dates (the rule in the file header). */
export function dateAgreement(eventDates: EventDates, d: TextDate, published = NO_DATE): DateVerdict {
  const ranges = eventDayRanges(eventDates);
  return rangesAgreement(ranges, 0, ranges.length, d, published);
}

/**
 * What a set of dates read on a page says of one event (its ranges[r0..r1)): `agrees` when one of
 * them agrees (an agreeing date is the strong signal: a page about an event also recalls earlier
 * ones by date), else `contradicts` when one contradicts, else `neutral`. With `agreeAt` 'month',
 * a year alone does not agree (a passing mention needs more than "this year").
 */
export function datesVerdict(
  dates: readonly TextDate[], ranges: ArrayLike<number>, r0: number, r1: number, published = NO_DATE,
  agreeAt: 'year' | 'month' = 'year', relativeContradicts = false,
): DateVerdict {
  let verdict: DateVerdict = 'neutral';
  for (const d of dates) {
    let v = rangesAgreement(ranges, r0, r1, d, published, relativeContradicts);
    if (v === 'agrees' && agreeAt === 'month' && d.precision === 'year') v = 'neutral';
    if (v === 'agrees') return v;
    if (v === 'contradicts') verdict = v;
  }
  return verdict;
}

/** datesVerdict of all the dates written in text[from..to) (findDates). */
export function spanVerdict(
  text: string, from: number, to: number, opts: FindDatesOptions, ranges: ArrayLike<number>, r0 = 0, r1 = ranges.length,
): DateVerdict {
  return datesVerdict(findDates(text, from, to, opts), ranges, r0, r1, opts.published);
}
