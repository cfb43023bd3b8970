/**
 * Token lookup without strings: every token is hashed as it is scanned (FNV-1a over folded code
 * units), a bitset answers "certainly not an index word" for almost every token with one read,
 * and only then an open-addressing table (two independent 32-bit hashes, so false hits are
 * ~1 in 2^40 or less) maps the key to its posting list. All of it is typed arrays: compiled once,
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
 * hash1 and hash2 of every prefix of units[from .. from + n): p1[j], p2[j] are those of its first
 * j units (j = 0..n). A word's stems are its prefixes, so the compiler hashes them all in one pass.
 */
export function prefixHashes(units: Uint16Array, from: number, n: number, p1: Int32Array, p2: Int32Array): void {
  let a = H1_SEED;
  let b = H2_SEED;
  p1[0] = a;
  p2[0] = b;
  for (let i = 0; i < n; i++) {
    const c = units[from + i]!;
    a = Math.imul(a ^ c, H1_MUL);
    b = Math.imul(b ^ c, H2_MUL) ^ (b >>> 13);
    p1[i + 1] = a;
    p2[i + 1] = b;
  }
}

/**
 * Slot layout: slot i is tab[i * SLOT_INTS ..] = [key's first hash, packed value], 8 bytes, so one
 * probe touches one cache line. The packed value holds, in its low `valueBits` bits, 0 for an
 * empty slot, 2 * id + 1 for a key with one posting (most keys: no separate list), or
 * 2 * (offset + 1) for a key whose postings are data[offset ..], up to and including the first
 * negative number, which is the last id complemented (~id): no length before each list;
 * the bits above are the same bits of the key's second hash (a check: with the first hash, 40+
 * bits of fingerprint for 100k events, more for smaller indexes). A key, as findKey returns it,
 * is the slot's offset in tab.
 */
export const SLOT_INTS = 2;
/** The key's first hash (hash1 or poly1). */
export const SLOT_H1 = 0;
/** Check bits of the second hash | the value (see above). */
export const SLOT_VALUE = 1;

export interface HashMultiMap {
  /** Number of keys. */
  keys: number;
  /** Number of slots (any size: the home slot is a multiply-shift of the first hash). */
  size: number;
  /** `size` slots of SLOT_INTS numbers each, open addressing with linear probing. */
  tab: Int32Array;
  /** Bits of the packed value that hold the value; the others check the second hash. */
  valueBits: number;
  /** Posting lists of keys with more than one posting: [ids..., ~last id] each; no duplicates in a list. */
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

/** Home slot of first hash h1 in a table of `size` slots. */
export const slotOf = (h1: number, size: number): number => Math.floor((((h1 ^ (h1 >>> 15)) >>> 0) * size) / 4294967296);

const valueMask = (bits: number): number => (bits >= 32 ? -1 : (1 << bits) - 1);

/** The postings (word ids) of key `key` (as findKey returns it), passed one by one to `f`. */
export function forPostings(t: HashMultiMap, key: number, f: (id: number) => void): void {
  const v = t.tab[key + SLOT_VALUE]! & valueMask(t.valueBits);
  if ((v & 1) === 1) f(v >>> 1);
  else {
    for (let j = (v >>> 1) - 1; ; j++) {
      const id = t.data[j]!;
      if (id < 0) {
        f(~id);
        return;
      }
      f(id);
    }
  }
}

/** The postings of key `key` as an array (tests, slow paths). */
export function postings(t: HashMultiMap, key: number): number[] {
  const out: number[] = [];
  forPostings(t, key, (id) => out.push(id));
  return out;
}

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

/* Tables are built at compile time by MultiMapBuilder (table-builder.ts). */

/** Slot offset (into tab) of the key with hashes (h1, h2), or -1. */
export function findKey(t: HashMultiMap, a: number, b: number): number {
  const tab = t.tab;
  const size = t.size;
  const check = ~valueMask(t.valueBits);
  const want = b & check;
  for (let i = slotOf(a, size); ; i = i + 1 === size ? 0 : i + 1) {
    const base = i * SLOT_INTS;
    const v = tab[base + SLOT_VALUE]!;
    if (v === 0) return -1;
    if (tab[base + SLOT_H1] === a && (v & check) === want) return base;
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
