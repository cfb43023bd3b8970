/**
 * Growable lists of numbers in typed arrays (and `grown`, used by the scanner's buffers too), for
 * the compiler: per-event and per-node lists are
 * built straight into their CSR arrays (compile.ts), not as a JS array per item. A 100k-event
 * index has about a million such lists; as arrays they outlived V8's young generation and most
 * of compile time went to copying and marking them.
 */

/** A typed array of `size` elements (at least a's length) starting with a's: a grown copy. */
export function grown<T extends Int8Array | Uint8Array | Int32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** A growable list of 32-bit integers. */
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  push(x: number): void {
    if (this.length === this.data.length) this.data = grown(this.data, this.data.length * 2);
    this.data[this.length++] = x;
  }

  /** The list as an array of its own length (its storage when that is full). */
  toArray(): Int32Array {
    return this.length === this.data.length ? this.data : this.data.slice(0, this.length);
  }
}

/** CSR lists built item after item: push the current item's values, then end() it. */
export class CsrBuilder {
  readonly off: IntList;
  readonly data: IntList;

  /** Capacities are first guesses: the lists grow. */
  constructor(items = 64, values = 64) {
    this.off = new IntList(Math.max(1, items));
    this.data = new IntList(Math.max(1, values));
    this.off.push(0);
  }

  /** Start of the current item's list in data. */
  get start(): number {
    return this.off.data[this.off.length - 1]!;
  }

  push(x: number): void {
    this.data.push(x);
  }

  /** Pushes x unless the current item's list has it already. */
  pushUnique(x: number): void {
    const d = this.data.data;
    for (let i = this.start; i < this.data.length; i++) if (d[i] === x) return;
    this.data.push(x);
  }

  end(): void {
    this.off.push(this.data.length);
  }

  /** [off, data] (see CompiledMatcher). */
  finish(): [Int32Array, Int32Array] {
    return [this.off.toArray(), this.data.toArray()];
  }

  /** [off, data] as views of the lists' storage (no copy), for lists only read while compiling. */
  views(): [Int32Array, Int32Array] {
    return [this.off.data.subarray(0, this.off.length), this.data.data.subarray(0, this.data.length)];
  }
}

/**
 * CSR lists of `n` items from (item, value) pairs: each item's values in the order the pairs came
 * (a stable counting sort); with dropRepeats, a value equal to the one before it in its item's
 * list is left out. `owned`: data is an array of its own length (else it may be a view of a
 * longer one, for lists only read while compiling).
 */
export function csrFromPairs(items: IntList, values: IntList, n: number, dropRepeats: boolean, owned = true): [Int32Array, Int32Array] {
  const off = new Int32Array(n + 1);
  const it = items.data;
  const va = values.data;
  for (let p = 0; p < items.length; p++) off[it[p]! + 1]!++;
  for (let i = 0; i < n; i++) off[i + 1]! += off[i]!;
  // fill[i]: where item i's next value goes.
  const fill = off.slice(0, n);
  const data = new Int32Array(items.length);
  for (let p = 0; p < items.length; p++) {
    const i = it[p]!;
    const at = fill[i]!;
    if (dropRepeats && at > off[i]! && data[at - 1] === va[p]) continue;
    data[at] = va[p]!;
    fill[i] = at + 1;
  }
  if (!dropRepeats) return [off, data];
  // Close the gaps the dropped values left, in place (values only move left).
  let w = 0;
  for (let i = 0; i < n; i++) {
    const start = off[i]!;
    off[i] = w;
    for (let j = start; j < fill[i]!; j++) data[w++] = data[j]!;
  }
  off[n] = w;
  return [off, w === data.length ? data : owned ? data.slice(0, w) : data.subarray(0, w)];
}
