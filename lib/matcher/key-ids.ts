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
 * function (charCodeAt / Math.imul), which V8 does not record, and compared with === (strings) or
 * item by item (lists) on a hash hit, so ids are exact.
 */
import { hash1 } from './hash-table';

/** A 32-bit hash of a list of numbers (FNV-1a over the items). */
export function hashNumbers(list: readonly number[]): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < list.length; i++) h = Math.imul(h ^ list[i]!, 0x01000193);
  return h;
}

export function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

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

/** Ids of distinct lists of numbers (word id sequences). */
export const numberListIds = (): KeyIds<readonly number[]> => new KeyIds(hashNumbers, sameNumbers);
