import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHINESE_MONTHS, DM_DOT, DM_SLASH, DMY, execNotAfter, NOT_AFTER_LETTER, NOT_AFTER_NUMERIC, NOT_AFTER_YEAR, NUMERIC_MONTHS,
  RELATIVE_YEARS, YEAR, YMD,
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
  ['ja/zh months', NUMERIC_MONTHS[0]!.re, NUMERIC_MONTHS[0]!.notAfter, /(?<!\d)(?:(去年|昨年|今年|明年|来年)\s*)?(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號])?/gu],
  ['ko months', NUMERIC_MONTHS[1]!.re, NUMERIC_MONTHS[1]!.notAfter, /(?<!\d)(?:(지난해|작년|올해|금년|내년)\s*)?(?:(\d{4})\s*년\s*)?(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?/gu],
  ['vi days', NUMERIC_MONTHS[2]!.re, NUMERIC_MONTHS[2]!.notAfter, /(?<![\p{N}\p{L}])(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm\s+|[,/]\s*)(\d{4}))?(?!\p{N})/giu],
  ['vi months', NUMERIC_MONTHS[3]!.re, NUMERIC_MONTHS[3]!.notAfter, /(?<![\p{N}\p{L}])tháng\s+(\d{1,2})(?:\s+năm\s+|\/)(\d{4})(?!\p{N})/giu],
  ['Chinese numeral months', CHINESE_MONTHS[0]!.re, CHINESE_MONTHS[0]!.notAfter, new RegExp(`(?<![一二三四五六七八九十百千万萬零〇两兩几幾第])${CHINESE_MONTHS[0]!.re.source}`, 'gu')],
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
  '月', '年', '日', '월', '년', '일', '去年', '지난해', '十', '一', '第', '十一月', '十月十四日', '2025年10月14日', '10월 14일',
  'tháng', 'ngày ', 'Tháng', ' năm ', '14 tháng 10', 'tháng 10/2025',
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
