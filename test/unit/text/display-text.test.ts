import { describe, expect, it } from 'vitest';
import { BIDI_CONTROLS, displayText } from '@/lib/text/display-text';

describe('displayText', () => {
  it('removes bidi embeddings, overrides and isolates', () => {
    expect(displayText('Reuters\u202E moc.grebmoolb')).toBe('Reuters moc.grebmoolb');
    expect(displayText('\u2066a\u2067b\u2068c\u2069\u202Ad\u202Be\u202Cf\u202Dg')).toBe('abcdefg');
    expect(BIDI_CONTROLS.test(displayText('x\u202Ey\u2069'))).toBe(false);
  });
  it('removes invisible characters that mean nothing in any script, and control characters', () => {
    expect(displayText('Bloom\u200Bberg\u2060\uFEFF')).toBe('Bloomberg');
    expect(displayText('a\u0000b\u0007c\u001Bd\u0085e\u009Bf')).toBe('abcdef');
    expect(displayText('tag\u{E0041}\u{E007F}s')).toBe('tags');
    expect(displayText('line one\nline\ttwo')).toBe('line one\nline\ttwo');
  });
  it('keeps what real text needs: joiners and directional marks', () => {
    const persian = 'می\u200Cخواهم'; // ZWNJ inside a Persian word
    const hindi = 'क्\u200Dष'; // ZWJ asks for a half form
    const emoji = '👩\u200D💻';
    const hebrew = 'שלום\u200F!';
    for (const s of [persian, hindi, emoji, hebrew, 'العربية\u061C', 'Ушаков', '東京']) expect(displayText(s)).toBe(s);
  });
});
