/**
 * The hot loop: one pass over the page's UTF-16 code units. Each unit costs a class read, a fold
 * read and one multiply (the running token hash); each token end costs one bitset read, and only
 * tokens that may be index words go further (table probe, stem, phonetic skeleton). No substring,
 * no whole-text copy, no regex; tokens with rare characters (ligatures, astral letters, mixed
 * scripts) take a slow path through the reference tokenizer's folding (tokenize.ts).
 * Must stay equivalent to tokenize(): the scanner's tests compare the two.
 */
import { CLS, COMPLEX, CYRILLIC, FOLD, IDEO, KIND_MASK, LATIN, LETTER, SEP, UPPER, classify } from './char-class';
import type { CompiledMatcher } from './compile';
import { ENDING_TRIE, longestEnding, MAX_ENDING, MIN_STEM } from './endings';
import { findKey, H1_MUL, H1_SEED, hash1, hash2, hash2Buf, mayContain, type HashMultiMap } from './hash-table';
import { FUZZY_MIN_LETTERS, MIN_SKELETON, TYPO_MIN_LETTERS } from './phonetic';
import { deletionHashes, prepareDeletions, skeletonCodes, skeletonHashes } from './phonetic-codes';
import { foldRange } from './tokenize';

/** Matched words, in page order: token number, word id, offsets in the page text, fuzzy or not. */
export class Hits {
  n = 0;
  tok = new Int32Array(256);
  word = new Int32Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  fuzzy = new Uint8Array(256);
  /** Number of tokens in the text. */
  tokens = 0;

  push(tok: number, word: number, start: number, end: number, fuzzy: number): void {
    if (this.n === this.tok.length) this.grow();
    const i = this.n++;
    this.tok[i] = tok;
    this.word[i] = word;
    this.start[i] = start;
    this.end[i] = end;
    this.fuzzy[i] = fuzzy;
  }

  private grow(): void {
    const size = this.tok.length * 2;
    const g32 = (a: Int32Array) => { const b = new Int32Array(size); b.set(a); return b; };
    this.tok = g32(this.tok);
    this.word = g32(this.word);
    this.start = g32(this.start);
    this.end = g32(this.end);
    const f = new Uint8Array(size);
    f.set(this.fuzzy);
    this.fuzzy = f;
  }
}

const MAX_TOKEN = 64;
const BUF = new Uint16Array(MAX_TOKEN);
/** PH[j]: hash of the token's first j+1 folded units. */
const PH = new Int32Array(MAX_TOKEN);

const pushKey = (t: HashMultiMap, key: number, hits: Hits, tok: number, s: number, e: number, fuzzy: number) => {
  for (let j = t.off[key]!, end = t.off[key + 1]!; j < end; j++) hits.push(tok, t.data[j]!, s, e, fuzzy);
};

/** Looks up a folded token given as a string (slow path, and fuzzy). Returns true on a hit. */
function lookupWord(m: CompiledMatcher, w: string, upper: boolean, hits: Hits, tok: number, s: number, e: number): boolean {
  const t = m.exact;
  let a = hash1(w);
  if (mayContain(t, a)) {
    const key = findKey(t, a, hash2(w));
    if (key >= 0) { pushKey(t, key, hits, tok, s, e, 0); return true; }
  }
  const k = longestEnding(w);
  const stem = k > 0 ? w.slice(0, w.length - k) : '';
  if (k > 0) {
    a = hash1(stem);
    if (mayContain(t, a)) {
      const key = findKey(t, a, hash2(stem));
      if (key >= 0) { pushKey(t, key, hits, tok, s, e, 0); return true; }
    }
  }
  if (upper && w.length >= FUZZY_MIN_LETTERS) return lookupFuzzy(m, w, hits, tok, s, e);
  return false;
}

const FZ = new Int32Array(2);

/**
 * Per-scan memo of fuzzy lookups by token hash: a page repeats its proper nouns (people, places)
 * many times, and each distinct one needs the phonetic and typo probes only once.
 */
const MEMO_SIZE = 4096;
const MEMO_MASK = MEMO_SIZE - 1;
const memoKey = new Int32Array(MEMO_SIZE);
const memoLen = new Int32Array(MEMO_SIZE);
/** 0: empty; 1: no match; k + 2: fuzzy table key k. */
const memoVal = new Int32Array(MEMO_SIZE);
let memoCount = 0;
const WORD = new Uint16Array(MAX_TOKEN);

function probeFuzzyHash(t: HashMultiMap, a: number, b: number): number {
  return mayContain(t, a) ? findKey(t, a, b) : -1;
}

/**
 * Names written another way: the phonetic skeleton of the word (codes[0..len)) and of the word
 * without each inflection ending it may carry (Uszakowem -> Uszakow); then, for long words, the
 * letters with one typo (symmetric deletion: the table holds each name and its one-deletion
 * variants, the page word is tried whole and with each letter deleted).
 */
function lookupFuzzyCodes(m: CompiledMatcher, codes: Uint16Array, len: number, hits: Hits, tok: number, s: number, e: number): boolean {
  const t = m.fuzzy;
  const trie = ENDING_TRIE;
  let key = -1;
  let skLen = skeletonCodes(codes, len);
  if (skLen >= MIN_SKELETON) {
    skeletonHashes(skLen, FZ);
    key = probeFuzzyHash(t, FZ[0]!, FZ[1]!);
  }
  if (key < 0) {
    let node = 0;
    for (let k = 1; k <= MAX_ENDING && len - k > MIN_STEM && key < 0; k++) {
      const l = trie.letter[codes[len - k]!]!;
      if (l === 0) break;
      node = trie.next[node * trie.width + l]!;
      if (node === 0) break;
      if (trie.terminal[node] !== 1) continue;
      skLen = skeletonCodes(codes, len - k);
      if (skLen < MIN_SKELETON) continue;
      skeletonHashes(skLen, FZ);
      key = probeFuzzyHash(t, FZ[0]!, FZ[1]!);
    }
  }
  if (key < 0 && len >= TYPO_MIN_LETTERS - 1) {
    prepareDeletions(codes, len, FZ);
    key = probeFuzzyHash(t, FZ[0]!, FZ[1]!);
    for (let i = 0; i < len && key < 0; i++) {
      deletionHashes(len, i, FZ);
      key = probeFuzzyHash(t, FZ[0]!, FZ[1]!);
    }
  }
  if (key < 0) return false;
  lastFuzzyKey = key;
  pushKey(t, key, hits, tok, s, e, 1);
  return true;
}
let lastFuzzyKey = -1;

/** lookupFuzzyCodes through the memo; h is the token's full hash. */
function lookupFuzzyMemo(m: CompiledMatcher, codes: Uint16Array, len: number, h: number, hits: Hits, tok: number, s: number, e: number): void {
  let i = (h ^ (h >>> 12)) & MEMO_MASK;
  for (let probes = 0; probes < 8; probes++) {
    const v = memoVal[i]!;
    if (v === 0) break;
    if (memoKey[i] === h && memoLen[i] === len) {
      if (v > 1) pushKey(m.fuzzy, v - 2, hits, tok, s, e, 1);
      return;
    }
    i = (i + 1) & MEMO_MASK;
  }
  const found = lookupFuzzyCodes(m, codes, len, hits, tok, s, e);
  if (memoVal[i] === 0 && memoCount < MEMO_SIZE / 2) {
    memoCount++;
    memoKey[i] = h;
    memoLen[i] = len;
    memoVal[i] = found ? lastFuzzyKey + 2 : 1;
  }
}

function lookupFuzzy(m: CompiledMatcher, w: string, hits: Hits, tok: number, s: number, e: number): boolean {
  if (m.fuzzy.data.length === 0 || w.length > MAX_TOKEN) return false;
  for (let i = 0; i < w.length; i++) WORD[i] = w.charCodeAt(i);
  return lookupFuzzyCodes(m, WORD, w.length, hits, tok, s, e);
}

/** Scans `text` and appends every index word found to `hits`. */
export function scanText(m: CompiledMatcher, text: string, hits: Hits = new Hits()): Hits {
  // Imported bindings are copied to locals: module namespace reads can be accessor calls
  // (tsx/esbuild in Node), which would dominate a loop that runs once per character.
  const cls = CLS;
  const fold = FOLD;
  const buf = BUF;
  const prefix = PH;
  const kLETTER = LETTER;
  const kCOMPLEX = COMPLEX;
  const kSEP = SEP;
  const kIDEO = IDEO;
  const kMASK = KIND_MASK;
  const kUPPER = UPPER;
  const mul = H1_MUL;
  const seed = H1_SEED;
  const maxTok = MAX_TOKEN;
  const t = m.exact;
  const hasFuzzy = m.fuzzy.data.length > 0;
  memoVal.fill(0);
  memoCount = 0;
  const bits = t.bits;
  const bitMask = t.bitMask;
  const trie = ENDING_TRIE;
  const n = text.length;
  let tok = 0;
  let start = -1;
  let h = 0;
  let len = 0;
  let flags = 0;
  let firstUpper = false;
  let slow = false;
  let skipLow = false;

  for (let i = 0; i <= n; i++) {
    let k: number;
    let c = 0;
    if (i < n) {
      c = text.charCodeAt(i);
      k = cls[c]!;
      if (k === 0) k = classify(c);
      const kind = k & kMASK;
      if (kind === kLETTER) {
        if (start < 0) {
          start = i;
          h = seed;
          len = 0;
          flags = 0;
          slow = false;
          firstUpper = (k & kUPPER) !== 0;
        }
        flags |= k;
        const f = fold[c]!;
        h = Math.imul(h ^ f, mul);
        if (len < maxTok) {
          buf[len] = f;
          prefix[len] = h;
        }
        len++;
        continue;
      }
      if (kind === kCOMPLEX) {
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
          // Astral code point: a letter (math alphabets) joins the token, anything else separates.
          const cp = text.codePointAt(i)!;
          if (foldRange(text, i, i + 2).length > 0) {
            if (start < 0) {
              start = i;
              len = 0;
              flags = 0;
              firstUpper = String.fromCodePoint(cp) !== String.fromCodePoint(cp).toLowerCase();
            }
            slow = true;
            i++;
            continue;
          }
          skipLow = true; // a symbol or emoji: separates tokens; its low half is skipped below
        } else {
          if (start < 0) {
            start = i;
            len = 0;
            flags = 0;
            firstUpper = (k & kUPPER) !== 0;
          }
          slow = true;
          continue;
        }
        k = kSEP;
      } else if (kind !== kSEP && kind !== kIDEO) {
        continue; // SKIP: dropped inside tokens, ignored between them.
      }
    } else {
      k = kSEP;
    }

    // Token boundary.
    if (start >= 0) {
      const s = start;
      start = -1;
      if (slow || len > maxTok || ((flags & LATIN) !== 0 && (flags & CYRILLIC) !== 0)) {
        const w = foldRange(text, s, i);
        if (w.length > 0) lookupWord(m, w, firstUpper, hits, tok++, s, i);
      } else {
        let found = false;
        if ((bits[(h & bitMask) >>> 5]! & (1 << (h & 31))) !== 0) {
          const key = findKey(t, h, hash2Buf(buf, len));
          if (key >= 0) {
            pushKey(t, key, hits, tok, s, i, 0);
            found = true;
          }
        }
        let stemLen = 0;
        if (!found && len > MIN_STEM && trie.letter[buf[len - 1]!] !== 0) {
          // Longest inflection ending, walked backwards through the ending trie.
          let node = 0;
          for (let e = 1; e <= MAX_ENDING && len - e >= MIN_STEM; e++) {
            const l = trie.letter[buf[len - e]!]!;
            if (l === 0) break;
            node = trie.next[node * trie.width + l]!;
            if (node === 0) break;
            if (trie.terminal[node] === 1) stemLen = len - e;
          }
          if (stemLen > 0) {
            const ph = prefix[stemLen - 1]!;
            if ((bits[(ph & bitMask) >>> 5]! & (1 << (ph & 31))) !== 0) {
              const key = findKey(t, ph, hash2Buf(buf, stemLen));
              if (key >= 0) {
                pushKey(t, key, hits, tok, s, i, 0);
                found = true;
              }
            }
          }
        }
        if (!found && (globalThis as any).NOFZ !== 1 && firstUpper && len >= FUZZY_MIN_LETTERS && m.fuzzy.data.length > 0) {
          const w = String.fromCharCode.apply(null, BUF.subarray(0, len) as unknown as number[]);
          lookupFuzzy(m, w, hits, tok, s, i);
        }
        tok++;
      }
    }
    if (i < n && (k & kMASK) === kIDEO) {
      const f = fold[c]!;
      const a = Math.imul(seed ^ f, mul);
      if (mayContain(t, a)) {
        buf[0] = f;
        const key = findKey(t, a, hash2Buf(buf, 1));
        if (key >= 0) pushKey(t, key, hits, tok, i, i + 1, 0);
      }
      tok++;
    }
    if (skipLow) {
      skipLow = false;
      i++;
    }
  }
  hits.tokens = tok;
  return hits;
}
