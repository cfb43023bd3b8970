import { describe, expect, it } from 'vitest';
import { badgeText, tooltipText, type TooltipTexts } from '@/lib/tabs/badge';

const texts: TooltipTexts = {
  base: 'Backstory: check this page',
  heading: (n) => `Backstory: ${n} known news event${n === 1 ? '' : 's'} on this page`,
  more: (n) => `and ${n} more`,
  about: 'About:',
  alsoMentioned: 'Also mentioned:',
  mentionedOnly: 'Mentioned, not what the page is about:',
};

const only = (main: string[]) => ({ main, mentions: [] });

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
    expect(tooltipText(only([]), texts)).toBe(texts.base);
  });
  it('names the events found', () => {
    expect(tooltipText(only(['Leaked call', 'Peace plan']), texts)).toBe(
      'Backstory: 2 known news events on this page\n• Leaked call\n• Peace plan',
    );
  });
  it('shortens long titles and lists at most eight', () => {
    const titles = Array.from({ length: 11 }, (_, i) => `Event ${i} ${'x'.repeat(200)}`);
    const lines = tooltipText(only(titles), texts).split('\n');
    expect(lines).toHaveLength(1 + 8 + 1);
    expect(lines[1]!.length).toBeLessThanOrEqual(92);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.at(-1)).toBe('and 3 more');
  });
  it('lists the main events first, then the mentions under their own label', () => {
    expect(tooltipText({ main: ['Leaked call'], mentions: ['Gaza ceasefire', 'Budapest summit'] }, texts)).toBe(
      'Backstory: 3 known news events on this page\nAbout:\n• Leaked call\nAlso mentioned:\n• Gaza ceasefire\n• Budapest summit',
    );
  });
  it('says when the page is about none of the events it mentions', () => {
    expect(tooltipText({ main: [], mentions: ['Gaza ceasefire'] }, texts)).toBe(
      'Backstory: 1 known news event on this page\nMentioned, not what the page is about:\n• Gaza ceasefire',
    );
  });
  it('keeps main events when the list is cut, and counts the mentions left off', () => {
    const main = Array.from({ length: 9 }, (_, i) => `Main ${i}`);
    const lines = tooltipText({ main, mentions: ['Gaza ceasefire'] }, texts).split('\n');
    expect(lines.slice(1, 3)).toEqual(['About:', '• Main 0']);
    expect(lines).not.toContain('Also mentioned:');
    expect(lines.filter((l) => l.startsWith('• '))).toHaveLength(8);
    expect(lines.at(-1)).toBe('and 2 more');
  });
});
