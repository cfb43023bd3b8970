import { describe, expect, it } from 'vitest';
import { badgeText, tooltipText, type TooltipTexts } from '@/lib/tabs/badge';

const texts: TooltipTexts = {
  base: 'Backstory: check this page',
  heading: (n) => `Backstory: ${n} known news event${n === 1 ? '' : 's'} on this page`,
  more: (n) => `and ${n} more`,
};

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-1, ''],
    [Number.NaN, ''],
    [1, '1'],
    [12, '12'],
    [99, '99'],
    [100, '99+'],
  ])('%d events -> "%s"', (n, text) => expect(badgeText(n)).toBe(text));
});

describe('tooltipText', () => {
  it('is the normal button title when nothing was found', () => {
    expect(tooltipText([], texts)).toBe(texts.base);
  });
  it('names the events found', () => {
    expect(tooltipText(['Leaked call', 'Peace plan'], texts)).toBe(
      'Backstory: 2 known news events on this page\n• Leaked call\n• Peace plan',
    );
  });
  it('shortens long titles and lists at most eight', () => {
    const titles = Array.from({ length: 11 }, (_, i) => `Event ${i} ${'x'.repeat(200)}`);
    const lines = tooltipText(titles, texts).split('\n');
    expect(lines).toHaveLength(1 + 8 + 1);
    expect(lines[1]!.length).toBeLessThanOrEqual(92);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.at(-1)).toBe('and 3 more');
  });
});
