/**
 * The reference tokenizer: the same rules as the scanner's hot loop (scan.ts), written plainly.
 * Used to compile index patterns, for search, and in tests as the oracle for the scanner.
 */
import {
  CLS, COMPLEX, CYRILLIC, FOLD, IDEO, KIND_MASK, LATIN, LETTER, SEP, SKIP, UPPER, classOf, foldCodePoint,
} from './char-class';
import { unmixScripts } from './homoglyphs';

export interface Token {
  /** Folded form: lowercase, no diacritics, look-alikes unified. */
  text: string;
  start: number;
  end: number;
  /** Starts with an uppercase letter. */
  upper: boolean;
}

/** Folds the raw characters of one token (text.slice(start, end)), the slow path of the scanner. */
export function foldRange(text: string, start: number, end: number): string {
  let out = '';
  let flags = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    const kind = k & KIND_MASK;
    flags |= k;
    if (kind === LETTER) out += String.fromCharCode(FOLD[c]!);
    else if (kind === COMPLEX) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      out += foldCodePoint(String.fromCodePoint(cp));
    }
  }
  return (flags & LATIN) !== 0 && (flags & CYRILLIC) !== 0 ? unmixScripts(out) : out;
}

/** Cuts text into tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let start = -1;
  let upper = false;
  const flush = (end: number) => {
    if (start >= 0) {
      const folded = foldRange(text, start, end);
      if (folded.length > 0) tokens.push({ text: folded, start, end, upper });
      start = -1;
    }
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = CLS[c] || classOf(c);
    const kind = k & KIND_MASK;
    if (kind === SEP) {
      flush(i);
    } else if (kind === IDEO) {
      flush(i);
      tokens.push({ text: String.fromCharCode(FOLD[c]!), start: i, end: i + 1, upper: false });
    } else if (kind === COMPLEX && c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair: classify the whole code point.
      const cp = text.codePointAt(i)!;
      const folded = foldCodePoint(String.fromCodePoint(cp));
      const isWord = folded.length > 0;
      if (!isWord) {
        flush(i);
      } else if (start < 0) {
        start = i;
        upper = String.fromCodePoint(cp) !== String.fromCodePoint(cp).toLowerCase();
      }
      i++;
    } else if (kind === LETTER || kind === COMPLEX) {
      if (start < 0) {
        start = i;
        upper = (k & UPPER) !== 0;
      }
    } else if (kind === SKIP) {
      // Inside a token it is dropped by foldRange; outside it is ignored.
    }
  }
  flush(n);
  return tokens;
}

/** Folds free text to a space-separated string of folded tokens (search, display keys). */
export function foldText(text: string): string {
  return tokenize(text).map((t) => t.text).join(' ');
}
