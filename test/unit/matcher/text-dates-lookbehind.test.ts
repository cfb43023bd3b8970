import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DM_DOT, DM_SLASH, DMY, execNotAfter, NOT_AFTER_LETTER, NOT_AFTER_NUMERIC, NOT_AFTER_YEAR, RELATIVE_YEARS, YEAR, YMD,
} from '@/lib/matcher/text-dates';

// The date patterns as they were written with their leading lookbehind: the specification that
// execNotAfter (the lookbehind checked outside the pattern, for speed) must meet match for match.
const SPEC: [string, RegExp, RegExp, RegExp][] = [
  ['YMD', YMD, NOT_AFTER_NUMERIC, /(?<![\p{N}.,/:-])(\d{4})([-/.])\s?(\d{1,2})\2\s?(\d{1,2})\.?(?![\p{N}]|[.,/:-]\d)/gu],
  ['DMY', DMY, NOT_AFTER_NUMERIC, /(?<![\p{N}.,/:-])(\d{1,2})([-/.])\s?(\d{1,2})\2\s?(\d{4})(?![\p{N}]|[.,/:-]\d)/gu],
  ['DM_DOT', DM_DOT, NOT_AFTER_NUMERIC, /(?<![\p{N}.,/:-])(\d{1,2})\.(\d{1,2})\.(?![\p{N}]|\s?\d)/gu],
  ['DM_SLASH', DM_SLASH, NOT_AFTER_NUMERIC, /(?<![\p{N}.,/:-])(\d{1,2})\/(\d{1,2})(?![\p{N}]|[.,/:-]\d)/gu],
  ['YEAR', YEAR, NOT_AFTER_YEAR, /(?<![\p{L}\p{N}$€£¥₽₴₹+#№.,:/-])(19\d\d|20\d\d)(?![\p{N}%‰a-zA-Z]|[.,:/-]\d|\s?%)/gu],
  ['last year', RELATIVE_YEARS[0]![0], NOT_AFTER_LETTER, new RegExp(`(?<![\\p{L}])${RELATIVE_YEARS[0]![0].source}`, 'giu')],
  ['this year', RELATIVE_YEARS[1]![0], NOT_AFTER_LETTER, new RegExp(`(?<![\\p{L}])${RELATIVE_YEARS[1]![0].source}`, 'giu')],
];

const all = (re: RegExp, s: string, next: () => RegExpExecArray | null) => {
  re.lastIndex = 0;
  const out: unknown[] = [];
  for (let m = next(); m; m = next()) out.push([m.index, ...m]);
  return out;
};

// Pieces around the edges: digits of other scripts (١, 𝟏), letters outside the BMP (𝐀), the
// characters each lookbehind excludes, dates and relative years, and their parts.
const piece = fc.constantFrom(
  '0', '1', '4', '9', '14', '10', '2025', '1999', '2100', '.', ',', '/', ':', '-', ' ', '\u00a0', '%', '$', '€', '#', '№', '+',
  'a', 'Z', 'é', 'ж', '𝐀', '𝟏', '١', '😀', 's', 'x', 'last year', 'Last  Year', 'this year', 'в прошлом году', 'l’an dernier',
  'tavaly', 'torik', 'торік', '14.10.', '14/10', '2025-10-14', '14.10.2025',
);

describe('date patterns without their leading lookbehind (execNotAfter)', () => {
  for (const [name, fast, notAfter, spec] of SPEC) {
    it(`finds what the lookbehind form of ${name} finds`, () => {
      fc.assert(fc.property(fc.array(piece, { maxLength: 24 }).map((ps) => ps.join('')), (s) => {
        const want = all(spec, s, () => spec.exec(s));
        expect(all(fast, s, () => execNotAfter(fast, s, notAfter))).toEqual(want);
      }), { numRuns: 1500 });
    });
  }
  it('has patterns that match something in these strings, and a lookbehind that rejects some', () => {
    // So that the comparisons above are not all of empty lists.
    expect(all(YEAR, 'in 2025, x2025 and 𝐀2025', () => execNotAfter(YEAR, 'in 2025, x2025 and 𝐀2025', NOT_AFTER_YEAR)).length).toBe(1);
    const s = 'Last year, not xlast year';
    const re = RELATIVE_YEARS[0]![0];
    expect(all(re, s, () => execNotAfter(re, s, NOT_AFTER_LETTER)).length).toBe(1);
  });
});
