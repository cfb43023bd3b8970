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
 * Slot layout: slot i is tab[i * SLOT_INTS ..] = [key's first hash, packed value], 8 bytes, so one
 * probe touches one cache line. The packed value holds, in its low `valueBits` bits, 0 for an
 * empty slot, 2 * id + 1 for a key with one posting (most keys: no separate list), or
 * 2 * (offset + 1) for a key whose postings are data[offset + 1 .. offset + 1 + data[offset]);
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
  /** Posting lists of keys with more than one posting: [length, ids...] each; no duplicates in a list. */
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
  else for (let j = (v >>> 1), end = j + t.data[j - 1]!; j < end; j++) f(t.data[j]!);
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

/** Filter bits per key: ~2-3% false positives at a size that stays in the CPU's L2 cache. */
const FILTER_BITS_PER_KEY = 12;

/** Final tables are filled to at most this share of slots (linear probing stays short). */
const MAX_LOAD = 0.75;

/**
 * Builds a table key by key without keeping key strings: each key is known by its two hashes,
 * its postings are linked lists in typed arrays until finish() packs them. Compiling 100k events
 * adds millions of keys; a Map of strings to arrays would cost seconds and hundreds of MB.
 */
export class MultiMapBuilder {
  private cap = 1024;
  private n = 0;
  private h1 = new Int32Array(this.cap);
  private h2 = new Int32Array(this.cap);
  /** First and last posting node of each slot, + 1 (0: empty slot). */
  private head = new Int32Array(this.cap);
  private tail = new Int32Array(this.cap);
  private len = new Int32Array(this.cap);
  private nodes = 0;
  private val = new Int32Array(1024);
  private next = new Int32Array(1024);

  constructor(private readonly hashA: (s: string) => number = hash1, private readonly hashB: (s: string) => number = hash2) {}

  /** Slot of the key, or -1. */
  find(key: string): number {
    return this.findHashes(this.hashA(key), this.hashB(key));
  }

  private findHashes(a: number, b: number): number {
    const mask = this.cap - 1;
    for (let i = (a ^ (a >>> 16)) & mask; ; i = (i + 1) & mask) {
      if (this.head[i] === 0) return -1;
      if (this.h1[i] === a && this.h2[i] === b) return i;
    }
  }

  /** Adds id to the key's postings (once). Returns the key's slot. */
  add(key: string, id: number): number {
    const a = this.hashA(key);
    const b = this.hashB(key);
    let slot = this.findHashes(a, b);
    if (slot < 0) {
      if ((this.n + 1) * 10 > this.cap * 7) this.grow();
      const mask = this.cap - 1;
      slot = (a ^ (a >>> 16)) & mask;
      while (this.head[slot] !== 0) slot = (slot + 1) & mask;
      this.h1[slot] = a;
      this.h2[slot] = b;
      this.n++;
    }
    this.append(slot, id);
    return slot;
  }

  /** Adds id to the postings of the key in `slot` unless it is there already. */
  append(slot: number, id: number): void {
    for (let p = this.head[slot]!; p !== 0; p = this.next[p - 1]!) if (this.val[p - 1] === id) return;
    if (this.nodes === this.val.length) {
      const grow = (x: Int32Array) => { const y = new Int32Array(x.length * 2); y.set(x); return y; };
      this.val = grow(this.val);
      this.next = grow(this.next);
    }
    const node = ++this.nodes;
    this.val[node - 1] = id;
    this.next[node - 1] = 0;
    if (this.head[slot] === 0) this.head[slot] = node;
    else this.next[this.tail[slot]! - 1] = node;
    this.tail[slot] = node;
    this.len[slot]!++;
  }

  /** The first `limit` postings of the key in `slot`. */
  firstPostings(slot: number, limit: number): number[] {
    const out: number[] = [];
    for (let p = this.head[slot]!; p !== 0 && out.length < limit; p = this.next[p - 1]!) out.push(this.val[p - 1]!);
    return out;
  }

  /** Posting counts per slot, as they are now (the compiler merges from these, see compile.ts). */
  counts(): Int32Array {
    return this.len.slice();
  }

  private grow(): void {
    const old = { h1: this.h1, h2: this.h2, head: this.head, tail: this.tail, len: this.len, cap: this.cap };
    this.cap *= 2;
    this.h1 = new Int32Array(this.cap);
    this.h2 = new Int32Array(this.cap);
    this.head = new Int32Array(this.cap);
    this.tail = new Int32Array(this.cap);
    this.len = new Int32Array(this.cap);
    const mask = this.cap - 1;
    for (let i = 0; i < old.cap; i++) {
      if (old.head[i] === 0) continue;
      const a = old.h1[i]!;
      let j = (a ^ (a >>> 16)) & mask;
      while (this.head[j] !== 0) j = (j + 1) & mask;
      this.h1[j] = a;
      this.h2[j] = old.h2[i]!;
      this.head[j] = old.head[i]!;
      this.tail[j] = old.tail[i]!;
      this.len[j] = old.len[i]!;
    }
  }

  /** Packs the table (a generator of work units, as compileSteps: call with yield*). */
  *finish(): Generator<number, HashMultiMap> {
    const n = this.n;
    const size = Math.max(4, Math.ceil(n / MAX_LOAD));
    let words = 32;
    while (words * 32 < n * FILTER_BITS_PER_KEY) words *= 2;
    const wordMask = words - 1;
    const bits = new Uint32Array(words);
    let dataLen = 0;
    let maxId = 0;
    for (let i = 0; i < this.cap; i++) {
      if (this.head[i] === 0) continue;
      if (this.len[i]! > 1) dataLen += 1 + this.len[i]!;
      for (let p = this.head[i]!; p !== 0; p = this.next[p - 1]!) maxId = Math.max(maxId, this.val[p - 1]!);
    }
    let valueBits = 1;
    while (2 ** valueBits <= 2 * Math.max(maxId, dataLen + 1) + 2) valueBits++;
    const check = ~valueMask(valueBits);
    const tab = new Int32Array(size * SLOT_INTS);
    const data = new Int32Array(dataLen);
    let pos = 0;
    for (let i = 0; i < this.cap; i++) {
      if (this.head[i] === 0) continue;
      const a = this.h1[i]!;
      let v: number;
      if (this.len[i] === 1) v = this.val[this.head[i]! - 1]! * 2 + 1;
      else {
        data[pos] = this.len[i]!;
        v = (pos + 1) * 2;
        pos++;
        for (let p = this.head[i]!; p !== 0; p = this.next[p - 1]!) data[pos++] = this.val[p - 1]!;
      }
      let j = slotOf(a, size);
      while (tab[j * SLOT_INTS + SLOT_VALUE] !== 0) j = j + 1 === size ? 0 : j + 1;
      tab[j * SLOT_INTS + SLOT_H1] = a;
      tab[j * SLOT_INTS + SLOT_VALUE] = (this.h2[i]! & check) | v;
      bits[a & wordMask]! |= filterBits(a);
      if ((i & 0x1fff) === 0) yield 1024;
    }
    return { keys: n, size, tab, valueBits, data, wordMask, bits };
  }
}

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
