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
  /** id + 1 per slot (0: empty). */
  private slots = new Int32Array(MIN_SLOTS);
  /** The hash of each id's key (regrowing does not hash the keys again). */
  private hashes = new Int32Array(MIN_SLOTS / 2);

  constructor(
    private readonly hash: (key: K) => number,
    private readonly same: (a: K, b: K) => boolean,
  ) {}

  get size(): number {
    return this.keys.length;
  }

  /** The key's id, or -1. */
  idOf(key: K): number {
    return this.find(key, this.hash(key));
  }

  /** The key's id, adding it when it is new (then its id is the previous size). */
  add(key: K): number {
    const h = this.hash(key);
    const found = this.find(key, h);
    if (found >= 0) return found;
    const id = this.keys.length;
    if ((id + 1) * 2 > this.slots.length) this.grow();
    if (id === this.hashes.length) {
      const more = new Int32Array(this.hashes.length * 2);
      more.set(this.hashes);
      this.hashes = more;
    }
    this.keys.push(key);
    this.hashes[id] = h;
    this.place(id, h);
    return id;
  }

  private find(key: K, h: number): number {
    const mask = this.slots.length - 1;
    for (let i = home(h, mask); ; i = (i + 1) & mask) {
      const v = this.slots[i]!;
      if (v === 0) return -1;
      if (this.hashes[v - 1] === h && this.same(this.keys[v - 1]!, key)) return v - 1;
    }
  }

  private place(id: number, h: number): void {
    const mask = this.slots.length - 1;
    let i = home(h, mask);
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = id + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let id = 0; id < this.keys.length; id++) this.place(id, this.hashes[id]!);
  }
}

const home = (h: number, mask: number): number => (h ^ (h >>> 16)) & mask;

/** Ids of distinct strings. */
export const stringIds = (): KeyIds<string> => new KeyIds(hash1, sameString);

/** Ids of distinct lists of numbers (word id sequences). */
export const numberListIds = (): KeyIds<readonly number[]> => new KeyIds(hashNumbers, sameNumbers);
