/**
 * The compiler's word tables (compile.ts): every exact key of every index word (the word, its
 * stems, its article-free forms) and the fuzzy keys of name words (phonetic skeletons, typo
 * variants), each mapped to word ids. Generators of work units, as compileSteps (call with
 * yield*); each builds and packs one table, so only one builder is alive at a time (and, given
 * the same SpareArray, the second builds in the memory the first has finished with).
 */
import { articleFreeForms, hasClitics } from './clitics';
import { endingLengths, endingLengthsOf, indexForms, indexStemLengths, longestEnding, MIN_STEM, PAGE_TRIES } from './endings';
import { skeletonFull, skeletonHash1, skeletonHash2, skeletonOfPrefix } from './phonetic-codes';
import { P1_BASE, P2_BASE, poly1, poly2, prefixHashes, type HashMultiMap } from './hash-table';
import { CsrBuilder, IntList } from './int-lists';
import { FUZZY_MIN_LETTERS, MIN_SKELETON, skeleton, TYPO_MIN_LETTERS } from './phonetic';
import { MultiMapBuilder, type SpareArray } from './table-builder';

/** Work units between yields (compile.ts STEP_UNITS). */
const STEP = 1024;

/** The index's words by word id (key-ids.ts StringPool): as strings, and as code units in one array. */
export interface Words {
  readonly size: number;
  text(id: number): string;
  readonly units: Uint16Array;
  startOf(id: number): number;
  lengthOf(id: number): number;
}

const RE_LATIN_OR_CYRILLIC_WORD = /^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u;

/** Every exact key of word w, in the order they are added. */
function exactKeys(w: string): string[] {
  const keys = indexForms(w);
  for (const bare of articleFreeForms(w)) for (const form of indexForms(bare)) keys.push(form);
  return keys;
}

/**
 * A word's exact keys without strings. Most words' keys are the word and its stems (indexForms),
 * all prefixes of the word, so their hashes are prefix hashes of its code units (one pass), and
 * the stems the merge looks up are prefixes too. Arabic and Hebrew words (which may have
 * article-free forms, not prefixes) take the string path (exactKeys).
 */
class WordKeys {
  /** hash1 and hash2 of each prefix of the current word (hash-table.ts prefixHashes). */
  readonly p1: Int32Array;
  readonly p2: Int32Array;
  /** The current word's keys as prefix lengths, in exactKeys order; `count` of them. */
  readonly lengths: Int32Array;
  count = 0;
  from = 0;
  /** Ending lengths (endingLengthsOf). */
  readonly cuts: Int32Array;
  /** Per prefix length: the builder's key id found for it (find memo), valid when stamp is the word's. */
  readonly found: Int32Array;
  readonly stamp: Int32Array;

  constructor(readonly words: Words) {
    let longest = 0;
    for (let id = 0; id < words.size; id++) longest = Math.max(longest, words.lengthOf(id));
    this.p1 = new Int32Array(longest + 1);
    this.p2 = new Int32Array(longest + 1);
    this.lengths = new Int32Array(longest + 1);
    this.cuts = new Int32Array(longest + 1);
    this.found = new Int32Array(longest + 1);
    this.stamp = new Int32Array(longest + 1);
  }

  /** Reads word id's keys; false when the word must take the string path. */
  read(id: number): boolean {
    const w = this.words;
    const u = w.units;
    const from = w.startOf(id);
    const n = w.lengthOf(id);
    if (n > 0 && hasClitics(u[from]!)) return false;
    this.from = from;
    prefixHashes(u, from, n, this.p1, this.p2);
    this.lengths[0] = n;
    this.count = 1 + indexStemLengths(u, from, n, this.lengths, 1);
    return true;
  }
}

/** Keys added per batch (exactTableSteps). */
const BATCH = 32;
/** What the batches' reads gave (kept so that they are not left out as unused). */
let touched = 0;
export const touchedSlots = (): number => touched;

/** The exact table of the words (word id = position in `words`). */
export function* exactTableSteps(words: Words, spare?: SpareArray): Generator<number, HashMultiMap> {
  let units = 0;
  // Sizes as a 100k-event index has them: 1.2 keys and 1.7 keys added per word.
  const exact = new MultiMapBuilder(undefined, undefined, Math.ceil(words.size * 1.25), Math.ceil(words.size * 1.8), spare);
  // The key id of each exact key of each word, in the order added (the merge below meets them again).
  const keyAt = new IntList(Math.ceil(words.size * 1.8));
  const wk = new WordKeys(words);
  // Keys are added in batches of about BATCH: first each one's home slot is read (the reads do
  // not wait for each other, so their cache misses overlap), then they are added in order.
  const batchA = new Int32Array(BATCH + wk.lengths.length);
  const batchB = new Int32Array(BATCH + wk.lengths.length);
  const batchId = new Int32Array(BATCH + wk.lengths.length);
  let batched = 0;
  const flush = (): void => {
    let sum = 0;
    for (let j = 0; j < batched; j++) sum ^= exact.homeOf(batchA[j]!);
    touched ^= sum;
    for (let j = 0; j < batched; j++) keyAt.push(exact.addHashes(batchA[j]!, batchB[j]!, batchId[j]!));
    batched = 0;
  };
  for (let id = 0; id < words.size; id++) {
    if (wk.read(id)) {
      for (let i = 0; i < wk.count; i++) {
        batchA[batched] = wk.p1[wk.lengths[i]!]!;
        batchB[batched] = wk.p2[wk.lengths[i]!]!;
        batchId[batched++] = id;
      }
      if (batched >= BATCH) flush();
    } else {
      flush();
      for (const key of exactKeys(words.text(id))) keyAt.push(exact.add(key, id));
    }
    if (++units >= STEP) { yield units; units = 0; }
  }
  flush();

  // The scanner tries a page word's stem only when the whole word is not a key. So when a whole
  // word is a key (an inflected form some pattern uses, "уиткоффа"), it must also carry the words
  // of its stem ("уиткофф"), or that inflected form would stop matching the base name elsewhere.
  // Likewise an Arabic or Hebrew key with its article ("القمة") carries the words of its bare form.
  // Words are merged from the lists as they were before this step (`before`), each word once;
  // keys are met in the order they were added, so the merged lists come out in key id order.
  const [beforeOff, beforeData] = exact.lists();
  yield STEP;
  const merged = new CsrBuilder(exact.size + 1, beforeData.length * 2);
  let at = 0;
  let nextKey = 0;
  // Key k's own list (its ids are distinct), then the ids of another key's list it lacks. Lists
  // are short: the merged list so far is searched (in cache) instead of marking each word id in
  // an array as large as the words (a cache miss per id); long ones use the marks.
  const own = (k: number): void => {
    for (let j = beforeOff[k]!; j < beforeOff[k + 1]!; j++) merged.push(beforeData[j]!);
  };
  let marks: Int32Array | null = null;
  const take = (k: number, from: number): void => {
    if (from === k) return;
    const start = merged.start;
    const first = beforeOff[from]!;
    const last = beforeOff[from + 1]!;
    if (merged.data.length - start + last - first <= 64) {
      for (let j = first; j < last; j++) {
        const id = beforeData[j]!;
        const d = merged.data.data;
        let seen = false;
        for (let i = start, end = merged.data.length; i < end && !seen; i++) seen = d[i] === id;
        if (!seen) merged.push(id);
      }
      return;
    }
    marks ??= new Int32Array(words.size);
    for (let i = start; i < merged.data.length; i++) marks[merged.data.data[i]!] = k + 1;
    for (let j = first; j < last; j++) {
      const id = beforeData[j]!;
      if (marks[id] === k + 1) continue;
      marks[id] = k + 1;
      merged.push(id);
    }
  };
  const merge = (k: number, from: string): boolean => {
    const f = exact.find(from);
    if (f >= 0) take(k, f);
    return f >= 0;
  };
  // The key of the current word's prefix of length len, or -1 (wk's memo).
  const findPrefix = (id: number, len: number): number => {
    if (wk.stamp[len] !== id + 1) {
      wk.stamp[len] = id + 1;
      wk.found[len] = exact.findHashes(wk.p1[len]!, wk.p2[len]!);
    }
    return wk.found[len]!;
  };
  const u = words.units;
  for (let id = 0; id < words.size; id++) {
    if (wk.read(id)) {
      // The word's own keys are prefixes whose key ids the first pass gave: no look-up for them.
      for (let i = 0; i < wk.count; i++) {
        wk.stamp[wk.lengths[i]!] = id + 1;
        wk.found[wk.lengths[i]!] = keyAt.data[at + i]!;
      }
      for (let i = 0; i < wk.count; i++) {
        const k = keyAt.data[at++]!;
        if (k < nextKey) continue;
        if (k !== nextKey) throw new Error('compile: exact keys out of order');
        own(k);
        // The stem the scanner would have found, per ending set: the first key, longest ending first.
        const len = wk.lengths[i]!;
        for (const trie of PAGE_TRIES) {
          const c = endingLengthsOf(u, wk.from, len, trie, wk.cuts);
          for (let j = 0; j < c; j++) {
            const f = findPrefix(id, len - wk.cuts[j]!);
            if (f >= 0) {
              take(k, f);
              break;
            }
          }
        }
        merged.end();
        nextKey++;
      }
    } else {
      for (const key of exactKeys(words.text(id))) {
        const k = keyAt.data[at++]!;
        if (k < nextKey) continue;
        if (k !== nextKey) throw new Error('compile: exact keys out of order');
        own(k);
        for (const trie of PAGE_TRIES) {
          for (const e of endingLengths(key, trie)) if (merge(k, key.slice(0, key.length - e))) break;
        }
        for (const bare of articleFreeForms(key)) {
          merge(k, bare);
          const e = longestEnding(bare);
          if (e > 0) merge(k, bare.slice(0, bare.length - e));
        }
        merged.end();
        nextKey++;
      }
    }
    if (++units >= STEP) { yield units; units = 0; }
  }
  return yield* exact.finish(merged.views());
}

/** forEachDeletion's suffix hashes and powers, kept between calls: [suf1, suf2, pow1, pow2] by n + 1. */
let deletionScratch = new Int32Array(256);

/**
 * The poly1 and poly2 hashes of each one-deletion variant of s (s with one code unit deleted;
 * symmetric deletion, for one-typo tolerance), each distinct variant once, in the order of the
 * deleted position, computed from prefix and suffix hashes without making the strings:
 * poly(xy) = poly(x) * B^|y| + poly(y), modulo 2^32.
 */
export function forEachDeletion(s: string, f: (h1: number, h2: number) => void): void {
  const n = s.length;
  const w = n + 1;
  if (deletionScratch.length < w * 4) deletionScratch = new Int32Array(w * 8);
  // Suffix hashes and powers of the bases, right to left: suf1 at 0, suf2 at w, pow1 at 2w, pow2 at 3w.
  const a = deletionScratch;
  a[n] = 0;
  a[w + n] = 0;
  a[2 * w] = 1;
  a[3 * w] = 1;
  for (let i = n - 1, k = 1; i >= 0; i--, k++) {
    const c = s.charCodeAt(i);
    a[i] = (Math.imul(c, a[2 * w + k - 1]!) + a[i + 1]!) | 0;
    a[w + i] = (Math.imul(c, a[3 * w + k - 1]!) + a[w + i + 1]!) | 0;
    a[2 * w + k] = Math.imul(a[2 * w + k - 1]!, P1_BASE);
    a[3 * w + k] = Math.imul(a[3 * w + k - 1]!, P2_BASE);
  }
  let pre1 = 0;
  let pre2 = 0;
  for (let i = 0; i < n; i++) {
    // Deleting s[i] gives the same string as deleting s[i - 1] when they are equal.
    if (i === 0 || s.charCodeAt(i) !== s.charCodeAt(i - 1)) {
      f((Math.imul(pre1, a[2 * w + n - 1 - i]!) + a[i + 1]!) | 0, (Math.imul(pre2, a[3 * w + n - 1 - i]!) + a[w + i + 1]!) | 0);
    }
    const c = s.charCodeAt(i);
    pre1 = (Math.imul(pre1, P1_BASE) + c) | 0;
    pre2 = (Math.imul(pre2, P2_BASE) + c) | 0;
  }
}

/**
 * The skeleton keys of a word without strings: what `indexForms(w)` then `skeleton(form)` give
 * (forms of more than MIN_STEM letters, skeletons of MIN_SKELETON or more), by the scanner's
 * allocation-free twin (phonetic-codes.ts). The forms are the word and its stems, prefixes of
 * decreasing length, so each stem's skeleton resumes from the whole word's (skeletonOfPrefix).
 */
class SkeletonKeys {
  /** Longer words take the string path (skeletonFull gives up on very long words). */
  static readonly MAX_LENGTH = 100;
  private readonly codes = new Uint16Array(SkeletonKeys.MAX_LENGTH);
  private readonly stems = new Int32Array(SkeletonKeys.MAX_LENGTH + 1);

  constructor(private readonly words: Words) {}

  /** Adds the skeleton keys of word `id` (at most MAX_LENGTH units) to `table`, for word `id`. */
  add(table: MultiMapBuilder, id: number): void {
    const u = this.words.units;
    const from = this.words.startOf(id);
    const n = this.words.lengthOf(id);
    const codes = this.codes;
    for (let k = 0; k < n; k++) codes[k] = u[from + k]!;
    const stems = indexStemLengths(u, from, n, this.stems);
    // The whole word has more than MIN_STEM letters (FUZZY_MIN_LETTERS).
    this.put(table, skeletonFull(codes, n), id);
    for (let i = 0; i < stems; i++) {
      const len = this.stems[i]!;
      if (len > MIN_STEM) this.put(table, skeletonOfPrefix(codes, len), id);
    }
  }

  private put(table: MultiMapBuilder, skLen: number, id: number): void {
    if (skLen >= MIN_SKELETON) table.addHashes(skeletonHash1(skLen), skeletonHash2(skLen), id);
  }
}

/** The fuzzy table of the words that are name words (nameWord[id] === 1) of Latin or Cyrillic letters. */
export function* fuzzyTableSteps(words: Words, nameWord: Uint8Array | Int32Array, spare?: SpareArray): Generator<number, HashMultiMap> {
  let units = 0;
  let names = 0;
  for (let id = 0; id < words.size; id++) names += nameWord[id] === 1 ? 1 : 0;
  // About 3.9 keys and 4.3 postings per name word (the 100k-event benchmark index: 127k name
  // words, 493k keys, 549k postings). A guess short of them grows the arrays: more garbage.
  const fuzzy = new MultiMapBuilder(poly1, poly2, names * 4, Math.ceil(names * 4.5), spare);
  const sk = new SkeletonKeys(words);
  for (let id = 0; id < words.size; id++) {
    const w = nameWord[id] === 1 ? words.text(id) : '';
    if (w.length >= FUZZY_MIN_LETTERS && RE_LATIN_OR_CYRILLIC_WORD.test(w)) {
      // Transliterations: the skeleton of the word and of its stems.
      if (w.length <= SkeletonKeys.MAX_LENGTH) sk.add(fuzzy, id);
      else {
        for (const form of indexForms(w)) {
          if (form.length <= MIN_STEM) continue;
          const s = skeleton(form);
          if (s.length >= MIN_SKELETON) fuzzy.add(s, id);
        }
      }
      // Typos: the letters and each one-deletion variant.
      if (w.length >= TYPO_MIN_LETTERS) {
        fuzzy.add(w, id);
        forEachDeletion(w, (a, b) => fuzzy.addHashes(a, b, id));
      }
    }
    if (++units >= STEP) { yield units; units = 0; }
  }
  return yield* fuzzy.finish();
}
