/**
 * Per-UTF-16-unit character classes and folded forms, filled lazily: the first time the scanner
 * meets a code unit it is classified once (Unicode property regexes, NFKD), then every later
 * occurrence costs two array reads. Nothing is computed at start-up, so a restarted worker pays
 * nothing for characters its pages never use.
 */

export const UNKNOWN = 0;
/** Separates tokens: spaces, punctuation, apostrophes, dashes, symbols. */
export const SEP = 1;
/** Letter or digit whose folded form is the single code unit FOLD[c]. */
export const LETTER = 2;
/** Ignored inside a token: combining marks, zero-width characters, soft hyphen. */
export const SKIP = 3;
/** Letter that folds to several units (ß -> ss, ligatures) or a surrogate half: token takes the slow path. */
export const COMPLEX = 4;
/** Han, kana or Hangul: a token of its own. */
export const IDEO = 5;
export const KIND_MASK = 7;
export const UPPER = 8;
export const LATIN = 16;
export const CYRILLIC = 32;

export const CLS = new Uint8Array(65536);
export const FOLD = new Uint16Array(65536);

/** Letters NFKD does not decompose but readers treat as their base letter. */
const SPECIAL: Record<string, string> = {
  ł: 'l', đ: 'd', ð: 'd', ø: 'o', ħ: 'h', ı: 'i', ŀ: 'l', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ſ: 's',
};

const RE_LETTER = /[\p{L}\p{N}]/u;
const RE_SKIP = /[\p{M}\p{Cf}]/u;
/**
 * Marks that are diacritics and vowel points (é's accent, Arabic harakat, Hebrew niqqud) are
 * dropped; marks that are letters of their script (Devanagari vowel signs: मौत is not मत) stay.
 */
const RE_DROPPED_MARK = /[\p{Script=Inherited}\p{Script=Hebrew}\p{Cf}]/u;
const RE_IDEO = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const RE_LATIN = /\p{Script=Latin}/u;
const RE_CYRILLIC = /\p{Script=Cyrillic}/u;
const RE_DROPPED_MARKS = /(?=[\p{M}\p{Cf}])[\p{Script=Inherited}\p{Script=Hebrew}\p{Cf}]/gu;
const RE_NOT_WORD_OR_MARK = /[^\p{L}\p{N}\p{M}]/gu;

/** Folds one code point (as a string) to lowercase, diacritic-free letters/digits. May be "" or several chars. */
export function foldCodePoint(ch: string): string {
  const lower = ch.toLowerCase();
  const special = SPECIAL[lower];
  if (special !== undefined) return special;
  const folded = lower.normalize('NFKD').replace(RE_DROPPED_MARKS, '').toLowerCase();
  let out = '';
  for (const part of folded) {
    const s = SPECIAL[part];
    out += s ?? part;
  }
  return out.replace(RE_NOT_WORD_OR_MARK, '');
}

/** Classifies code unit c, fills CLS/FOLD, returns the class byte. */
export function classify(c: number): number {
  let cls: number;
  if (c >= 0xd800 && c <= 0xdfff) {
    cls = COMPLEX;
  } else {
    const ch = String.fromCharCode(c);
    if (RE_IDEO.test(ch)) {
      cls = IDEO;
      FOLD[c] = c;
    } else if (RE_LETTER.test(ch)) {
      const f = foldCodePoint(ch);
      if (f.length === 1) {
        cls = LETTER;
        FOLD[c] = f.charCodeAt(0);
      } else if (f.length === 0) {
        cls = SKIP;
      } else {
        cls = COMPLEX;
      }
      if (ch !== ch.toLowerCase()) cls |= UPPER;
      if (RE_LATIN.test(ch)) cls |= LATIN;
      else if (RE_CYRILLIC.test(ch)) cls |= CYRILLIC;
    } else if (RE_SKIP.test(ch)) {
      if (RE_DROPPED_MARK.test(ch)) cls = SKIP;
      else {
        cls = LETTER; // a vowel sign or other mark that is part of the word
        FOLD[c] = c;
      }
    } else {
      cls = SEP;
    }
  }
  CLS[c] = cls;
  return cls;
}

export function classOf(c: number): number {
  const k = CLS[c]!;
  return k === UNKNOWN ? classify(c) : k;
}
