/**
 * Builds a word table (hash-table.ts HashMultiMap) at compile time without keeping key strings:
 * each key is known by its two hashes and gets a dense key id in the order keys are first added;
 * postings are (key id, word id) pairs in typed arrays until lists() sorts them into one list per
 * key and finish() packs the table. Compiling 100k events adds about 1.5 million keys and 3
 * million postings; a Map of strings to arrays would cost seconds and hundreds of MB, and linked
 * posting lists cost a cache miss per posting.
 */
import { filterBits, hash1, hash2, SLOT_H1, SLOT_INTS, SLOT_VALUE, slotOf, type HashMultiMap } from './hash-table';
import { csrFromPairs, IntList } from './int-lists';

/** Filter bits per key: ~2-3% false positives at a size that stays in the CPU's L2 cache. */
const FILTER_BITS_PER_KEY = 12;

/**
 * Final tables are filled to at most this share of slots: a hit probes 3.8 slots on average (8
 * bytes each: mostly one cache line); a key the filter lets through but the table lacks, about 23.
 * At 0.75 (2.5 and 8.5 probes) the 100k-event index stored 1.7 MB more.
 */
const MAX_LOAD = 0.85;

/** Probe slots while building: [first hash, second hash, key id + 1] (0: empty), one cache line a probe. */
const SLOT = 3;

const valueMask = (bits: number): number => (bits >= 32 ? -1 : (1 << bits) - 1);

/** Posting lists per key id, CSR: key k's word ids are data[off[k] .. off[k+1]). */
export type KeyLists = [off: Int32Array, data: Int32Array];

/**
 * A large array a builder has finished with (its probe slots, once finish() has used them for its
 * temporaries), for the next builder to probe in: compile.ts builds the fuzzy table in what the
 * exact table's slots were. Like the temporaries (see Scratch), a new array would count towards
 * V8's external memory limit and bring a full GC nearer.
 */
export class SpareArray {
  array: Int32Array | null = null;

  /** A zeroed array of n numbers: a view of the spare array when it is large enough (it is then taken), else new. */
  take(n: number): Int32Array {
    const a = this.array;
    if (a === null || a.length < n) return new Int32Array(n);
    this.array = null;
    return a.subarray(0, n).fill(0);
  }
}

export class MultiMapBuilder {
  private mask: number;
  private slots: Int32Array;
  /** Per key id: its two hashes. */
  private readonly h1: IntList;
  private readonly h2: IntList;
  /** Postings as (key id, word id) pairs, in the order added. */
  private pairKey: IntList;
  private pairId: IntList;

  /**
   * `keys`, `postings`: how many to expect (first guesses: the arrays grow; a good guess saves
   * copying them, and every copy of a big typed array brings V8's next full GC nearer).
   */
  constructor(
    private readonly hashA: (s: string) => number = hash1,
    private readonly hashB: (s: string) => number = hash2,
    keys = 700,
    postings = keys,
    /** Where the slots may be taken from, and where finish() leaves them. */
    private readonly spare: SpareArray = new SpareArray(),
  ) {
    let slots = 1024;
    while (slots * 7 < keys * 10) slots *= 2;
    this.mask = slots - 1;
    this.slots = spare.take(slots * SLOT);
    this.h1 = new IntList(keys);
    this.h2 = new IntList(keys);
    this.pairKey = new IntList(postings);
    this.pairId = new IntList(postings);
  }

  /** Number of keys. */
  get size(): number {
    return this.h1.length;
  }

  /** The key's id, or -1. */
  find(key: string): number {
    return this.findHashes(this.hashA(key), this.hashB(key));
  }

  /** find() for a key known by its two hashes. */
  findHashes(a: number, b: number): number {
    const s = this.slots;
    for (let i = (a ^ (a >>> 16)) & this.mask; ; i = (i + 1) & this.mask) {
      const r = i * SLOT;
      const v = s[r + 2]!;
      if (v === 0) return -1;
      if (s[r] === a && s[r + 1] === b) return v - 1;
    }
  }

  /**
   * Adds word id `id` to the key's postings; returns the key's id. A key's postings are its word
   * ids in the order added, each once, provided a word's keys are added together (a word id
   * repeated later, after other words, would be kept twice).
   */
  add(key: string, id: number): number {
    return this.addHashes(this.hashA(key), this.hashB(key), id);
  }

  /** What the home slot of first hash a holds (read ahead of addHashes so that its cache miss overlaps others). */
  homeOf(a: number): number {
    return this.slots[((a ^ (a >>> 16)) & this.mask) * SLOT + 2]!;
  }

  /** add() for a key known by its two hashes (as hashA and hashB would give them). */
  addHashes(a: number, b: number, id: number): number {
    const s = this.slots;
    let i = (a ^ (a >>> 16)) & this.mask;
    let k = -1;
    for (; ; i = (i + 1) & this.mask) {
      const r = i * SLOT;
      const v = s[r + 2]!;
      if (v === 0) break;
      if (s[r] === a && s[r + 1] === b) {
        k = v - 1;
        break;
      }
    }
    if (k < 0) {
      k = this.h1.length;
      this.h1.push(a);
      this.h2.push(b);
      if ((k + 1) * 10 > (this.mask + 1) * 7) this.grow();
      else this.place(i, a, b, k);
    }
    this.pairKey.push(k);
    this.pairId.push(id);
    return k;
  }

  private place(i: number, a: number, b: number, k: number): void {
    const r = i * SLOT;
    this.slots[r] = a;
    this.slots[r + 1] = b;
    this.slots[r + 2] = k + 1;
  }

  /** Doubles the slots and places every key again (the newest included). */
  private grow(): void {
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * SLOT);
    for (let k = 0; k < this.h1.length; k++) {
      const a = this.h1.data[k]!;
      let i = (a ^ (a >>> 16)) & this.mask;
      while (this.slots[i * SLOT + 2] !== 0) i = (i + 1) & this.mask;
      this.place(i, a, this.h2.data[k]!, k);
    }
  }

  /** Each key's postings (see add), by key id. Called once: the builder lets go of its pairs. */
  lists(): KeyLists {
    const lists = csrFromPairs(this.pairKey, this.pairId, this.size, true, false);
    this.pairKey = this.pairId = new IntList(1);
    return lists;
  }

  /**
   * Packs the table with the given lists (lists(), or lists derived from them, as compile.ts's
   * stem merge): a generator of work units, as compileSteps (call with yield*).
   */
  *finish(lists: KeyLists = this.lists()): Generator<number, HashMultiMap> {
    const [off, ids] = lists;
    // No more finding: the probe slots (the builder's largest array) hold finish's temporaries.
    const scratch = new Scratch(wholeArray(this.slots));
    this.slots = new Int32Array(0);
    const n = this.size;
    const size = Math.max(4, Math.ceil(n / MAX_LOAD));
    let words = 32;
    while (words * 32 < n * FILTER_BITS_PER_KEY) words *= 2;
    const wordMask = words - 1;
    const bits = new Uint32Array(words);
    // Keys with the same postings share one list in data (a word and its stems often have the
    // same words): sameAs[k] is the first key with k's list, or k itself.
    const sameAs = shareLists(off, ids, n, scratch);
    let dataLen = 0;
    let maxId = 0;
    for (let k = 0; k < n; k++) {
      const len = off[k + 1]! - off[k]!;
      if (len > 1 && sameAs[k] === k) dataLen += len;
    }
    yield 1024;
    for (let j = 0, total = off[n]!; j < total; j++) if (ids[j]! > maxId) maxId = ids[j]!;
    let valueBits = 1;
    while (2 ** valueBits <= 2 * Math.max(maxId, dataLen) + 2) valueBits++;
    const check = ~valueMask(valueBits);
    const tab = new Int32Array(size * SLOT_INTS);
    const data = new Int32Array(dataLen);
    // The packed value of each key (see hash-table.ts), so a shared list's keys can reuse it.
    const value = scratch.take(n);
    const h1 = this.h1.data;
    const h2 = this.h2.data;
    let pos = 0;
    for (let k = 0; k < n; k++) {
      const from = off[k]!;
      const len = off[k + 1]! - from;
      let v: number;
      if (len === 1) v = ids[from]! * 2 + 1;
      else if (sameAs[k] !== k) v = value[sameAs[k]!]!;
      else {
        v = (pos + 1) * 2;
        for (let j = from; j < from + len - 1; j++) data[pos++] = ids[j]!;
        data[pos++] = ~ids[from + len - 1]!;
      }
      value[k] = v;
      if ((k & 0x3ff) === 0x3ff) yield 1024;
    }
    // Keys are placed in the order of their home slots (by blocks of slots), so that the table is
    // written nearly in sequence instead of with a cache miss per key (any insertion order gives a
    // valid linear-probing table). The filter is small enough to stay in the CPU's caches.
    for (let k = 0; k < n; k++) {
      const a = h1[k]!;
      value[k] = (h2[k]! & check) | value[k]!;
      bits[a & wordMask]! |= filterBits(a);
      if ((k & 0xffff) === 0xffff) yield 1024;
    }
    const [homeH1, homeValue] = byBlock(n, (k) => Math.floor((slotOf(h1[k]!, size) * BLOCKS) / size), h1, value, scratch);
    for (let i = 0; i < n; i++) {
      const a = homeH1[i]!;
      let j = slotOf(a, size);
      while (tab[j * SLOT_INTS + SLOT_VALUE] !== 0) j = j + 1 === size ? 0 : j + 1;
      tab[j * SLOT_INTS + SLOT_H1] = a;
      tab[j * SLOT_INTS + SLOT_VALUE] = homeValue[i]!;
      if ((i & 0xffff) === 0xffff) yield 1024;
    }
    this.spare.array = scratch.free;
    return { keys: n, size, tab, valueBits, data, wordMask, bits };
  }
}

/**
 * Zeroed arrays for temporaries, cut from an array no longer needed while there is room in it,
 * else new. Compiling 100k events, finish() needs about 25 MB of temporaries for the exact table
 * and 12 MB for the fuzzy one, all of which fit in the probe slots it has let go of: as new arrays
 * they counted towards V8's external memory limit, and brought a full GC (~150 ms with a 100k
 * index document in the heap) into the compile.
 */
class Scratch {
  private used = 0;

  constructor(readonly free: Int32Array) {}

  take(n: number): Int32Array {
    if (this.used + n > this.free.length) return new Int32Array(n);
    const a = this.free.subarray(this.used, this.used + n);
    this.used += n;
    return a.fill(0);
  }
}

/** The whole array a is a view of (the slots may be a view of a spare array: see SpareArray). */
function wholeArray(a: Int32Array): Int32Array {
  return a.byteOffset === 0 && a.byteLength === a.buffer.byteLength ? a : new Int32Array(a.buffer);
}

/** Blocks of blockOrder: a block of slots or filter words is a few KB, and the counts fit in L1. */
const BLOCKS = 4096;

/**
 * The first n numbers of x and y, reordered by block (block(k) in 0 .. BLOCKS-1) with a stable
 * counting sort: each key's numbers are read in sequence and written to one of BLOCKS streams.
 */
function byBlock(n: number, block: (k: number) => number, x: Int32Array, y: Int32Array, scratch: Scratch): [Int32Array, Int32Array] {
  const at = new Int32Array(BLOCKS + 1);
  for (let k = 0; k < n; k++) at[block(k) + 1]!++;
  for (let b = 0; b < BLOCKS; b++) at[b + 1]! += at[b]!;
  const ox = scratch.take(n);
  const oy = scratch.take(n);
  for (let k = 0; k < n; k++) {
    const i = at[block(k)]!++;
    ox[i] = x[k]!;
    oy[i] = y[k]!;
  }
  return [ox, oy];
}

/** For each key of a CSR list set, the first key whose list (of 2 or more ids) is the same; itself when none. */
function shareLists(off: Int32Array, ids: Int32Array, n: number, scratch: Scratch): Int32Array {
  const sameAs = scratch.take(n);
  let slots = 1024;
  while (slots < n * 2) slots *= 2;
  const mask = slots - 1;
  // key + 1 per slot (0: empty), by a hash of the list's ids.
  const table = scratch.take(slots);
  for (let k = 0; k < n; k++) {
    sameAs[k] = k;
    const from = off[k]!;
    const len = off[k + 1]! - from;
    if (len < 2) continue;
    let h = 0x811c9dc5 | 0;
    for (let j = from; j < from + len; j++) h = Math.imul(h ^ ids[j]!, 0x01000193);
    for (let i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
      const other = table[i]! - 1;
      if (other < 0) {
        table[i] = k + 1;
        break;
      }
      const o = off[other]!;
      if (off[other + 1]! - o !== len) continue;
      let same = true;
      for (let j = 0; j < len && same; j++) same = ids[o + j] === ids[from + j];
      if (same) {
        sameAs[k] = other;
        break;
      }
    }
  }
  return sameAs;
}
