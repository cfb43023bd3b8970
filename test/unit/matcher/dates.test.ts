import { describe, expect, it } from 'vitest';
import { firstPublicDay, NO_DATE, predatesEvent, toDayNumber } from '../../../lib/matcher/dates';

describe('which date counts', () => {
  it('is the first report, else the start, or the announcement when that came first', () => {
    expect(firstPublicDay({ start: '2025-10-14', reported: '2025-11-25' })).toBe(toDayNumber('2025-11-25'));
    expect(firstPublicDay({ start: '2025-10-14' })).toBe(toDayNumber('2025-10-14'));
    expect(firstPublicDay({ start: '2025-12-02', announced: '2025-11-26' })).toBe(toDayNumber('2025-11-26'));
    // An announcement after the first report does not make the event public later.
    expect(firstPublicDay({ start: '2025-10-14', reported: '2025-11-25', announced: '2025-12-01' })).toBe(toDayNumber('2025-11-25'));
  });

  it('excludes pages published more than one day before it, and never on an unknown date', () => {
    const day = toDayNumber('2025-11-25');
    expect(predatesEvent(toDayNumber('2025-11-24'), day)).toBe(false);
    expect(predatesEvent(toDayNumber('2025-11-23'), day)).toBe(true);
    expect(predatesEvent(NO_DATE, day)).toBe(false);
    expect(predatesEvent(toDayNumber('2025-11-23'), NO_DATE)).toBe(false);
  });
});

describe('reading a date', () => {
  // toDayNumber reads digits by hand: it must read what the regular expression it replaced read.
  const byRegex = (date: string | undefined): number => {
    const m = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
    if (!m) return NO_DATE;
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return Number.isFinite(t) ? Math.floor(t / 86_400_000) : NO_DATE;
  };

  it('reads what /^(\\d{4})-(\\d{2})-(\\d{2})/ reads, and nothing else', () => {
    const dates = [
      undefined, '', '2025-11-25', '2025-11-25T10:00:00Z', '2025-02-31', '0000-00-00', '0099-01-01', '9999-12-31',
      '2025-1-25', '2025/11/25', '2025-11-2', '2025-11-2x', ' 2025-11-25', '２０２５-11-25', '2025-11-25junk', 'x025-11-25',
      '2025-ab-25', '202511-25', '2025-11', '1969-12-31', '2025-13-01', '2025-00-10',
    ];
    for (const d of dates) expect([d, toDayNumber(d)]).toEqual([d, byRegex(d)]);
  });
});
