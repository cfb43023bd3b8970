/** Calendar dates as day numbers (days since 1970-01-01, UTC), for cheap comparisons. */
export const NO_DATE = -2147483648;

const RE_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** "2025-11-25" (or an ISO date-time) -> day number; NO_DATE when it is not a date. */
export function toDayNumber(date: string | undefined): number {
  if (!date) return NO_DATE;
  const m = RE_DATE.exec(date);
  if (!m) return NO_DATE;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : NO_DATE;
}
