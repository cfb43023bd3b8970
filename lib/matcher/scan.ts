/**
 * The hot loop: one pass over the page's UTF-16 code units. Each unit costs a class read, a fold
 * read and one multiply (the running token hash); each token end costs one bitset read, and only
 * tokens that may be index words go further (table probe, stem, phonetic skeleton). No substring,
 * no whole-text copy, no regex; tokens with rare characters (ligatures, astral letters, mixed
 * scripts) take a slow path through the reference tokenizer's folding (tokenize.ts).
 * Must stay equivalent to tokenize(): the scanner's tests compare the two.
 */
import { CLS, CLS_FOLD, classOf, classify, COMPLEX, CYRILLIC, FOLD, FOLD_SHIFT, IDEO, KIND_MASK, LATIN, LETTER, SEP, SKIP, UPPER } from './char-class';
import type { CompiledMatcher } from './compile';
import { ENDING_TRIE, endingLengths, MAX_ENDING, MIN_STEM, type EndingTrie } from './endings';
import { cliticFreeForms, hasClitics } from './clitics';
import {
  findKey, H1_MUL, H1_SEED, hash1, hash2, hash2Buf, lookupString, mayContain, P1_BASE, SLOT_VALUE, type HashMultiMap,
} from './hash-table';
import { FUZZY_MIN_LETTERS, MIN_SKELETON, TYPO_MIN_LETTERS } from './phonetic';
import {
  deletionHash1, deletionHash2, prepareDeletions, skeletonFull, skeletonHash1, skeletonHash2, skeletonOfPrefix,
} from './phonetic-codes';
import { grown } from './int-lists';
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
    this.tok = grown(this.tok, size);
    this.word = grown(this.word, size);
    this.start = grown(this.start, size);
    this.end = grown(this.end, size);
    this.fuzzy = grown(this.fuzzy, size);
  }
}

const MAX_TOKEN = 64;
/** Stem lengths of the token being looked up, shortest ending first (endToken). */
const STEMS = new Int32Array(MAX_TOKEN);
const BUF = new Uint16Array(MAX_TOKEN);
/** PH[j]: hash1 of the token's first j+1 folded units (endToken). */
const PH = new Int32Array(MAX_TOKEN);

/** Records every word id posted under table key `key` as a hit of token tok (text[s..e)). */
const pushKey = (t: HashMultiMap, key: number, hits: Hits, tok: number, s: number, e: number, fuzzy: number) => {
  const v = t.tab[key + SLOT_VALUE]! & (t.valueBits >= 32 ? -1 : (1 << t.valueBits) - 1);
  if ((v & 1) === 1) hits.push(tok, v >>> 1, s, e, fuzzy);
  else {
    const data = t.data;
    for (let j = (v >>> 1) - 1; ; j++) {
      const id = data[j]!;
      if (id < 0) {
        hits.push(tok, ~id, s, e, fuzzy);
        break;
      }
      hits.push(tok, id, s, e, fuzzy);
    }
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

/** The ending set of the page being scanned (set by scanText; scans are synchronous). */
let trieNow: EndingTrie = ENDING_TRIE;

/**
 * Per-scan memo of token outcomes: a page repeats its common words and its names over and over,
 * and each distinct token needs the filter, the table, its stems and the fuzzy probes only once.
 * A repeated token then costs one read of a small (cache-resident) array instead of reads in the
 * index's filter and table, which do not fit in the CPU's caches for large indexes (a 100k-event
 * index's filter alone is 2 MB). Direct-mapped, 4 numbers a slot: [hash1, tag, ends, outcome]:
 * tag = generation << 8 | length << 1 | capitalized and fuzzy-long (slots of earlier scans never match), ends = first
 * folded unit << 16 | last one, outcome NO_MATCH or a table key k as 2k (exact table) or 2k + 1
 * (fuzzy table). Two different tokens are taken for one only if they have the same 32-bit hash,
 * length, first and last letters: rarer than the table's own false hits (hash-table.ts).
 */
/** Memo slots: about one per 16 units of text (a page's distinct words), within these bounds. */
const MEMO_MIN = 1 << 10;
const MEMO_MAX = 1 << 17;
let MEMO = new Int32Array(4 * MEMO_MIN);
const NO_MATCH = -1;
/** endToken's answer for a token it has pushed hits for itself (clitics): not memoized. */
const PUSHED = -2;
/** Generations fit in 23 bits of the tag; then the memo is cleared and they start again. */
const MAX_GEN = 1 << 22;
let memoGen = 0;
const WORD = new Uint16Array(MAX_TOKEN);

/**
 * units[0..len) as a string. Not String.fromCharCode(...units.subarray(0, len)): spreading a typed
 * array goes through its iterator, and that one line was a quarter of matchPage's time on Hebrew
 * and Arabic pages (every word starting with a clitic letter takes this path).
 */
function unitsText(units: Uint16Array, len: number): string {
  return String.fromCharCode.apply(null, units.subarray(0, len) as unknown as number[]);
}

/** Pushes the hits of a memo outcome (a key of the exact or the fuzzy table). */
const pushOutcome = (m: CompiledMatcher, r: number, hits: Hits, tok: number, s: number, e: number) => {
  if ((r & 1) === 0) pushKey(m.exact, r >>> 1, hits, tok, s, e, 0);
  else pushKey(m.fuzzy, r >>> 1, hits, tok, s, e, 1);
};

/**
 * Names written another way: the phonetic skeleton of the word (codes[0..len)) and of the word
 * without each inflection ending it may carry (Uszakowem -> Uszakow); then, for long words, the
 * letters with one typo (symmetric deletion: the table holds each name and its one-deletion
 * variants, the page word is tried whole and with each letter deleted). Returns the fuzzy table's
 * key, or -1. Almost every word misses: each probe asks the filter with the first hash alone, and
 * the second is computed only for the few that pass it.
 */
function lookupFuzzyCodes(m: CompiledMatcher, codes: Uint16Array, len: number): number {
  const t = m.fuzzy;
  const trie = trieNow;
  let key = -1;
  let a = 0;
  let skLen = skeletonFull(codes, len);
  if (skLen >= MIN_SKELETON) {
    a = skeletonHash1(skLen);
    if (mayContain(t, a)) key = findKey(t, a, skeletonHash2(skLen));
  }
  if (key < 0) {
    let node = 0;
    for (let k = 1; k <= MAX_ENDING && len - k > MIN_STEM && key < 0; k++) {
      const l = trie.letter[codes[len - k]!]!;
      if (l === 0) break;
      node = trie.next[node * trie.width + l]!;
      if (node === 0) break;
      if (trie.terminal[node] !== 1) continue;
      skLen = skeletonOfPrefix(codes, len - k);
      if (skLen < MIN_SKELETON) continue;
      a = skeletonHash1(skLen);
      if (mayContain(t, a)) key = findKey(t, a, skeletonHash2(skLen));
    }
  }
  if (key < 0 && len >= TYPO_MIN_LETTERS - 1) {
    a = prepareDeletions(codes, len);
    if (mayContain(t, a)) key = findKey(t, a, deletionHash2(codes, len, -1));
    let pre = 0; // poly1 of codes[0..i)
    for (let i = 0; i < len && key < 0; i++) {
      a = deletionHash1(len, i, pre);
      if (mayContain(t, a)) key = findKey(t, a, deletionHash2(codes, len, i));
      pre = (Math.imul(pre, P1_BASE) + codes[i]!) | 0;
    }
  }
  return key;
}

function lookupFuzzy(m: CompiledMatcher, w: string, hits: Hits, tok: number, s: number, e: number): boolean {
  if (m.fuzzy.keys === 0 || w.length > MAX_TOKEN) return false;
  for (let i = 0; i < w.length; i++) WORD[i] = w.charCodeAt(i);
  const key = lookupFuzzyCodes(m, WORD, w.length);
  if (key < 0) return false;
  pushKey(m.fuzzy, key, hits, tok, s, e, 1);
  return true;
}

/**
 * Looks up one simply-folded token held in BUF (its hash h, its length len): whole,
 * then its stem, then without clitics, then (capitalized words) fuzzy. `whole`: the filter says
 * the whole word may be a key (the caller has already asked it). Returns the outcome as the memo
 * holds it, or PUSHED (clitic forms found, whose hits it has pushed).
 */
function endToken(
  m: CompiledMatcher, hits: Hits, tok: number, s: number, e: number, h: number, len: number, upper: boolean, whole: boolean,
): number {
  const t = m.exact;
  const bits = t.bits;
  const wordMask = t.wordMask;
  let f = 0;
  if (whole) {
    const key = findKey(t, h, hash2Buf(BUF, len));
    if (key >= 0) return key * 2;
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
    if (stems > 0) {
      // PH[j]: hash1 of the token's first j + 1 units, up to the longest stem.
      let ph = H1_SEED;
      for (let j = 0; j < STEMS[0]!; j++) PH[j] = ph = Math.imul(ph ^ BUF[j]!, H1_MUL);
    }
    while (stems > 0) {
      const stemLen = STEMS[--stems]!;
      const ph = PH[stemLen - 1]!;
      f = (1 << ((ph >>> 22) & 31)) | (1 << ((ph >>> 27) & 31)); // filterBits(ph), inlined
      if ((bits[ph & wordMask]! & f) === f) {
        const key = findKey(t, ph, hash2Buf(BUF, stemLen));
        if (key >= 0) return key * 2;
      }
    }
  }
  // Clitic forms push their own hits (PUSHED, not memoized); a word none of whose forms is a key
  // is memoized like any other miss (most words of a Hebrew or Arabic page start with a clitic
  // letter, and the common ones repeat).
  if (hasClitics(BUF[0]!)) return lookupClitics(m, unitsText(BUF, len), hits, tok, s, e) ? PUSHED : NO_MATCH;
  if (upper && len >= FUZZY_MIN_LETTERS && m.fuzzy.keys > 0) {
    const key = lookupFuzzyCodes(m, BUF, len);
    if (key >= 0) return key * 2 + 1;
  }
  return NO_MATCH;
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
  if (++memoGen === MAX_GEN) {
    MEMO.fill(0);
    memoGen = 1;
  }
  let slots = MEMO_MIN;
  while (slots < MEMO_MAX && slots * 16 < text.length) slots *= 2;
  if (MEMO.length < 4 * slots) MEMO = new Int32Array(4 * slots);
  // Imported bindings are copied to locals: module namespace reads can be accessor calls
  // (tsx/esbuild in Node), which would dominate a loop that runs once per character.
  const cf = CLS_FOLD;
  const fold = FOLD;
  const buf = BUF;
  const memo = MEMO;
  const memoMask = slots - 1;
  const gen = memoGen << 8;
  const kLETTER = LETTER;
  const kMASK = KIND_MASK;
  const kMIXED = LATIN | CYRILLIC;
  const shift = FOLD_SHIFT;
  const mul = H1_MUL;
  const seed = H1_SEED;
  const maxTok = MAX_TOKEN;
  const bits = m.exact.bits;
  const wordMask = m.exact.wordMask;
  const endLetter = trie.letter;
  const minStem = MIN_STEM;
  const fuzzyMin = FUZZY_MIN_LETTERS;
  const n = text.length;
  let tok = 0;
  let i = 0;
  let ff = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = cf[c]!;
    if (k === 0) k = cf[(classify(c), c)]!;
    let kind = k & kMASK;
    if (kind === kLETTER) {
      // The common case: a run of simple letters, folded and hashed as it goes (one table read
      // and one multiply per unit; the letters are read again only for a token not in the memo).
      const start = i;
      const upper = (k & UPPER) !== 0;
      const first = k >>> shift;
      let flags = k;
      let h = seed;
      let f = 0;
      for (;;) {
        f = k >>> shift;
        h = Math.imul(h ^ f, mul);
        if (++i >= n) break;
        c = text.charCodeAt(i);
        k = cf[c]!;
        if ((k & kMASK) !== kLETTER) {
          if (k !== 0) break;
          k = cf[(classify(c), c)]!; // first time this code unit is seen
          if ((k & kMASK) !== kLETTER) break;
        }
        flags |= k;
      }
      const len = i - start;
      kind = i < n ? k & kMASK : SEP;
      if (kind === SKIP || kind === COMPLEX) {
        // A combining mark, ligature or astral letter inside the word: fold it the slow way.
        const end = tokenEnd(text, i);
        lookupWord(m, foldRange(text, start, end), upper, hits, tok++, start, end);
        i = end;
      } else if (len > maxTok || (flags & kMIXED) === kMIXED) {
        lookupWord(m, foldRange(text, start, i), upper, hits, tok++, start, i);
      } else {
        // Capitals matter only to words long enough to be looked up fuzzily ("The" is "the").
        const u = upper && len >= fuzzyMin ? 1 : 0;
        const tag = gen | (len << 1) | u;
        const ends = (first << 16) | f;
        const slot = ((h ^ (h >>> 15) ^ (u << 7)) & memoMask) << 2;
        if (memo[slot] === h && memo[slot + 1] === tag && memo[slot + 2] === ends) {
          const r = memo[slot + 3]!;
          if (r >= 0) pushOutcome(m, r, hits, tok, start, i);
        } else {
          ff = (1 << ((h >>> 22) & 31)) | (1 << ((h >>> 27) & 31)); // filterBits(h), inlined
          const whole = (bits[h & wordMask]! & ff) === ff;
          let r = NO_MATCH;
          if (
            whole
            || (len > minStem && endLetter[f] !== 0)
            || (upper && len >= fuzzyMin)
            || (first >= 0x05d0 && first <= 0x06ff) // Hebrew or Arabic: clitic prefixes
          ) {
            for (let j = 0; j < len; j++) buf[j] = fold[text.charCodeAt(start + j)]!;
            r = endToken(m, hits, tok, start, i, h, len, upper, whole);
          } // else certainly not an index word: no exact key, no inflection ending, not a name
          if (r !== PUSHED) {
            memo[slot] = h;
            memo[slot + 1] = tag;
            memo[slot + 2] = ends;
            memo[slot + 3] = r;
            if (r >= 0) pushOutcome(m, r, hits, tok, start, i);
          }
        }
        tok++;
        if (kind === SEP) i++; // the separator that ended the word (already classified)
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
