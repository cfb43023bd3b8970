import { describe, expect, it } from 'vitest';
import { formatDay, formatDayRange, formatMoment, isPast } from '@/lib/i18n/format-date';

describe('formatDay', () => {
  it('formats a calendar day in the locale without shifting it by time zone', () => {
    expect(formatDay('2025-10-14', 'en-US')).toBe('Oct 14, 2025');
    expect(formatDay('2025-10-14', 'en-GB')).toBe('14 Oct 2025');
    expect(formatDay('2025-10-14', 'ru')).toBe('14 окт. 2025 г.');
    expect(formatDay('2025-01-01', 'uk')).toMatch(/^1 січ\. 2025/);
  });
  it('formats partial dates as far as they are known', () => {
    expect(formatDay('2025-11', 'en-US')).toBe('Nov 2025');
    expect(formatDay('2025', 'en-US')).toBe('2025');
  });
  it('returns anything else unchanged', () => {
    expect(formatDay('yesterday', 'en')).toBe('yesterday');
    expect(formatDay('2025-13', 'en')).toBe('2025-13');
  });
  it('survives a locale tag Intl rejects', () => {
    expect(formatDay('2025-10-14', 'not a locale!')).toBe('Oct 14, 2025');
  });
});

describe('formatDayRange', () => {
  it('collapses a range within one month', () => {
    expect(formatDayRange('2025-11-19', '2025-11-21', 'en-US')).toMatch(/^Nov 19\s*–\s*21, 2025$/);
  });
  it('shows one day when the end is missing or not after the start', () => {
    expect(formatDayRange('2025-11-19', undefined, 'en-US')).toBe('Nov 19, 2025');
    expect(formatDayRange('2025-11-19', '2025-11-19', 'en-US')).toBe('Nov 19, 2025');
  });
});

describe('formatMoment / isPast', () => {
  it('formats ISO date-times and epoch ms, and keeps junk visible', () => {
    expect(formatMoment('2025-11-28T09:00:00Z', 'en-US', false)).toBe('Nov 28, 2025');
    expect(formatMoment(Date.UTC(2025, 10, 30, 12), 'en-US', false)).toBe('Nov 30, 2025');
    expect(formatMoment('soon', 'en-US')).toBe('soon');
  });
  it('is past only for a parseable moment before now', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(isPast('2025-12-31T23:59:59Z', now)).toBe(true);
    expect(isPast('2026-01-01T00:00:01Z', now)).toBe(false);
    expect(isPast('never', now)).toBe(false);
  });
});
