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
