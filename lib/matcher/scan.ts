/**
 * The hot loop: one pass over the page's UTF-16 code units. Each unit costs a class read, a fold
 * read and one multiply (the running token hash); each token end costs one bitset read, and only
 * tokens that may be index words go further (table probe, stem, phonetic skeleton). No substring,
 * no whole-text copy, no regex; tokens with rare characters (ligatures, astral letters, mixed
 * scripts) take a slow path through the reference tokenizer's folding (tokenize.ts).
 * Must stay equivalent to tokenize(): the scanner's tests compare the two.
 */
import { CLS, classOf, classify, COMPLEX, CYRILLIC, FOLD, IDEO, KIND_MASK, LATIN, LETTER, SEP, SKIP, UPPER } from './char-class';
import type { CompiledMatcher } from './compile';
import { ENDING_TRIE, endingLengths, MAX_ENDING, MIN_STEM, type EndingTrie } from './endings';
import { cliticFreeForms, hasClitics } from './clitics';
import {
  findKey, H1_MUL, H1_SEED, hash1, hash2, hash2Buf, lookupString, mayContain, SLOT_VALUE, type HashMultiMap,
} from './hash-table';
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
/** Stem lengths of the token being looked up, shortest ending first (endToken). */
const STEMS = new Int32Array(MAX_TOKEN);
const BUF = new Uint16Array(MAX_TOKEN);
/** PH[j]: hash of the token's first j+1 folded units. */
const PH = new Int32Array(MAX_TOKEN);

/** Records every word id posted under table key `key` as a hit of token tok (text[s..e)). */
const pushKey = (t: HashMultiMap, key: number, hits: Hits, tok: number, s: number, e: number, fuzzy: number) => {
  const v = t.tab[key + SLOT_VALUE]! & (t.valueBits >= 32 ? -1 : (1 << t.valueBits) - 1);
  if ((v & 1) === 1) hits.push(tok, v >>> 1, s, e, fuzzy);
  else {
    const data = t.data;
    for (let j = v >>> 1, end = j + data[j - 1]!; j < end; j++) hits.push(tok, data[j]!, s, e, fuzzy);
  }
};

/** Looks up a folded token given as a string (slow path, and fuzzy). Returns true on a hit. */
function lookupWord(m: CompiledMatcher, w: string, upper: boolean, hits: Hits, tok: number, s: number, e: number): boolean {
  const t = m.exact;
  let a = hash1(w);
  if (mayContain(t, a)) {
    const key = findKey(t, a, hash2(w));
    if (key >= 0) { pushKey(t, key, hits, tok, s, e, 0); return true; }
  }
  for (const k of endingLengths(w, trieNow)) {
    const stem = w.slice(0, w.length - k);
    a = hash1(stem);
    if (mayContain(t, a)) {
      const key = findKey(t, a, hash2(stem));
      if (key >= 0) { pushKey(t, key, hits, tok, s, e, 0); return true; }
    }
  }
  if (hasClitics(w.charCodeAt(0))) return lookupClitics(m, w, hits, tok, s, e);
  if (upper && w.length >= FUZZY_MIN_LETTERS) return lookupFuzzy(m, w, hits, tok, s, e);
  return false;
}

/** An Arabic or Hebrew word with its clitic prefixes taken off (see clitics.ts), whole or stemmed. */
function lookupClitics(m: CompiledMatcher, w: string, hits: Hits, tok: number, s: number, e: number): boolean {
  const t = m.exact;
  let found = false;
  for (const form of cliticFreeForms(w)) {
    let key = lookupString(t, form);
    for (const k of endingLengths(form, trieNow)) {
      if (key >= 0) break;
      key = lookupString(t, form.slice(0, form.length - k));
    }
    if (key >= 0) {
      pushKey(t, key, hits, tok, s, e, 0);
      found = true;
    }
  }
  return found;
}

const FZ = new Int32Array(2);
/** The ending set of the page being scanned (set by scanText; scans are synchronous). */
let trieNow: EndingTrie = ENDING_TRIE;

/**
 * Per-scan memo of fuzzy lookups by token hash: a page repeats its proper nouns (people, places)
 * many times, and each distinct one needs the phonetic and typo probes only once.
 */
const MEMO_SIZE = 4096;
const MEMO_MASK = MEMO_SIZE - 1;
const memoKey = new Int32Array(MEMO_SIZE);
const memoLen = new Int32Array(MEMO_SIZE);
/** MEMO_EMPTY, MEMO_MISS, or fuzzy table key k stored as k + MEMO_KEY_BASE. */
const memoVal = new Int32Array(MEMO_SIZE);
const MEMO_EMPTY = 0;
const MEMO_MISS = 1;
const MEMO_KEY_BASE = 2;
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
  const trie = trieNow;
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
    if (v === MEMO_EMPTY) break;
    if (memoKey[i] === h && memoLen[i] === len) {
      if (v !== MEMO_MISS) pushKey(m.fuzzy, v - MEMO_KEY_BASE, hits, tok, s, e, 1);
      return;
    }
    i = (i + 1) & MEMO_MASK;
  }
  const found = lookupFuzzyCodes(m, codes, len, hits, tok, s, e);
  if (memoVal[i] === MEMO_EMPTY && memoCount < MEMO_SIZE / 2) {
    memoCount++;
    memoKey[i] = h;
    memoLen[i] = len;
    memoVal[i] = found ? lastFuzzyKey + MEMO_KEY_BASE : MEMO_MISS;
  }
}

function lookupFuzzy(m: CompiledMatcher, w: string, hits: Hits, tok: number, s: number, e: number): boolean {
  if (m.fuzzy.keys === 0 || w.length > MAX_TOKEN) return false;
  for (let i = 0; i < w.length; i++) WORD[i] = w.charCodeAt(i);
  return lookupFuzzyCodes(m, WORD, w.length, hits, tok, s, e);
}

/**
 * Looks up one simply-folded token held in BUF/PH (its hash h, its length len): whole, then its
 * stem, then without clitics, then (capitalized words) fuzzy. `whole`: the filter says the whole
 * word may be a key (the caller has already asked it).
 */
function endToken(
  m: CompiledMatcher, hits: Hits, tok: number, s: number, e: number, h: number, len: number, upper: boolean, whole: boolean,
): void {
  const t = m.exact;
  const bits = t.bits;
  const wordMask = t.wordMask;
  let f = 0;
  if (whole) {
    const key = findKey(t, h, hash2Buf(BUF, len));
    if (key >= 0) {
      pushKey(t, key, hits, tok, s, e, 0);
      return;
    }
  }
  const trie = trieNow;
  if (len > MIN_STEM && trie.letter[BUF[len - 1]!] !== 0) {
    // Inflection endings, walked backwards through the ending trie; stems are tried longest
    // ending first (see endingLengths).
    let node = 0;
    let stems = 0;
    for (let k = 1; k <= MAX_ENDING && len - k >= MIN_STEM; k++) {
      const l = trie.letter[BUF[len - k]!]!;
      if (l === 0) break;
      node = trie.next[node * trie.width + l]!;
      if (node === 0) break;
      if (trie.terminal[node] === 1) STEMS[stems++] = len - k;
    }
    while (stems > 0) {
      const stemLen = STEMS[--stems]!;
      const ph = PH[stemLen - 1]!;
      f = (1 << ((ph >>> 22) & 31)) | (1 << ((ph >>> 27) & 31)); // filterBits(ph), inlined
      if ((bits[ph & wordMask]! & f) === f) {
        const key = findKey(t, ph, hash2Buf(BUF, stemLen));
        if (key >= 0) {
          pushKey(t, key, hits, tok, s, e, 0);
          return;
        }
      }
    }
  }
  if (hasClitics(BUF[0]!)) {
    lookupClitics(m, String.fromCharCode(...BUF.subarray(0, len)), hits, tok, s, e);
    return;
  }
  if (upper && len >= FUZZY_MIN_LETTERS && m.fuzzy.keys > 0) lookupFuzzyMemo(m, BUF, len, h, hits, tok, s, e);
}

/** End of a token that continues at `i` (text[i] is a letter, combining mark or rare letter). */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = classOf(c) & KIND_MASK;
    if (kind === LETTER || kind === SKIP) i++;
    else if (kind === COMPLEX) {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        if (foldRange(text, i, i + 2).length === 0) return i;
        i += 2;
      } else i++;
    } else return i;
  }
  return n;
}

/** Scans `text` and appends every index word found to `hits`. */
export function scanText(m: CompiledMatcher, text: string, hits: Hits = new Hits(), trie: EndingTrie = ENDING_TRIE): Hits {
  trieNow = trie;
  // Imported bindings are copied to locals: module namespace reads can be accessor calls
  // (tsx/esbuild in Node), which would dominate a loop that runs once per character.
  const cls = CLS;
  const fold = FOLD;
  const buf = BUF;
  const prefix = PH;
  const kLETTER = LETTER;
  const kMASK = KIND_MASK;
  const kMIXED = LATIN | CYRILLIC;
  const mul = H1_MUL;
  const seed = H1_SEED;
  const maxTok = MAX_TOKEN;
  const bits = m.exact.bits;
  const wordMask = m.exact.wordMask;
  const endLetter = trie.letter;
  const minStem = MIN_STEM;
  const fuzzyMin = FUZZY_MIN_LETTERS;
  memoVal.fill(MEMO_EMPTY);
  memoCount = 0;
  const n = text.length;
  let tok = 0;
  let i = 0;
  let ff = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = cls[c]!;
    if (k === 0) k = classify(c);
    let kind = k & kMASK;
    if (kind === kLETTER) {
      // The common case: a run of simple letters, folded and hashed as it goes.
      const start = i;
      const upper = (k & UPPER) !== 0;
      let flags = k;
      let h = seed;
      let len = 0;
      for (;;) {
        const f = fold[c]!;
        h = Math.imul(h ^ f, mul);
        buf[len] = f; // writes past the end of a typed array are ignored; len > maxTok goes slow
        prefix[len] = h;
        len++;
        if (++i >= n) break;
        c = text.charCodeAt(i);
        k = cls[c]!;
        if (k === 0) k = classify(c);
        if ((k & kMASK) !== kLETTER) break;
        flags |= k;
      }
      kind = i < n ? k & kMASK : SEP;
      if (kind === SKIP || kind === COMPLEX) {
        // A combining mark, ligature or astral letter inside the word: fold it the slow way.
        const end = tokenEnd(text, i);
        lookupWord(m, foldRange(text, start, end), upper, hits, tok++, start, end);
        i = end;
      } else if (len > maxTok || (flags & kMIXED) === kMIXED) {
        lookupWord(m, foldRange(text, start, i), upper, hits, tok++, start, i);
      } else {
        ff = (1 << ((h >>> 22) & 31)) | (1 << ((h >>> 27) & 31)); // filterBits(h), inlined
        const whole = (bits[h & wordMask]! & ff) === ff;
        if (
          whole
          || (len > minStem && endLetter[buf[len - 1]!] !== 0)
          || (upper && len >= fuzzyMin)
          || (buf[0]! >= 0x05d0 && buf[0]! <= 0x06ff) // Hebrew or Arabic: clitic prefixes
        ) {
          endToken(m, hits, tok++, start, i, h, len, upper, whole);
        } else {
          tok++; // certainly not an index word: no exact key, no inflection ending, not a name
        }
      }
      continue;
    }
    if (kind === IDEO) {
      const f = fold[c]!;
      const a = Math.imul(seed ^ f, mul);
      const t = m.exact;
      if (mayContain(t, a)) {
        buf[0] = f;
        const key = findKey(t, a, hash2Buf(buf, 1));
        if (key >= 0) pushKey(t, key, hits, tok, i, i + 1, 0);
      }
      tok++;
      i++;
      continue;
    }
    if (kind === COMPLEX) {
      // A rare letter (or astral character) starting a token.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && foldRange(text, i, i + 2).length === 0) {
        i += 2; // emoji and other astral symbols separate tokens
        continue;
      }
      const start = i;
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      const end = tokenEnd(text, i + (cp > 0xffff ? 2 : 1));
      const w = foldRange(text, start, end);
      if (w.length > 0) lookupWord(m, w, ch !== ch.toLowerCase(), hits, tok++, start, end);
      i = end;
      continue;
    }
    i++; // separator, or a combining mark outside any word
  }
  hits.tokens = tok;
  return hits;
}
