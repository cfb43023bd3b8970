/**
 * Per event, what matchPage reads first for every candidate, side by side: where its `all`
 * entities and phrases are listed, and the first of each inline; the first day it may be named;
 * and for passing mentions, where its ideas and `any` entities are listed and its required groups.
 * A candidate then costs one cache line where it cost one per array (allOff, allData, phrOff,
 * phrData, ctxOff...): on a long page a large index makes a thousand events candidates, most of
 * them for one name, and each read of those arrays is a cache miss. Derived from the compiled
 * matcher on first use (not stored). The heads start on a 64-byte boundary (alignedInts), so each
 * is one line: an ordinary typed array's memory starts 16 bytes into a line in Node (glibc), and a
 * head then spanned two.
 */
import type { CompiledMatcher } from './compile';
import type { Occurrences } from './occurrences';

/** Ints per event: 16, one cache line of 64 bytes. */
export const HEAD_INTS = 16;
const H_ALL = 0;
const H_ALL_END = 1;
const H_PHR = 2;
const H_PHR_END = 3;
/** The first two `all` entities (-1: none). */
export const H_ALL0 = 4;
export const H_ALL1 = 5;
const H_PHR0 = 6;
/** What passing mentions read of every candidate (passing-mention.ts): its ideas, its `any` names, its required groups. */
export const H_CTX = 7;
export const H_CTX_END = 8;
export const H_ANY = 9;
export const H_ANY_END = 10;
/** requiredGroups[e], as an int (read it with `>>> 0`). */
export const H_REQUIRED = 11;
export const H_VISIBLE_FROM = 12;
/** The last page (pageStamp) that made the event a candidate: its head is read next anyway. */
const H_SEEN = 13;
export { H_ALL, H_ALL_END };

const cache = new WeakMap<CompiledMatcher, Int32Array>();
/** Per heads array, the last page stamp given (newPageStamp). */
const stamps = new WeakMap<Int32Array, number>();

/**
 * n zeroed ints starting on a cache line: a WebAssembly.Memory's buffer starts on a page (a plain
 * ArrayBuffer's alignment is the allocator's, 16 bytes). A plain array where WebAssembly is
 * missing or refused.
 */
export function alignedInts(n: number): Int32Array {
  const pages = Math.max(1, Math.ceil((n * 4) / 65536));
  if (typeof WebAssembly === 'object' && pages <= 32768) {
    try {
      return new Int32Array(new WebAssembly.Memory({ initial: pages }).buffer, 0, n);
    } catch {
      // fall back below
    }
  }
  return new Int32Array(n);
}

export function eventHeads(m: CompiledMatcher): Int32Array {
  let heads = cache.get(m);
  if (!heads) {
    const { allOff, allData, phrOff, phrData, ctxOff, anyOff, requiredGroups, visibleFrom } = m;
    const events = m.eventIds.length;
    const h = alignedInts(events * HEAD_INTS);
    for (let e = 0; e < events; e++) {
      const b = e * HEAD_INTS;
      const a0 = allOff[e]!;
      const a1 = allOff[e + 1]!;
      const p0 = phrOff[e]!;
      const p1 = phrOff[e + 1]!;
      h[b + H_ALL] = a0;
      h[b + H_ALL_END] = a1;
      h[b + H_PHR] = p0;
      h[b + H_PHR_END] = p1;
      h[b + H_ALL0] = a1 > a0 ? allData[a0]! : -1;
      h[b + H_ALL1] = a1 > a0 + 1 ? allData[a0 + 1]! : -1;
      h[b + H_PHR0] = p1 > p0 ? phrData[p0]! : -1;
      h[b + H_CTX] = ctxOff[e]!;
      h[b + H_CTX_END] = ctxOff[e + 1]!;
      h[b + H_ANY] = anyOff[e]!;
      h[b + H_ANY_END] = anyOff[e + 1]!;
      h[b + H_REQUIRED] = requiredGroups[e]!;
      h[b + H_VISIBLE_FROM] = visibleFrom[e]!;
    }
    heads = h;
    cache.set(m, heads);
  }
  return heads;
}

/** A stamp for a new page, different from every earlier one given for these heads (firstCandidate). */
export function newPageStamp(heads: Int32Array): number {
  const stamp = (stamps.get(heads) ?? 0) + 1;
  if (stamp === 2 ** 31 - 1) {
    // Every event unseen again (after two billion pages).
    for (let b = H_SEEN; b < heads.length; b += HEAD_INTS) heads[b] = 0;
    stamps.set(heads, 1);
    return 1;
  }
  stamps.set(heads, stamp);
  return stamp;
}

/** True the first time event e is asked about on the page of `stamp`: deduplicates the candidate list. */
export function firstCandidate(heads: Int32Array, e: number, stamp: number): boolean {
  const b = e * HEAD_INTS + H_SEEN;
  if (heads[b] === stamp) return false;
  heads[b] = stamp;
  return true;
}

/** allData[j] for event e (j from its head's H_ALL on), the first two read from its head line. */
export function allEntityAt(heads: Int32Array, m: CompiledMatcher, e: number, j: number): number {
  const b = e * HEAD_INTS;
  const k = j - heads[b + H_ALL]!;
  return k === 0 ? heads[b + H_ALL0]! : k === 1 ? heads[b + H_ALL1]! : m.allData[j]!;
}

/** Does every `all` entity of event e occur on the page? (If not, its rule cannot hold: bestWindow is null.) */
export function allEntitiesPresent(heads: Int32Array, m: CompiledMatcher, e: number, occ: Occurrences): boolean {
  const b = e * HEAD_INTS;
  for (let j = heads[b + H_ALL]!, a1 = heads[b + H_ALL_END]!; j < a1; j++) if (!occ.entPresent(allEntityAt(heads, m, e, j))) return false;
  return true;
}

/** Does a phrase of event e occur on the page? */
export function phrasePresent(heads: Int32Array, m: CompiledMatcher, e: number, occ: Occurrences): boolean {
  const b = e * HEAD_INTS;
  const p0 = heads[b + H_PHR]!;
  const p1 = heads[b + H_PHR_END]!;
  if (p1 === p0) return false;
  if (occ.head(heads[b + H_PHR0]!) !== -1) return true;
  for (let j = p0 + 1; j < p1; j++) if (occ.head(m.phrData[j]!) !== -1) return true;
  return false;
}
