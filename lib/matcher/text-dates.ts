/**
 * The date reader: calendar dates written in a span of a page's text ("14 October", "14 жовтня",
 * "le 14 octobre", "2025年10月14日", "14.10.2025", "October 2025", "2025", "last October"), as
 * day-number ranges (dates.ts), so that the matcher can compare them with an event's dates
 * (date-agreement.ts). Pure and cheap: it reads only text[from..to), never the whole page.
 *
 * Rules (README.md, "Dates in the text"):
 * - Month names in 27 languages (month-names.ts); numeric months in ja, zh (10月14日), ko (10월 14일)
 *   and vi (ngày 14 tháng 10); numeric dates with a 4-digit year (14.10.2025, 2025-10-14); years
 *   1900..2099 alone. Digits in Arabic-Indic, Persian, Indic scripts and full width count as digits.
 * - A date without a year is resolved from the page's publication day P: the latest such date not
 *   after P + AHEAD_DAYS. Without P it is not returned.
 * - Two numbers without a year ("14/10", "14.10.") are a date only when unambiguous: "d.m." with the
 *   final dot and a two-digit month or a date word before it ("am 3.5."); "d/m" only after a date
 *   word ("on 14/10", "le 14/10") and, in English without a region, only when one number is over 12.
 *   Hyphenated pairs ("2-1", "1-0") are never dates (scores).
 */
import { NO_DATE, dayNumberOf as dayNumber, daysInMonth as daysIn, monthOfDay as monthOf, weekdayOfDay as weekdayOf, yearOfDay as yearOf } from './dates';
import { primaryLanguage } from './language';
import {
  BARE_NEEDS_TIME_WORD, CAPITALIZED_ONLY, COMPOUND_BY_WORD, MAX_MONTH_WORD, MONTH_BY_WORD, MONTH_PREFIXES, NEVER_BARE, NOT_BEFORE,
  monthTableWords, SOLAR_FIRST, foldMonthWord, headLetter, headsOf, packHead, indicMonth, monthAdjective, monthWithCase, prefixesOf,
} from './month-names';
import { solarDay, solarMonthDays, solarYearOf } from './solar-hijri';
import { RELATIVE_DAY_WORDS } from './weekday-names';
import { AGO_WORDS, type AgoUnit } from './ago-words';

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface TextDate {
  /** Offsets in the text given to findDates (start inclusive, end exclusive). */
  start: number;
  end: number;
  /** Day numbers (dates.ts), inclusive: a day has first == last; "October 2025" is the month. */
  first: number;
  last: number;
  precision: DatePrecision;
  /** False when the year was inferred from the publication date ("14 October", "last June"). */
  yearGiven: boolean;
  /**
   * Read from a weekday, a relative day ("yesterday") or a relative week ("next week"; see
   * weekday-names.ts), counted from the publication day: the page's own news, rarely an older
   * event's day (date-agreement.ts).
   */
  relative?: true;
}

export interface FindDatesOptions {
  /** The page's language (BCP 47): decides the order of numeric dates ("en-US": month first). */
  lang?: string;
  /** The page's publication day (dates.ts toDayNumber), to resolve dates without a year. */
  published?: number;
}

/**
 * How far after the publication day a date without a year may lie: news announces dates weeks
 * ahead ("the meeting on 2 December" in a page of 26 November), and rarely names a date of the
 * year before without its year.
 */
export const AHEAD_DAYS = 60;
/** How far after the publication day a bare month's first day may lie (see relativeMonth). */
const BARE_MONTH_AHEAD_DAYS = 31;

const HAS_DIGIT = /\d/;
/** Days a month can have in some year (29 February is checked against the year later). */
const MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const validDayMonth = (d: number, m: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= MAX_DAYS[m - 1]!;
const validYear = (y: number): boolean => y >= 1900 && y <= 2099;

/** Copy of s with every decimal digit of another script as an ASCII digit (same length). */
function asciiDigits(s: string): string {
  let out: string[] | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x0660) continue;
    let v = -1;
    if (c <= 0x0669) v = c - 0x0660; // Arabic-Indic
    else if (c >= 0x06f0 && c <= 0x06f9) v = c - 0x06f0; // Persian
    else if (c >= 0x0966 && c <= 0x0d6f && (c - 0x0966) % 0x80 < 10) v = (c - 0x0966) % 0x80; // Indic blocks
    else if (c >= 0xff10 && c <= 0xff19) v = c - 0xff10; // full width
    if (v < 0) continue;
    out ??= s.split('');
    out[i] = String(v);
  }
  return out ? out.join('') : s;
}

interface Ctx {
  s: string;
  base: number;
  published: number;
  lang: string;
  /** Its primary subtag ("sr" of "sr-latn"): month cases and weekdays are per language. */
  language: string;
  out: TextDate[];
  /** A word of a relative year ("year", "jahr", "году") occurs: RELATIVE_YEARS are worth running. */
  yearWord: boolean;
  /** "tháng" occurs: the Vietnamese patterns are worth running. */
  thang: boolean;
  /** Units of s already inside a date read (made on the first date). */
  taken?: Uint8Array;
  /** The span has a digit: the numeric readers are worth running (without one only relative forms can match). */
  digits: boolean;
}

/** Adds a date over s[start..end) unless it overlaps one already read (earlier readers win). */
function add(c: Ctx, start: number, end: number, first: number, last: number, precision: DatePrecision, yearGiven: boolean, relative = false): void {
  const taken = (c.taken ??= new Uint8Array(c.s.length));
  for (let i = start; i < end; i++) if (taken[i]) return;
  taken.fill(1, start, end);
  const d: TextDate = { start: c.base + start, end: c.base + end, first, last, precision, yearGiven };
  if (relative) d.relative = true;
  c.out.push(d);
}

/** The latest (y, m, d) not after published + AHEAD_DAYS; NO_DATE without a publication day. */
function resolveDay(c: Ctx, m: number, d: number): number {
  if (c.published === NO_DATE) return NO_DATE;
  const py = yearOf(c.published);
  for (let y = py + 1; y >= py - 4; y--) {
    if (d > daysIn(y, m)) continue;
    const n = dayNumber(y, m, d);
    if (n <= c.published + AHEAD_DAYS) return n;
  }
  return NO_DATE;
}

function addDay(c: Ctx, start: number, end: number, y: number | undefined, m: number, d: number, lastD = d, yearGiven = true): void {
  if (!validDayMonth(d, m) || !validDayMonth(lastD, m) || lastD < d) return;
  if (y !== undefined) {
    if (!validYear(y) || lastD > daysIn(y, m)) return;
    add(c, start, end, dayNumber(y, m, d), dayNumber(y, m, lastD), 'day', yearGiven);
    return;
  }
  const first = resolveDay(c, m, d);
  if (first === NO_DATE) return;
  const last = first + (lastD - d);
  if (monthOf(last) !== m) return;
  add(c, start, end, first, last, 'day', false);
}

function addMonth(c: Ctx, start: number, end: number, y: number, m: number, yearGiven: boolean): void {
  if (!validYear(y) || m < 1 || m > 12) return;
  add(c, start, end, dayNumber(y, m, 1), dayNumber(y, m, daysIn(y, m)), 'month', yearGiven);
}

function addYear(c: Ctx, start: number, end: number, y: number, yearGiven: boolean): void {
  if (!validYear(y)) return;
  add(c, start, end, dayNumber(y, 1, 1), dayNumber(y, 12, 31), 'year', yearGiven);
}

// ---- Month words ----

const NEXT_WORD = /^\s+([\p{L}\p{M}]+)/u;
/**
 * A day (or a range of days) just before the month: "14 ", "14. ", "1er ", "14 de ", "the 14th of ",
 * "14–16 ", "14 and 16 ", "del 14 al 16 de ", Hebrew "ב-14 ".
 */
const DAY_BEFORE = /(?:^|[^\p{L}\p{N}.,/:-]|(?<=[\u05d0-\u05ea])-)(?:(\d{1,2})\.?(?:\s?[-–]\s?|\s+(?:and|to|al|au|bis|et|y|e|i|и|і)\s+))?(\d{1,2})(?:\.|er|st|nd|rd|th|º|ª|-?го)?(?:\s+(?:de|of|του))?\s*$/u;
/**
 * A day (or range) just after the month: " 14", ". 14", " 14th", " 14.", " 14-én", " 14–16", and
 * Indic case endings written onto the number (Telugu "అక్టోబర్ 14న", Tamil "14ஆம்").
 */
const DAY_AFTER = /^\.?\s{0,2}(\d{1,2})(?:\s?[-–]\s?(\d{1,2}))?(?:st|nd|rd|th|\.|-?(?:én|án|jén|ján|e|i|ig)|[\u0900-\u0dff]+)?(?![\p{N}\p{L}]|[.,:/]\d)/u;
/** A year after the month or the day: " 2025", ", 2025", " de 2025", " del 2025", " of 2025". */
const YEAR_AFTER = /^\.?,?\s{0,2}(?:(?:de|del|of|năm)\s{1,2})?(\d{4})(?![\p{N}]|[.,:/-]\d)/u;
/** A year with a dot before the month (Hungarian "2025. október 14."). */
const YEAR_BEFORE = /(?:^|[^\p{N}.,/:-])(\d{4})\.\s{0,2}$/u;

/** Words that make a bare month name a date relative to the publication day. */
const LAST_BEFORE = /(?:^|[^\p{L}])(?:last|el pasado|im vergangenen|vergangenen|letzten|im letzten)\s+$/iu;
const THIS_BEFORE = /(?:^|[^\p{L}])(?:this|this coming)\s+$/iu;
const NEXT_BEFORE = /(?:^|[^\p{L}])(?:next|el próximo|im kommenden|kommenden|nächsten)\s+$/iu;
const LAST_AFTER = /^\s+(?:dernier|pasado)(?![\p{L}])/iu;
const PREV_YEAR_AFTER = /^,?\s+(?:(?:of\s+)?last\s+year|de\s+l['’]an\s+dernier|de\s+l['’]année\s+dernière|del\s+año\s+pasado|(?:des\s+)?(?:letzten|vergangenen)\s+jahres|dell['’]anno\s+scorso|do\s+ano\s+passado|vorig\s+jaar|förra\s+året|i\s+fjol|anul\s+trecut|прошлого\s+года|минулого\s+року|(?:ubiegłego|zeszłego)\s+roku|(?:loňského|minulého)\s+roku)(?![\p{L}])/iu;
/** "last year" before the month: Turkish "geçen yıl Ekim'de", Hungarian "tavaly októberben". */
const PREV_YEAR_BEFORE = /(?:^|[^\p{L}])(?:geçen\s+yıl|tavaly)\s+$/iu;
const THIS_YEAR_AFTER = /^,?\s+(?:(?:of\s+)?this\s+year|de\s+cette\s+année|de\s+este\s+año|dieses\s+jahres|этого\s+года|цього\s+року|tego\s+roku|letošního\s+roku)(?![\p{L}])/iu;

/** Letters and marks of a word, for the month scan (digits are ASCII by now: not word units). */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  if (c < 0xc0) return c === 0xaa || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xff00 && c <= 0xff20) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // no month word lies outside the BMP
  if (c === 0x060c || c === 0x061b || c === 0x061f || c === 0x06d4 || (c >= 0x066a && c <= 0x066d)) return false;
  return c !== 0x0964 && c !== 0x0965; // danda
}

/** Folded words that announce a relative year or a Vietnamese month (see Ctx). */
const YEAR_WORDS = new Set(['year', 'an', 'annee', 'ano', 'jahr', 'anno', 'jaar', 'aret', 'году', 'року', 'торік',
  'roku', 'loni', 'letos', 'yil', 'tavaly', 'iden', 'ar']);
const FLAG_PREFIXES = prefixesOf([...YEAR_WORDS, 'tháng']);
/** The heads of every word readMonthWords looks up (headsOf): most words pass the two-unit prefix test, few this one. */
const WORD_HEADS = headsOf([...monthTableWords(), ...YEAR_WORDS, 'thang']);

/** One pass over the span's words: month words (read at once), and flags for the later readers. */
function readMonthWords(c: Ctx): void {
  const { s } = c;
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!isWordUnit(s.charCodeAt(i))) { i++; continue; }
    const ms = i;
    while (i < n && isWordUnit(s.charCodeAt(i))) i++;
    const len = i - ms;
    if (len < 2 || len > MAX_MONTH_WORD + 2) continue;
    const c0 = s.charCodeAt(ms);
    if (c0 >= 0x0e00 && (c0 < 0x1e00 || c0 >= 0x2000)) continue; // CJK, Hangul, Thai: no month words
    const head = (c0 << 16) | s.charCodeAt(ms + 1);
    const monthLike = MONTH_PREFIXES.has(head);
    if (!monthLike && !FLAG_PREFIXES.has(head)) continue;
    if (len >= 3) {
      // Letters whose folding is their lower case: three of them tell most words apart.
      const h0 = headLetter(c0);
      const h1 = headLetter(s.charCodeAt(ms + 1));
      const h2 = headLetter(s.charCodeAt(ms + 2));
      if (h0 && h1 && h2 && !WORD_HEADS.has(packHead(h0, h1, h2))) continue;
    }
    const w = s.slice(ms, i);
    const key = foldMonthWord(w);
    if (YEAR_WORDS.has(key)) c.yearWord = true;
    else if (key === 'thang') c.thang = true;
    if (!monthLike) continue;
    let me = i;
    let month = MONTH_BY_WORD.get(key) ?? (c0 >= 0x0900 && c0 < 0x0d00 ? indicMonth(key) : monthWithCase(key, c.language) ?? monthAdjective(key));
    if (month === undefined) {
      const tails = COMPOUND_BY_WORD.get(key);
      const nx = tails && NEXT_WORD.exec(s.slice(me, me + 24));
      month = nx ? tails!.get(foldMonthWord(nx[1]!)) : undefined;
      if (month === undefined) continue;
      me += nx![0].length;
      i = me;
    }
    if (CAPITALIZED_ONLY.has(key)) {
      if (w[0] === w[0]!.toLowerCase()) continue;
      if (key.length <= 4 && s[me] === '.') me++; // "Oct."
    }
    const notBefore = NOT_BEFORE[key];
    if (notBefore && notBefore.test(s.slice(me, me + 12))) continue;
    monthDate(c, ms, me, month);
  }
}

/** Reads the date around a month word at s[ms..me). */
function monthDate(c: Ctx, ms: number, me: number, month: number): void {
  const { s } = c;
  const beforeAt = Math.max(0, ms - 24);
  const before = s.slice(beforeAt, ms);
  const after = s.slice(me, me + 32);
  const db = DAY_BEFORE.exec(before);
  const da = db ? null : DAY_AFTER.exec(after);
  let start = ms;
  let end = me;
  let d1: number | undefined;
  let d2: number | undefined;
  if (db) {
    d1 = Number(db[1] ?? db[2]);
    d2 = Number(db[2]);
    start = beforeAt + db.index + db[0].search(/\d/);
  } else if (da) {
    d1 = Number(da[1]);
    d2 = Number(da[2] ?? da[1]);
    end = me + da[0].length;
  }
  const ya = YEAR_AFTER.exec(s.slice(end, end + 16));
  let year: number | undefined;
  if (ya) {
    year = Number(ya[1]);
    end += ya[0].length;
  } else {
    const yb = YEAR_BEFORE.exec(before);
    if (yb && !db) {
      year = Number(yb[1]);
      start = beforeAt + yb.index + yb[0].search(/\d/);
    }
  }
  if (month > SOLAR_FIRST) {
    // "اول تیر": the first of the month.
    if (d1 === undefined && FIRST_BEFORE.test(before)) d1 = d2 = 1;
    solarDate(c, start, end, year, month - SOLAR_FIRST, d1, d2, s.slice(ms, me));
    return;
  }
  if (d1 !== undefined) {
    addDay(c, start, end, year, month, d1, d2);
    return;
  }
  if (year !== undefined) {
    addMonth(c, start, end, year, month, true);
    return;
  }
  relativeMonth(c, ms, me, month, before, after);
}

/** Persian "first" before a solar month ("اول تیر", "یکم مهر"). */
const FIRST_BEFORE = /(?:^|[^\p{L}])(?:اول|یکم)\s+$/u;

/** A date of the solar Hijri calendar (solar-hijri.ts): month sm, its year sy if written (1300..1499). */
function solarDate(c: Ctx, start: number, end: number, sy: number | undefined, sm: number, d1: number | undefined, d2: number | undefined, word: string): void {
  if (sy !== undefined && (sy < 1300 || sy > 1499)) return;
  const days = (y: number) => solarMonthDays(y, sm);
  if (d1 === undefined) {
    if (sy !== undefined) {
      add(c, start, end, solarDay(sy, sm, 1), solarDay(sy, sm, days(sy)), 'month', true);
      return;
    }
    if (c.published === NO_DATE || NEVER_BARE.has(foldMonthWord(word))) return;
    let y = solarYearOf(c.published, yearOf(c.published)) + 1;
    while (solarDay(y, sm, 1) > c.published + BARE_MONTH_AHEAD_DAYS) y--;
    add(c, start, end, solarDay(y, sm, 1), solarDay(y, sm, days(y)), 'month', false);
    return;
  }
  const last = d2 ?? d1;
  if (d1 < 1 || last < d1 || last > 31) return;
  if (sy !== undefined) {
    if (last <= days(sy)) add(c, start, end, solarDay(sy, sm, d1), solarDay(sy, sm, last), 'day', true);
    return;
  }
  if (c.published === NO_DATE) return;
  for (let y = solarYearOf(c.published, yearOf(c.published)) + 1, k = 0; k < 4; y--, k++) {
    if (last > days(y) || solarDay(y, sm, d1) > c.published + AHEAD_DAYS) continue;
    add(c, start, end, solarDay(y, sm, d1), solarDay(y, sm, last), 'day', false);
    return;
  }
}

/** Words of time before a bare month that is also a word or a name ("in May", "early March", "en mai", "في مارس"). */
const TIME_WORD_BEFORE = new RegExp(
  '(?:^|[^\\p{L}])(?:in|since|until|till|by|from|of|early|late|mid-?|end of|beginning of|im|seit|bis|anfang|ende|mitte|en|depuis|début|fin|mi-|jusqu\'en|în|din|până în|pe|la începutul|la sfârșitul|i|sedan|siden|från|fra|till|til|في|منذ|حتى|خلال|أواخر|أوائل|مطلع|منتصف|у|в|з|із|до|від|наприкінці|на початку|v|od|koncem|začátkem|do)\\s*$',
  'iu',
);

/** "last October", "octobre dernier", "in June last year", "this March", "next May", a bare "April". */
function relativeMonth(c: Ctx, ms: number, me: number, month: number, before: string, after: string): void {
  if (c.published === NO_DATE) return;
  const py = yearOf(c.published);
  const pm = monthOf(c.published);
  let m: RegExpExecArray | null;
  if ((m = PREV_YEAR_AFTER.exec(after))) return addMonth(c, ms, me + m[0].length, py - 1, month, false);
  if ((m = THIS_YEAR_AFTER.exec(after))) return addMonth(c, ms, me + m[0].length, py, month, false);
  const prefixStart = (r: RegExpExecArray) => ms - before.length + r.index + r[0].search(/\p{L}/u);
  if ((m = PREV_YEAR_BEFORE.exec(before))) return addMonth(c, prefixStart(m), me, py - 1, month, false);
  const lastYear = month < pm ? py : py - 1;
  if ((m = LAST_AFTER.exec(after))) return addMonth(c, ms, me + m[0].length, lastYear, month, false);
  if ((m = LAST_BEFORE.exec(before))) return addMonth(c, prefixStart(m), me, lastYear, month, false);
  if ((m = THIS_BEFORE.exec(before))) return addMonth(c, prefixStart(m), me, py, month, false);
  if ((m = NEXT_BEFORE.exec(before))) return addMonth(c, prefixStart(m), me, month > pm ? py : py + 1, month, false);
  // A bare month ("in April", "στα τέλη Απριλίου"): the latest one that began by a month after the
  // publication day ("talks in December" on 26 November is this December; "in January" then, the last one).
  // Words that are also names, verbs or abbreviations ("Theresa May", "Jan Offermann", "the march")
  // only after a word that announces a time ("in May", "since March").
  const key = foldMonthWord(c.s.slice(ms, me).replace(/\.$/, ''));
  if (NEVER_BARE.has(key) || (BARE_NEEDS_TIME_WORD.has(key) && !TIME_WORD_BEFORE.test(before))) return;
  addBareMonth(c, ms, me, month);
}

/** A month without a year or a relative word: the latest one that began by BARE_MONTH_AHEAD_DAYS after the publication day. */
function addBareMonth(c: Ctx, start: number, end: number, month: number): void {
  if (c.published === NO_DATE) return;
  const py = yearOf(c.published);
  addMonth(c, start, end, dayNumber(py, month, 1) <= c.published + BARE_MONTH_AHEAD_DAYS ? py : py - 1, month, false);
}

// ---- Numeric months: ja, zh, ko, vi ----

interface NumericPattern {
  /** Runs only when this holds (a cheap test first). */
  worth(c: Ctx): boolean;
  re: RegExp;
  /** What may not come right before a match (execNotAfter). */
  notAfter: RegExp;
  /** Year (or undefined), month, day (or undefined) from a match. */
  parts(m: RegExpExecArray): [number | undefined, number, number | undefined];
}
const num = (x: string | undefined): number | undefined => (x === undefined ? undefined : Number(x));
const CHINESE_DIGITS = '一二三四五六七八九';
/** 1..39 written in Chinese numerals (十 ten, 十四 14, 二十 20, 三十一 31). */
function chineseNumber(x: string): number {
  const ten = x.indexOf('十');
  const digit = (ch: string | undefined) => (ch === undefined || ch === '' ? 0 : CHINESE_DIGITS.indexOf(ch) + 1);
  if (ten === -1) return digit(x);
  return (ten === 0 ? 1 : digit(x[0])) * 10 + digit(x[ten + 1]);
}
/** Words for last, this and next year before a numeric month (zh, ja, ko): offset from the publication year. */
const RELATIVE_YEAR_WORD: Record<string, number> = {
  去年: -1, 昨年: -1, 今年: 0, 明年: 1, 来年: 1, 지난해: -1, 작년: -1, 올해: 0, 금년: 0, 내년: 1,
};
const NOT_AFTER_DIGIT = /\d/u;
const NOT_AFTER_NUMBER_OR_LETTER = /[\p{N}\p{L}]/u;
export const NUMERIC_MONTHS: NumericPattern[] = [
  // 2025年10月14日, 10月14日, 2025年10月, 去年10月 (ja, zh)
  { worth: (c) => c.s.includes('月'), notAfter: NOT_AFTER_DIGIT, re: /(?:(去年|昨年|今年|明年|来年)\s*)?(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號])?/gu, parts: (m) => [num(m[2]), Number(m[3]), num(m[4])] },
  // 2025년 10월 14일, 10월 14일, 2025년 10월, 지난해 12월 3일 (ko)
  { worth: (c) => c.s.includes('월'), notAfter: NOT_AFTER_DIGIT, re: /(?:(지난해|작년|올해|금년|내년)\s*)?(?:(\d{4})\s*년\s*)?(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?/gu, parts: (m) => [num(m[2]), Number(m[3]), num(m[4])] },
  // ngày 14 tháng 10 năm 2025, 14 tháng 10 (vi)
  { worth: (c) => c.thang, notAfter: NOT_AFTER_NUMBER_OR_LETTER, re: /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm\s+|[,/]\s*)(\d{4}))?(?!\p{N})/giu, parts: (m) => [num(m[3]), Number(m[2]), Number(m[1])] },
  // tháng 10 năm 2025, tháng 10/2025 (vi)
  { worth: (c) => c.thang, notAfter: NOT_AFTER_NUMBER_OR_LETTER, re: /tháng\s+(\d{1,2})(?:\s+năm\s+|\/)(\d{4})(?!\p{N})/giu, parts: (m) => [Number(m[2]), Number(m[1]), undefined] },
];

/** Months (and days) in Chinese numerals: read whether or not the span has a digit. */
export const CHINESE_MONTHS: NumericPattern[] = [
  // 十月, 十月十四日, 去年十一月 (zh, ja: months and days in Chinese numerals)
  {
    worth: (c) => c.s.includes('月'),
    notAfter: /[一二三四五六七八九十百千万萬零〇两兩几幾第]/u,
    re: /(?:(去年|昨年|今年|明年|来年)\s*)?(十[一二]|[一二三四五六七八九十])月(?:([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号號])?/gu,
    parts: (m) => [undefined, chineseNumber(m[2]!), m[3] === undefined ? undefined : chineseNumber(m[3])],
  },
];

function readNumericMonths(c: Ctx, patterns: readonly NumericPattern[]): void {
  for (const p of patterns) {
    if (!p.worth(c)) continue;
    p.re.lastIndex = 0;
    for (let m = execNotAfter(p.re, c.s, p.notAfter); m; m = execNotAfter(p.re, c.s, p.notAfter)) {
      let [y, mo, d] = p.parts(m);
      const start = m.index;
      const end = start + m[0].length;
      // The first group of the zh/ja/ko patterns: a relative year word ("지난해 12월 3일").
      const rel = m[1] === undefined ? undefined : RELATIVE_YEAR_WORD[m[1]];
      const yearGiven = y !== undefined;
      if (y === undefined && rel !== undefined && c.published !== NO_DATE) y = yearOf(c.published) + rel;
      if (d !== undefined) addDay(c, start, end, y, mo, d, d, yearGiven);
      else if (y !== undefined) addMonth(c, start, end, y, mo, yearGiven);
      else addBareMonth(c, start, end, mo); // 4月に, 4월
    }
  }
}

// ---- Numeric dates ----

/**
 * The next match of the global unicode pattern `re` in s that does not follow a character
 * matching `notAfter`: what a leading lookbehind (?<![...]) would say, checked here instead. V8
 * tries a leading lookbehind at every position of the text before the rest of the pattern, which
 * made these patterns 2 to 6 times slower than without it (the relative years of a 10 KB lead:
 * 235 against 40 µs). The matches are the same: the lookbehind depends only on where a match
 * starts, so where it fails the pattern is tried again from the next code point, as the engine
 * would (text-dates-lookbehind.test.ts checks each pattern against its lookbehind form).
 */
export function execNotAfter(re: RegExp, s: string, notAfter: RegExp): RegExpExecArray | null {
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const i = m.index;
    if (i === 0 || !notAfter.test(codePointBefore(s, i))) return m;
    re.lastIndex = i + (s.codePointAt(i)! > 0xffff ? 2 : 1);
  }
  return null;
}

/** The code point that ends at s[i - 1], as a string (i > 0). */
function codePointBefore(s: string, i: number): string {
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1]!;
}

/** What may not come right before a numeric date (YMD, DMY, DM_DOT, DM_SLASH): a digit, or . , / : - */
export const NOT_AFTER_NUMERIC = /[\p{N}.,/:-]/u;
/** 2025-10-14, 2025/10/14, 2025.10.14, 2025. 10. 14. (not after NOT_AFTER_NUMERIC) */
export const YMD = /(\d{4})([-/.])\s?(\d{1,2})\2\s?(\d{1,2})\.?(?![\p{N}]|[.,/:-]\d)/gu;
/** 14.10.2025, 14/10/2025, 14-10-2025, 14. 10. 2025 (or month first, by language). */
export const DMY = /(\d{1,2})([-/.])\s?(\d{1,2})\2\s?(\d{4})(?![\p{N}]|[.,/:-]\d)/gu;
/** 14.10. (the final dot: German, Czech, Polish, Hungarian, Scandinavian). */
export const DM_DOT = /(\d{1,2})\.(\d{1,2})\.(?![\p{N}]|\s?\d)/gu;
/** 14/10: read only after a date word (DATE_WORD). */
export const DM_SLASH = /(\d{1,2})\/(\d{1,2})(?![\p{N}]|[.,/:-]\d)/gu;
/** Words before a day: "on 14/10", "le 14/10", "am 3.5.", "ngày 14/10", "від 14.10.". */
const DATE_WORD = /(?:^|[^\p{L}])(?:on|since|from|until|le|du|depuis|el|desde|hasta|am|vom|bis|seit|ab|zum|il|dal|em|op|den|dnia|dne|ngày|от|від)\s+$/iu;
const CURRENCY_BEFORE = /[$€£¥₽₴₹]\s?$/u;

/** Numeric day and month in the page's order: "en-US" month first; "en" only when unambiguous. */
function dayMonth(c: Ctx, a: number, b: number): [number, number] | null {
  if (c.lang === 'en-us') return [b, a];
  if (c.lang === 'en') {
    if (a > 12 && b <= 12) return [a, b];
    if (b > 12 && a <= 12) return [b, a];
    return a === b ? [a, b] : null;
  }
  return [a, b];
}

function readNumeric(c: Ctx): void {
  const { s } = c;
  let m: RegExpExecArray | null;
  YMD.lastIndex = 0;
  while ((m = execNotAfter(YMD, s, NOT_AFTER_NUMERIC))) addDay(c, m.index, m.index + m[0].length, Number(m[1]), Number(m[3]), Number(m[4]));
  DMY.lastIndex = 0;
  while ((m = execNotAfter(DMY, s, NOT_AFTER_NUMERIC))) {
    if (CURRENCY_BEFORE.test(s.slice(Math.max(0, m.index - 2), m.index))) continue;
    const dm = dayMonth(c, Number(m[1]), Number(m[3]));
    if (dm) addDay(c, m.index, m.index + m[0].length, Number(m[4]), dm[1], dm[0]);
  }
  DM_DOT.lastIndex = 0;
  while ((m = execNotAfter(DM_DOT, s, NOT_AFTER_NUMERIC))) {
    const before = s.slice(Math.max(0, m.index - 12), m.index);
    if (CURRENCY_BEFORE.test(before)) continue;
    if (m[2]!.length !== 2 && !DATE_WORD.test(before)) continue;
    addDay(c, m.index, m.index + m[0].length, undefined, Number(m[2]), Number(m[1]));
  }
  DM_SLASH.lastIndex = 0;
  while ((m = execNotAfter(DM_SLASH, s, NOT_AFTER_NUMERIC))) {
    if (!DATE_WORD.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
    const dm = dayMonth(c, Number(m[1]), Number(m[2]));
    if (dm) addDay(c, m.index, m.index + m[0].length, undefined, dm[1], dm[0]);
  }
}

// ---- Weekdays, yesterday, today ----

/**
 * Values of RelativeDays.byForm: 0..6 a weekday; TODAY + offset (-2 .. +1) a relative day; WEEK +
 * offset (-1, 0, +1) a calendar week; COMING_DAYS the publication day and the week after it.
 */
const TODAY = 100;
const WEEK = 200;
const COMING_DAYS = 300;
/** Script blocks whose case endings are written onto the word (Devanagari .. Telugu): a form may carry one. */
const INDIC_FORM = /^[\u0900-\u0c7f]/;

interface RelativeDays { re: RegExp; byForm: Map<string, number>; wordStart: boolean }
const LETTER_BEFORE = /[\p{L}\p{M}\p{N}]/u;
const relativeDays = new Map<string, RelativeDays | null>();
/** Languages whose words are read without spaces around them (no word-start check). */
const CJK_LANGUAGES = new Set(['ja', 'zh', 'ko']);
const formKey = (x: string) => x.toLowerCase().replace(/\s+/g, ' ').replace(/[’ʼ]/g, "'");
const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The reader of one language's weekdays and relative days, built on first use (null: none). */
function relativeDaysOf(primary: string): RelativeDays | null {
  let r = relativeDays.get(primary);
  if (r !== undefined) return r;
  const words = RELATIVE_DAY_WORDS[primary];
  r = null;
  if (words) {
    const byForm = new Map<string, number>();
    const put = (forms: string, v: number) => {
      for (const f of forms.split('|').map((x) => x.trim()).filter(Boolean)) byForm.set(formKey(f), v);
    };
    words.days.forEach((forms, i) => put(forms, i));
    put(words.today, TODAY);
    put(words.yesterday, TODAY - 1);
    put(words.dayBefore, TODAY - 2);
    put(words.tomorrow, TODAY + 1);
    put(words.lastWeek, WEEK - 1);
    put(words.thisWeek, WEEK);
    put(words.nextWeek, WEEK + 1);
    put(words.comingDays, COMING_DAYS);
    // Each form lowercase, capitalized and upper case: a case-insensitive Unicode regex is slower.
    const cased = (f: string) => [f, f.charAt(0).toUpperCase() + f.slice(1), f.toUpperCase()];
    const forms = [...new Set([...byForm.keys()].flatMap(cased))].sort((a, b) => b.length - a.length);
    const alt = (fs: string[]) => fs.map((f) => escapeRe(f).replace(/ /g, '\\s+').replace(/'/g, "['’ʼ]")).join('|');
    const indic = forms.filter((f) => INDIC_FORM.test(f));
    const other = forms.filter((f) => !INDIC_FORM.test(f));
    // CJK: no spaces between words; Chinese "每周一次" (once a week) is no Monday.
    const cjk = CJK_LANGUAGES.has(primary);
    const parts: string[] = [];
    if (other.length > 0) parts.push(cjk ? `(${alt(other)})${primary === 'zh' ? '(?!次)' : ''}` : `(${alt(other)})(?![\\p{L}\\p{M}])`);
    if (indic.length > 0) parts.push(`(${alt(indic)})[\\p{L}\\p{M}]{0,6}`);
    // The word start is checked after a match (a lookbehind at every position is slower).
    r = { re: new RegExp(parts.join('|'), 'gu'), byForm, wordStart: !cjk };
  }
  relativeDays.set(primary, r);
  return r;
}

/** Is s[start..end) within 4 units of a date already read ("Tuesday, 14 October")? */
const nextToDate = (c: Ctx, start: number, end: number): boolean => c.out.some((d) => {
  const ds = d.start - c.base;
  const de = d.end - c.base;
  return (ds >= end && ds - end <= 4) || (de <= start && start - de <= 4);
});

/**
 * "on Tuesday", "u utorak", "вчера", "火曜日": the latest such weekday not after the publication
 * day, or the publication day less 2, 1 or 0 days or plus 1; "last week", "на следующей неделе",
 * "in the coming days": that calendar week (Monday to Sunday), or the week from the publication
 * day. A weekday next to a date already read ("Tuesday, 14 October") adds nothing.
 */
function readRelativeDays(c: Ctx): void {
  if (c.published === NO_DATE || c.language === '') return;
  const r = relativeDaysOf(c.language);
  if (!r) return;
  r.re.lastIndex = 0;
  // Not inside a word: the character before (a code point: letters outside the BMP too) is no
  // letter, mark or digit, and where it is, the next position is tried (as a lookbehind would).
  const next = () => (r.wordStart ? execNotAfter(r.re, c.s, LETTER_BEFORE) : r.re.exec(c.s));
  for (let m = next(); m; m = next()) {
    const form = m[1] ?? m[2]!;
    const v = r.byForm.get(formKey(form));
    if (v === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (nextToDate(c, start, end)) continue;
    const monday = c.published - weekdayOf(c.published);
    if (v === COMING_DAYS) add(c, start, end, c.published, c.published + 7, 'week', false, true);
    else if (v >= WEEK - 1) add(c, start, end, monday + 7 * (v - WEEK), monday + 7 * (v - WEEK) + 6, 'week', false, true);
    else {
      const day = v >= TODAY - 2 ? c.published + (v - TODAY) : c.published - ((weekdayOf(c.published) - v + 7) % 7);
      add(c, start, end, day, day, 'day', false, true);
    }
  }
}

// ---- "N days, weeks or months ago" ----

interface AgoReader {
  re: RegExp;
  /** Folded number word -> value. */
  numbers: Map<string, number>;
  /** Folded unit word -> unit. */
  units: Map<string, AgoUnit>;
  /** Folded whole phrase -> [unit, n]. */
  fixed: Map<string, [AgoUnit, number]>;
  /** One word of each pattern and phrase, lowercase and capitalized: a span with none of them is not read. */
  markers: string[];
}
const agoReaders = new Map<string, AgoReader | null>();
/** Days back for each unit, and half the width of the range read ("two weeks ago": 11 to 17 days back). */
const AGO_DAYS: Record<AgoUnit, [number, number]> = { day: [1, 0], week: [7, 3], month: [30, 10] };
/**
 * Words around a match that make it "N before something" rather than "N before now": Turkish
 * "seçimden iki hafta önce", Hindi "चुनाव से दो दिन पहले", Japanese "選挙の2日前", Chinese
 * "大选的两天前" (before the match); Arabic "قبل أسبوعين من الانتخابات", Persian "دو هفته پیش از
 * انتخابات", Hebrew "לפני שבועיים מהבחירות", Japanese "3日前後" (around the 3rd) (after it).
 */
const AGO_NOT_AFTER: Record<string, RegExp> = {
  tr: /(?:dan|den|tan|ten)\s+$/iu, hi: /से\s+$/u, mr: /(?:पूर्वी|च्या)\s+$/u, ne: /भन्दा\s+$/u, ja: /[の月]$/u, zh: /[的月\d〇一二三四五六七八九十]$/u,
  ko: /지난\s*$/u,
};
const AGO_NOT_BEFORE: Record<string, RegExp> = {
  ar: /^\s+(?:من|على)\s/u, fa: /^\s*(?:از|ی)\s/u, he: /^\s+(?:מ|ל)/u, ja: /^後/u, zh: /^(?:后|後)/u,
};

/** The reader of one language's "N units ago", built on first use (null: none). */
function agoReaderOf(primary: string): AgoReader | null {
  let r = agoReaders.get(primary);
  if (r !== undefined) return r;
  const words = AGO_WORDS[primary];
  r = null;
  if (words) {
    const numbers = new Map<string, number>();
    for (const [v, forms] of Object.entries(words.numbers)) for (const f of forms) numbers.set(formKey(f), Number(v));
    const units = new Map<string, AgoUnit>();
    for (const u of ['day', 'week', 'month'] as const) for (const f of words.units[u]) units.set(formKey(f), u);
    const fixed = new Map<string, [AgoUnit, number]>();
    for (const [key, forms] of Object.entries(words.fixed)) {
      const [u, n] = key.split(':');
      for (const f of forms) fixed.set(formKey(f), [u as AgoUnit, Number(n)]);
    }
    const alt = (fs: Iterable<string>) => [...fs].sort((a, b) => b.length - a.length).map((f) => escapeRe(f).replace(/ /g, '\\s+')).join('|');
    const n = `(\\d{1,2}|${alt(numbers.keys())})`;
    const unit = `(${alt(units.keys())})`;
    const patterns = words.patterns.map((p) => escapeRe(p.toLowerCase()).replace(/ /g, '\\s+').replace('\\{n\\}', n).replace('\\{unit\\}', unit));
    // Each pattern's own groups: (n, unit) in order; the whole phrases last, as one group.
    const wordEdge = CJK_LANGUAGES.has(primary) ? '' : '(?![\\p{L}\\p{M}])';
    const body = [...patterns.map((p) => `(?:${p})`), ...(fixed.size > 0 ? [`(${alt(fixed.keys())})`] : [])].join('|');
    // The word that marks the construction: a pattern's first word when it comes before the
    // number ("vor", "il", "قبل"), else its last ("ago", "назад", "前"); a phrase's longest word.
    const wordsOf = (x: string) => x.toLowerCase().replace(/\{n\}|\{unit\}/g, ' \u0000 ').split(/\s+/).filter(Boolean);
    const markerOf = (p: string) => {
      const w = wordsOf(p);
      const literal = w.filter((x) => x !== '\u0000');
      return w[0] === '\u0000' ? literal[literal.length - 1] : literal[0];
    };
    const longest = (x: string) => wordsOf(x).sort((a, b) => b.length - a.length)[0];
    const markers = [...new Set([...words.patterns.map(markerOf), ...[...fixed.keys()].map(longest)].filter((x): x is string => !!x && x !== '\u0000'))];
    const cased = markers.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
    r = { re: new RegExp(`(?:${body})${wordEdge}`, 'giu'), numbers, units, fixed, markers: [...new Set(cased)] };
  }
  agoReaders.set(primary, r);
  return r;
}

/** "two weeks ago", "vor drei Tagen", "两周前": counted back from the publication day, relative. */
function readAgo(c: Ctx): void {
  if (c.published === NO_DATE || c.language === '') return;
  const r = agoReaderOf(c.language);
  if (!r) return;
  if (!r.markers.some((w) => c.s.includes(w))) return;
  const { re } = r;
  const text = c.s;
  const notAfter = AGO_NOT_AFTER[c.language];
  const notBefore = AGO_NOT_BEFORE[c.language];
  const cjk = CJK_LANGUAGES.has(c.language);
  re.lastIndex = 0;
  // As readRelativeDays: not inside a word (CJK words have no spaces to start them).
  const next = () => (cjk ? re.exec(text) : execNotAfter(re, text, LETTER_BEFORE));
  for (let m = next(); m; m = next()) {
    const start = m.index;
    const end = start + m[0].length;
    if (notAfter && notAfter.test(c.s.slice(Math.max(0, start - 12), start))) continue;
    if (notBefore && notBefore.test(c.s.slice(end, end + 12))) continue;
    let unit: AgoUnit | undefined;
    let n: number | undefined;
    const groups = m.slice(1).filter((g) => g !== undefined);
    if (groups.length === 1) [unit, n] = r.fixed.get(formKey(groups[0]!)) ?? [undefined, undefined];
    else if (groups.length === 2) {
      n = /^\d+$/.test(groups[0]!) ? Number(groups[0]) : r.numbers.get(formKey(groups[0]!));
      unit = r.units.get(formKey(groups[1]!));
      // Korean days take Sino-Korean digits ("3일 전"); "세일 전" is "before the sale".
      if (c.language === 'ko' && unit === 'day' && !/^\d+$/.test(groups[0]!)) continue;
    }
    if (unit === undefined || n === undefined || !(n >= 1)) continue;
    const [per, half] = AGO_DAYS[unit];
    const back = c.published - per * n;
    add(c, start, end, back - half, back + half, unit === 'day' ? 'day' : unit === 'week' ? 'week' : 'month', false, true);
  }
}

// ---- Years ----

/** "last year", "this year" and their equivalents, not after a letter: [pattern, offset from the publication year]. */
export const RELATIVE_YEARS: [RegExp, number][] = [
  [/(?:last\s+year|l['’]an\s+dernier|l['’]année\s+dernière|el\s+año\s+pasado|letztes\s+jahr|im\s+vergangenen\s+jahr|l['’]anno\s+scorso|no\s+ano\s+passado|vorig\s+jaar|förra\s+året|в\s+прошлом\s+году|минулого\s+року|торік|w\s+zeszłym\s+roku|w\s+ubiegłym\s+roku|loni|geçen\s+yıl|tavaly)(?![\p{L}])/giu, -1],
  [/(?:this\s+year|cette\s+année|este\s+año|dieses\s+jahr|quest['’]anno|este\s+ano|dit\s+jaar|i\s+år|в\s+этом\s+году|цього\s+року|w\s+tym\s+roku|letos|bu\s+yıl|idén)(?![\p{L}])/giu, 0],
];

export const NOT_AFTER_LETTER = /\p{L}/u;
/**
 * A year alone: 1900..2099, not part of a longer number, a price, a percentage, a range of digits
 * or a decade ("the 1990s"); not after NOT_AFTER_YEAR.
 */
export const NOT_AFTER_YEAR = /[\p{L}\p{N}$€£¥₽₴₹+#№.,:/-]/u;
export const YEAR = /(19\d\d|20\d\d)(?![\p{N}%‰a-zA-Z]|[.,:/-]\d|\s?%)/gu;
const DIGIT_GROUP_BEFORE = /\d[ \u00a0]$/;
const DIGIT_GROUP_AFTER = /^[ \u00a0]\d/;

function readYears(c: Ctx): void {
  const { s } = c;
  if (c.published !== NO_DATE && c.yearWord) {
    const py = yearOf(c.published);
    for (const [re, offset] of RELATIVE_YEARS) {
      re.lastIndex = 0;
      for (let m = execNotAfter(re, s, NOT_AFTER_LETTER); m; m = execNotAfter(re, s, NOT_AFTER_LETTER)) addYear(c, m.index, m.index + m[0].length, py + offset, false);
    }
  }
  if (!c.digits) return;
  YEAR.lastIndex = 0;
  for (let m = execNotAfter(YEAR, s, NOT_AFTER_YEAR); m; m = execNotAfter(YEAR, s, NOT_AFTER_YEAR)) {
    const end = m.index + 4;
    if (DIGIT_GROUP_BEFORE.test(s.slice(Math.max(0, m.index - 2), m.index))) continue; // "+1 212 555 2025"
    if (DIGIT_GROUP_AFTER.test(s.slice(end, end + 2))) continue;
    addYear(c, m.index, end, Number(m[1]), true);
  }
}

/**
 * The dates written in text[from..to), in text order, offsets in `text`. Never throws; offsets
 * outside the text are clamped. Cost: proportional to to - from (a few regular-expression passes).
 */
export function findDates(text: string, from: number, to: number, opts: FindDatesOptions = {}): TextDate[] {
  const a = Number.isFinite(from) ? Math.max(0, Math.floor(from)) : 0;
  const b = Number.isFinite(to) ? Math.min(text.length, Math.floor(to)) : text.length;
  if (!(b > a)) return [];
  const published = opts.published !== undefined && Number.isFinite(opts.published) ? opts.published : NO_DATE;
  const s = asciiDigits(text.slice(a, b));
  const c: Ctx = {
    s, base: a, published, lang: (opts.lang ?? '').toLowerCase(), language: primaryLanguage(opts.lang), out: [], yearWord: false, thang: false, digits: HAS_DIGIT.test(s),
  };
  readMonthWords(c);
  readNumericMonths(c, CHINESE_MONTHS);
  if (c.digits) {
    readNumericMonths(c, NUMERIC_MONTHS);
    readNumeric(c);
  }
  readYears(c);
  readRelativeDays(c);
  readAgo(c);
  return c.out.sort((x, y) => x.start - y.start);
}
