/**
 * The reference tokenizer: the same rules as the scanner's hot loop (scan.ts), written plainly.
 * Used to compile index patterns, for search, and in tests as the oracle for the scanner.
 */
import {
  CLS, COMPLEX, CYRILLIC, FOLD, IDEO, KIND_MASK, LATIN, LETTER, SEP, SKIP, UPPER, classOf, foldCodePoint,
} from './char-class';
import { unmixScripts } from './homoglyphs';
import { H1_MUL, H1_SEED } from './hash-table';

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

/**
 * The folded tokens of one text as code units, for the compiler (no string per token): token i is
 * units[start[i] .. start[i + 1]), hash[i] its hash1 (hash-table.ts); `count` tokens.
 */
export class FoldedTokens {
  units = new Uint16Array(256);
  start = new Int32Array(65);
  hash = new Int32Array(64);
  count = 0;
}

/**
 * tokenize(text) into `out` (FoldedTokens), the same tokens folded the same way. Returns false,
 * leaving `out` undefined, when the text needs tokenize() itself: a unit that folds to several
 * (COMPLEX: ß, ligatures, surrogate pairs) or a token that mixes Latin and Cyrillic letters.
 */
export function foldTokens(text: string, out: FoldedTokens): boolean {
  const n = text.length;
  if (out.units.length < n) out.units = new Uint16Array(n * 2);
  if (out.hash.length < n) {
    out.hash = new Int32Array(n * 2);
    out.start = new Int32Array(n * 2 + 1);
  }
  const units = out.units;
  const start = out.start;
  const hash = out.hash;
  let count = 0;
  let used = 0;
  let open = false;
  let flags = 0;
  let h = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const k = i < n ? CLS[c] || classOf(c) : SEP;
    const kind = k & KIND_MASK;
    if (kind === LETTER) {
      if (!open) {
        open = true;
        start[count] = used;
        flags = 0;
        h = H1_SEED;
      }
      const f = FOLD[c]!;
      units[used++] = f;
      h = Math.imul(h ^ f, H1_MUL);
      flags |= k;
    } else if (kind === SKIP) {
      if (open) flags |= k;
    } else if (kind === SEP || kind === IDEO) {
      if (open) {
        if ((flags & LATIN) !== 0 && (flags & CYRILLIC) !== 0) return false;
        hash[count++] = h;
        open = false;
      }
      if (kind === IDEO) {
        const f = FOLD[c]!;
        start[count] = used;
        units[used++] = f;
        hash[count++] = Math.imul(H1_SEED ^ f, H1_MUL);
      }
    } else return false;
  }
  start[count] = used;
  out.count = count;
  return true;
}

/** Folds free text to a space-separated string of folded tokens (search, display keys). */
export function foldText(text: string): string {
  return tokenize(text).map((t) => t.text).join(' ');
}
