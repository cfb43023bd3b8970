/**
 * A set of node numbers as a bitmap with a running count per 32-bit word (rank), so that a list
 * per node can be kept for the nodes in the set only: member n's list is the rank(n)-th. For 100k
 * events, 943k nodes of which 250k have triggers: offsets per node were 3.6 MB of the stored
 * matcher; the bitmap, ranks and the members' offsets take 1.2 MB. One read of each array more per
 * look-up, once per pattern a page has (collect-occurrences.ts), never per character.
 */

/** Bits set in a 32-bit integer. */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Index of member n among the set's members in increasing order, or -1 when n is not one. */
export function rankOf(bits: Uint32Array, ranks: Int32Array, n: number): number {
  const w = n >>> 5;
  const word = bits[w]!;
  const bit = 1 << (n & 31);
  if ((word & bit) === 0) return -1;
  return ranks[w]! + popcount32(word & (bit - 1));
}

/** The ranks of a bitmap: members before each word. */
export function ranksOf(bits: Uint32Array): Int32Array {
  const ranks = new Int32Array(bits.length);
  let total = 0;
  for (let w = 0; w < bits.length; w++) {
    ranks[w] = total;
    total += popcount32(bits[w]!);
  }
  return ranks;
}

/**
 * CSR lists over all n items (off has n + 1 numbers) kept for the items with a non-empty list only:
 * [bits, ranks, offsets of the members' lists (members + 1 numbers)]; the data stays as it is.
 */
export function sparseOffsets(off: Int32Array, n: number): [bits: Uint32Array, ranks: Int32Array, memberOff: Int32Array] {
  const bits = new Uint32Array(Math.ceil(n / 32));
  let members = 0;
  for (let i = 0; i < n; i++) {
    if (off[i + 1]! > off[i]!) {
      bits[i >>> 5]! |= 1 << (i & 31);
      members++;
    }
  }
  const memberOff = new Int32Array(members + 1);
  let m = 0;
  for (let i = 0; i < n; i++) if (off[i + 1]! > off[i]!) memberOff[m++] = off[i]!;
  memberOff[m] = off[n]!;
  return [bits, ranksOf(bits), memberOff];
}
