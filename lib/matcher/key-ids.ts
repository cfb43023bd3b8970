/**
 * Dense ids for distinct keys (strings, or lists of numbers), in an open-addressing table of
 * typed arrays: the compiler's "which word is this?" tables for up to millions of keys.
 *
 * Why not a Map: a string that V8 has hashed (a Map or Set key, a Map lookup) costs Chromium's V8
 * about 50-130 ns in the atomic pause of every later major GC for as long as the string lives
 * (on the thread that runs the script: V8.GC_MC_EVACUATE_UPDATE_POINTERS_TO_NEW_ROOTS).
 * Compiling the benchmark's 100k-event feed put about 800k words and 810k name, term and phrase
 * texts into Maps, and the worker's GC paused for up to 240 ms (200 ms of CPU) while an update
 * compiled or stored (README, Benchmark: bench:feed-browser). Here keys are hashed by our own
 * function (charCodeAt / Math.imul), which V8 does not record, and compared on a hash hit (===
 * for strings), so ids are exact.
 */
import { hash1 } from './hash-table';

const sameString = (a: string, b: string): boolean => a === b;

/** Slots are kept at most half full. */
const MIN_SLOTS = 1024;

export class KeyIds<K> {
  /** The key of each id, in the order they were added. */
  readonly keys: K[] = [];
  /**
   * Two numbers per slot: the key's hash and its id + 1 (0: empty), side by side so that a probe
   * reads one cache line (with a million keys the slots are far bigger than the CPU caches).
   */
  private slots = new Int32Array(MIN_SLOTS * 2);
  private mask = MIN_SLOTS - 1;

  constructor(
    private readonly hash: (key: K) => number,
    private readonly same: (a: K, b: K) => boolean,
  ) {}

  get size(): number {
    return this.keys.length;
  }

  /** The key's id, or -1. */
  idOf(key: K): number {
    const h = this.hash(key);
    const i = this.find(key, h);
    return i < 0 ? -1 : this.slots[i * 2 + 1]! - 1;
  }

  /** The key's id, adding it when it is new (then its id is the previous size). */
  add(key: K): number {
    const h = this.hash(key);
    const i = this.find(key, h);
    if (i >= 0) return this.slots[i * 2 + 1]! - 1;
    const id = this.keys.length;
    this.keys.push(key);
    if ((id + 1) * 2 > this.mask + 1) this.grow();
    else {
      this.slots[~i * 2] = h;
      this.slots[~i * 2 + 1] = id + 1;
    }
    return id;
  }

  /** The slot holding the key, or ~(the empty slot where it would go). */
  private find(key: K, h: number): number {
    const slots = this.slots;
    for (let i = home(h, this.mask); ; i = (i + 1) & this.mask) {
      const v = slots[i * 2 + 1]!;
      if (v === 0) return ~i;
      if (slots[i * 2] === h && this.same(this.keys[v - 1]!, key)) return i;
    }
  }

  /** Doubles the slots and places every key again (the newest, not yet placed, included). */
  private grow(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    const slots = new Int32Array((this.mask + 1) * 2);
    for (let j = 0; j < old.length; j += 2) {
      if (old[j + 1] === 0) continue;
      let i = home(old[j]!, this.mask);
      while (slots[i * 2 + 1] !== 0) i = (i + 1) & this.mask;
      slots[i * 2] = old[j]!;
      slots[i * 2 + 1] = old[j + 1]!;
    }
    this.slots = slots;
    const id = this.keys.length - 1;
    const h = this.hash(this.keys[id]!);
    let i = home(h, this.mask);
    while (slots[i * 2 + 1] !== 0) i = (i + 1) & this.mask;
    slots[i * 2] = h;
    slots[i * 2 + 1] = id + 1;
  }
}

const home = (h: number, mask: number): number => (h ^ (h >>> 16)) & mask;

/** Ids of distinct strings. */
export const stringIds = (): KeyIds<string> => new KeyIds(hash1, sameString);

/**
 * Ids of distinct strings kept as UTF-16 code units in one growable typed array, not as string
 * objects: the compiler's word table (about 800k words for 100k events). As strings, every word
 * outlived V8's young generation and was copied by it, then marked by every full GC while
 * compiling; here the words are one block of memory V8 neither copies nor traces. text(id) makes
 * a word's string again when it is needed (a short-lived one).
 */
export class StringPool {
  private chars = new Uint16Array(1 << 16);
  private used = 0;
  /** Where each id's code units start; one more entry than ids (the end of the last). */
  private starts = new Int32Array(1024);
  private count = 0;
  /** add()'s copy of its string as code units. */
  private scratch = new Uint16Array(64);
  /** As KeyIds: [hash, id + 1] per slot. */
  private slots = new Int32Array(MIN_SLOTS * 2);
  private mask = MIN_SLOTS - 1;

  get size(): number {
    return this.count;
  }

  /** The string's id, adding it when it is new (then its id is the previous size). */
  add(s: string): number {
    if (this.scratch.length < s.length) this.scratch = new Uint16Array(s.length * 2);
    for (let k = 0; k < s.length; k++) this.scratch[k] = s.charCodeAt(k);
    return this.addUnits(this.scratch, 0, s.length, hash1(s));
  }

  /**
   * add() for the string held as code units in units[from .. from + len) (not this pool's own
   * units), whose hash1 is h: the same id add() gives for that string.
   */
  addUnits(units: Uint16Array, from: number, len: number, h: number): number {
    let i = home(h, this.mask);
    for (; ; i = (i + 1) & this.mask) {
      const v = this.slots[i * 2 + 1]!;
      if (v === 0) break;
      if (this.slots[i * 2] === h && this.equals(v - 1, units, from, len)) return v - 1;
    }
    const id = this.count++;
    if (this.used + len > this.chars.length) {
      const more = new Uint16Array(Math.max(this.chars.length * 2, this.used + len));
      more.set(this.chars);
      this.chars = more;
    }
    // A word is a few units: a loop costs less than a view of them to copy from.
    const chars = this.chars;
    for (let k = 0; k < len; k++) chars[this.used + k] = units[from + k]!;
    this.used += len;
    if (id + 2 > this.starts.length) {
      const more = new Int32Array(this.starts.length * 2);
      more.set(this.starts);
      this.starts = more;
    }
    this.starts[id + 1] = this.used;
    if ((id + 1) * 2 > this.mask + 1) this.grow(h);
    else {
      this.slots[i * 2] = h;
      this.slots[i * 2 + 1] = id + 1;
    }
    return id;
  }

  /** Lets go of the table that finds strings (after the last add: the ids and code units stay). */
  seal(): void {
    this.slots = new Int32Array(0);
  }

  /** The code units of every string, one after the other (a view valid until the next add). */
  get units(): Uint16Array {
    return this.chars;
  }

  /** Where the code units of id `id` start in units. */
  startOf(id: number): number {
    return this.starts[id]!;
  }

  /** The length of the string of id `id`. */
  lengthOf(id: number): number {
    return this.starts[id + 1]! - this.starts[id]!;
  }

  /** The string of id `id`. */
  text(id: number): string {
    const from = this.starts[id]!;
    const to = this.starts[id + 1]!;
    if (to - from <= 1024) return String.fromCharCode.apply(null, this.chars.subarray(from, to) as unknown as number[]);
    let out = '';
    for (let k = from; k < to; k += 1024) out += String.fromCharCode.apply(null, this.chars.subarray(k, Math.min(to, k + 1024)) as unknown as number[]);
    return out;
  }

  private equals(id: number, units: Uint16Array, from: number, len: number): boolean {
    const at = this.starts[id]!;
    if (this.starts[id + 1]! - at !== len) return false;
    const chars = this.chars;
    for (let k = 0; k < len; k++) if (chars[at + k] !== units[from + k]) return false;
    return true;
  }

  /** Doubles the slots and places every string again (the newest, hash h, not yet placed, included). */
  private grow(h: number): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    const slots = new Int32Array((this.mask + 1) * 2);
    const put = (hash: number, v: number) => {
      let i = home(hash, this.mask);
      while (slots[i * 2 + 1] !== 0) i = (i + 1) & this.mask;
      slots[i * 2] = hash;
      slots[i * 2 + 1] = v;
    };
    for (let j = 0; j < old.length; j += 2) if (old[j + 1] !== 0) put(old[j]!, old[j + 1]!);
    put(h, this.count);
    this.slots = slots;
  }
}
