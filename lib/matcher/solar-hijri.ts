/**
 * The Iranian (solar Hijri) calendar, in which Iranian news date events ("اول تیر ۱۴۰۴" is
 * 22 June 2025): its dates as day numbers (dates.ts). The year begins at Nowruz, the March
 * equinox's day (20 or 21 March), which Intl's Persian calendar (ICU, in Node, Chrome and Firefox)
 * tells; then six months of 31 days, five of 30 and Esfand of 29 or 30. Without Intl's calendar,
 * 21 March (at most a day off: within the date rule's slack).
 */
import { dayNumberOf } from './dates';

let persian: Intl.DateTimeFormat | null | undefined;
const nowruzOf = new Map<number, number>();

/** Day number of 1 Farvardin in Gregorian year gy. */
export function nowruz(gy: number): number {
  const known = nowruzOf.get(gy);
  if (known !== undefined) return known;
  if (persian === undefined) {
    try {
      persian = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
    } catch {
      persian = null;
    }
  }
  let day = 21;
  for (const d of [20, 21, 19, 22]) {
    const parts = persian?.formatToParts(Date.UTC(gy, 2, d));
    if (parts && parts.find((p) => p.type === 'month')?.value === '1' && parts.find((p) => p.type === 'day')?.value === '1') {
      day = d;
      break;
    }
  }
  const n = dayNumberOf(gy, 3, day);
  nowruzOf.set(gy, n);
  return n;
}

/** Days in solar month sm (1..12) of solar year sy. */
export function solarMonthDays(sy: number, sm: number): number {
  if (sm <= 6) return 31;
  if (sm <= 11) return 30;
  return nowruz(sy + 622) - solarDay(sy, 12, 1);
}

/** Day number of day sd of solar month sm (1..12) of solar year sy (1404 began on 21 March 2025). */
export function solarDay(sy: number, sm: number, sd: number): number {
  return nowruz(sy + 621) + (sm <= 6 ? (sm - 1) * 31 : 186 + (sm - 7) * 30) + sd - 1;
}

/** The solar year in which Gregorian day number n falls. */
export function solarYearOf(n: number, gy: number): number {
  return n >= nowruz(gy) ? gy - 621 : gy - 622;
}
