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
/**
 * Both at once for the scanner's hot loop, one read per code unit: FOLD[c] << 8 | CLS[c]
 * (0 while c is unclassified).
 */
export const CLS_FOLD = new Int32Array(65536);
export const FOLD_SHIFT = 8;

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

/**
 * Brahmic scripts share one layout: Unicode gives Devanagari, Bengali, Gurmukhi, Gujarati, Oriya,
 * Tamil, Telugu, Kannada and Malayalam parallel blocks of 128 (क, ক, ક, க, క... at offset 0x15),
 * so a letter of any of them folds to the Devanagari letter at its offset: "भारत", "ভারত" and
 * "ભારત" are one word, and a Hindi term serves the other scripts where the words are shared.
 * On top of that, spellings that vary within and across these languages fold together:
 * nukta forms (ज़ -> ज, ড় -> ड), chandrabindu -> anusvara, candra vowels of English loans
 * (ऑ -> ओ, ॉ -> ो), the short e/o of Dravidian scripts (ొ -> ो), Tamil's ன ற ழ (-> न र ळ),
 * va -> ba (Bengali has one letter for both), and long i/u -> short i/u (Hindi यूक्रेन, रूसी and
 * Nepali युक्रेन, रुसी; names are spelled either way). Nukta signs are dropped (SKIP). Digits fold to ASCII.
 */
const INDIC_FIRST = 0x0900;
/** Sinhala (0x0D80) does not follow the layout. */
const INDIC_END = 0x0d80;
const DEVANAGARI = 0x0900;
const INDIC_REMAP: Record<number, number> = {
  0x01: 0x02, // chandrabindu -> anusvara
  0x0d: 0x0f, 0x11: 0x13, 0x45: 0x47, 0x49: 0x4b, // candra e/o -> e/o
  0x0e: 0x0f, 0x12: 0x13, 0x46: 0x47, 0x4a: 0x4b, // short e/o -> e/o
  0x29: 0x28, 0x31: 0x30, 0x34: 0x33, // ऩ ऱ ऴ -> न र ळ
  0x35: 0x2c, // va -> ba
  0x08: 0x07, 0x0a: 0x09, 0x40: 0x3f, 0x42: 0x41, // long i/u -> short (रूस/रुस, यूक्रेन/युक्रेन)
  0x58: 0x15, 0x59: 0x16, 0x5a: 0x17, 0x5b: 0x1c, 0x5c: 0x21, 0x5d: 0x22, 0x5e: 0x2b, 0x5f: 0x2f, // nukta letters
};
const INDIC_NUKTA = 0x3c;
/** Bengali's khanda ta and Assamese ra/wa sit outside the shared layout. */
const INDIC_EXTRA: Record<number, number> = { 0x09ce: 0x0924, 0x09f0: 0x0930, 0x09f1: 0x092c };
const RE_DIGIT = /\p{Nd}/u;

/** Folded code of an Indic-block code unit, or -1 for a sign that is dropped; undefined outside the blocks. */
function foldIndic(c: number): number | undefined {
  if (c < INDIC_FIRST || c >= INDIC_END) return undefined;
  const extra = INDIC_EXTRA[c];
  if (extra !== undefined) return extra;
  const off = c & 0x7f;
  if (off >= 0x66 && off <= 0x6f) return 0x30 + off - 0x66;
  if (off === INDIC_NUKTA) return -1;
  if (!RE_LETTER_OR_MARK.test(String.fromCharCode(c))) return undefined;
  // Unassigned in Devanagari (script-specific signs such as Malayalam chillus): kept as they are.
  if (!RE_LETTER_OR_MARK.test(String.fromCharCode(DEVANAGARI + off))) return c;
  return DEVANAGARI + (INDIC_REMAP[off] ?? off);
}
const RE_LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** ASCII value of a decimal digit of any script (٣, ३, ৩ -> "3"): digits come in runs of ten. */
function asciiDigit(ch: string): string {
  let cp = ch.codePointAt(0)!;
  let v = 0;
  while (v < 9 && RE_DIGIT.test(String.fromCodePoint(cp - 1))) { cp--; v++; }
  return String(v % 10);
}

/** Folds one code point (as a string) to lowercase, diacritic-free letters/digits. May be "" or several chars. */
export function foldCodePoint(ch: string): string {
  const indic = foldIndic(ch.charCodeAt(0));
  if (indic !== undefined && ch.length === 1) return indic < 0 ? '' : String.fromCharCode(indic);
  if (RE_DIGIT.test(ch)) {
    const compat = ch.normalize('NFKD');
    return compat >= '0' && compat <= '9' && compat.length === 1 ? compat : asciiDigit(ch);
  }
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
    const indic = foldIndic(c);
    if (indic !== undefined) {
      // Letters, vowel signs, viramas and digits are parts of the word; a nukta is dropped.
      if (indic < 0) cls = SKIP;
      else {
        cls = LETTER;
        FOLD[c] = indic;
      }
    } else if (RE_IDEO.test(ch)) {
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
  CLS_FOLD[c] = (FOLD[c]! << FOLD_SHIFT) | cls;
  return cls;
}

export function classOf(c: number): number {
  const k = CLS[c]!;
  return k === UNKNOWN ? classify(c) : k;
}
