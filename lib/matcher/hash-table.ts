/**
 * Token lookup without strings: every token is hashed as it is scanned (FNV-1a over folded code
 * units), a bitset answers "certainly not an index word" for almost every token with one read,
 * and only then an open-addressing table (two independent 32-bit hashes, so false hits are
 * ~1 in 2^64) maps the key to its posting list. All of it is typed arrays: compiled once,
 * stored in IndexedDB as is, restored without rebuilding.
 */
export const H1_SEED = 0x811c9dc5 | 0;
export const H1_MUL = 0x01000193;
export const H2_SEED = 0x2f6b1a5d | 0;
export const H2_MUL = 0x5bd1e995;

export function hash1(s: string): number {
  let h = H1_SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), H1_MUL);
  return h;
}

export function hash2(s: string): number {
  let h = H2_SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), H2_MUL) ^ (h >>> 13);
  return h;
}

/** hash2 over buf[0..len). Must equal hash2 of the same code units as a string. */
export function hash2Buf(buf: Uint16Array, len: number): number {
  let h = H2_SEED;
  for (let i = 0; i < len; i++) h = Math.imul(h ^ buf[i]!, H2_MUL) ^ (h >>> 13);
  return h;
}

/**
 * Slot layout: slot i is tab[i * SLOT_INTS ..] = [SLOT_H1, SLOT_H2, SLOT_FIRST, SLOT_END], so one
 * probe touches one cache line. A key (as returned by findKey) is the slot's offset in tab.
 */
export const SLOT_INTS = 4;
/** The key's first hash (hash1 or poly1). */
export const SLOT_H1 = 0;
/** The key's second hash (hash2 or poly2). */
export const SLOT_H2 = 1;
/** Offset of the key's first posting in data, plus 1; 0 marks an empty slot. */
export const SLOT_FIRST = 2;
/** Offset just past the key's last posting in data. */
export const SLOT_END = 3;

/** The key's postings (word ids) are data[postingsStart(t, key) .. postingsEnd(t, key)). */
export const postingsStart = (t: HashMultiMap, key: number): number => t.tab[key + SLOT_FIRST]! - 1;
export const postingsEnd = (t: HashMultiMap, key: number): number => t.tab[key + SLOT_END]!;

export interface HashMultiMap {
  /** Number of slots - 1 (a power of two - 1). */
  mask: number;
  /** (mask + 1) slots of SLOT_INTS numbers each, open addressing with linear probing. */
  tab: Int32Array;
  /** Postings (word ids) of every key, back to back; each key's list has no duplicates. */
  data: Int32Array;
  /**
   * "Certainly absent" filter: a blocked Bloom filter. Key h sets two bits, chosen by h's top
   * bits, in the 32-bit word h & wordMask: one memory read answers for almost every page word.
   */
  wordMask: number;
  bits: Uint32Array;
}

/** The two filter bits of hash h within its word. */
export const filterBits = (h: number): number => (1 << ((h >>> 22) & 31)) | (1 << ((h >>> 27) & 31));

export const slotOf = (h1: number, mask: number): number => (h1 ^ (h1 >>> 16)) & mask;

/**
 * Polynomial hashes (h = h * B + c), used for phonetic skeletons: the hash of a skeleton with one
 * character deleted is computed from prefix and suffix hashes in O(1), so typo tolerance costs
 * no strings.
 */
export const P1_BASE = 0x01000193;
export const P2_BASE = 0x5bd1e995;
export function poly(s: string, base: number): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, base) + s.charCodeAt(i)) | 0;
  return h;
}
export const poly1 = (s: string) => poly(s, P1_BASE);
export const poly2 = (s: string) => poly(s, P2_BASE);

/** Filter bits per key: ~2-3% false positives at a size that stays in the CPU's L2 cache. */
const FILTER_BITS_PER_KEY = 12;

/** Builds the table from key -> values (values deduplicated, order kept). */
export function buildMultiMap(
  entries: Map<string, number[]>,
  h1: (s: string) => number = hash1,
  h2: (s: string) => number = hash2,
): HashMultiMap {
  const n = entries.size;
  let cap = 16;
  while (cap < n * 1.6) cap *= 2;
  let words = 32;
  while (words * 32 < n * FILTER_BITS_PER_KEY) words *= 2;
  const mask = cap - 1;
  const tab = new Int32Array(cap * SLOT_INTS);
  const bits = new Uint32Array(words);
  const wordMask = words - 1;
  const unique = (v: number[]) => (v.length === 1 ? v : [...new Set(v)]);
  let total = 0;
  for (const v of entries.values()) total += unique(v).length;
  const data = new Int32Array(total);
  let pos = 0;
  for (const [s, values] of entries) {
    const a = h1(s);
    const b = h2(s);
    let i = slotOf(a, mask);
    while (tab[i * SLOT_INTS + SLOT_FIRST] !== 0) i = (i + 1) & mask;
    const base = i * SLOT_INTS;
    tab[base + SLOT_H1] = a;
    tab[base + SLOT_H2] = b;
    tab[base + SLOT_FIRST] = pos + 1;
    for (const v of unique(values)) data[pos++] = v;
    tab[base + SLOT_END] = pos;
    bits[a & wordMask]! |= filterBits(a);
  }
  return { mask, tab, data, wordMask, bits };
}

/** Slot offset (into tab) of the key with hashes (h1, h2), or -1. */
export function findKey(t: HashMultiMap, a: number, b: number): number {
  const tab = t.tab;
  let i = slotOf(a, t.mask);
  for (;;) {
    const base = i * SLOT_INTS;
    if (tab[base + SLOT_FIRST] === 0) return -1;
    if (tab[base + SLOT_H1] === a && tab[base + SLOT_H2] === b) return base;
    i = (i + 1) & t.mask;
  }
}

export const mayContain = (t: HashMultiMap, a: number): boolean => {
  const f = filterBits(a);
  return (t.bits[a & t.wordMask]! & f) === f;
};

export function lookupString(t: HashMultiMap, s: string): number {
  const a = hash1(s);
  if (!mayContain(t, a)) return -1;
  return findKey(t, a, hash2(s));
}
