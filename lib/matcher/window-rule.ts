/**
 * An event's rule on one page: every `all` entity, at least anyMin of `any`, at least minContext
 * different context groups and every required group, all within WINDOW tokens of each other.
 * A sliding window over the rule's occurrences in token order finds the best place (most groups)
 * and counts how many window positions satisfy the rule.
 */
import { ctxGroup, ctxNode, type CompiledMatcher } from './compile';
import type { Occurrences } from './occurrences';

/** Tokens: how close together a rule's names and terms must be (about a paragraph or two). */
export const WINDOW = 100;

/** Number of bits set in a 32-bit number. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** The first k in [from, to) with a[k] >= t (a ascending there), or `to`. */
function firstAtOrAfter(a: Int32Array, from: number, to: number, t: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Places in an owner's pattern list (names per entity, terms per event: at most 64 x 64 and 32 x 128). */
const LIST_POS = 8192;

/** A window item's role: an entity index (>= 0) for names, contextRole(group) (< 0) for context terms. */
export const contextRole = (group: number): number => -1 - group;
/** The context group of a negative role. */
export const roleGroup = (role: number): number => -1 - role;

export interface WindowItem {
  tok: number;
  /** Entity index for names, contextRole(group) for context terms. */
  role: number;
  /** Occurrence number in Occurrences. */
  occ: number;
}

export interface WindowResult {
  /** Distinct context groups in the best window. */
  groups: number;
  /** How many window positions satisfied the rule (repeated mentions score higher). */
  satisfied: number;
  /** The occurrences in the best window, in token order. */
  items: WindowItem[];
}

/** Token numbers, ascending, of the occurrences of the `all` entity (allData[a0 .. a1)) named least on the page. */
function anchorTokens(m: CompiledMatcher, occ: Occurrences, a0: number, a1: number): number[] {
  let best = -1;
  let bestCount = Infinity;
  for (let j = a0; j < a1; j++) {
    const ent = m.allData[j]!;
    let c = 0;
    for (let k = m.entPatOff[ent]!; k < m.entPatOff[ent + 1]!; k++) c += occ.count(m.entPatData[k]!);
    if (c < bestCount) {
      bestCount = c;
      best = ent;
    }
  }
  const toks: number[] = [];
  for (let k = m.entPatOff[best]!; k < m.entPatOff[best + 1]!; k++) {
    for (let i = occ.head(m.entPatData[k]!); i !== -1; i = occ.next[i]!) toks.push(occ.tok[i]!);
  }
  if (m.entPatOff[best + 1]! - m.entPatOff[best]! > 1) toks.sort((x, y) => x - y);
  occ.work += toks.length;
  return toks;
}

/** Best window for event e, or null when its rule is not met anywhere on the page. */
export function bestWindow(m: CompiledMatcher, e: number, occ: Occurrences): WindowResult | null {
  const minCtx = m.minContext[e]!;
  const anyMin = m.anyMin[e]!;
  const a0 = m.allOff[e]!;
  const a1 = m.allOff[e + 1]!;
  for (let j = a0; j < a1; j++) if (!occ.entPresent(m.allData[j]!)) return null;
  let anyFound = 0;
  for (let j = m.anyOff[e]!; j < m.anyOff[e + 1]!; j++) if (occ.entPresent(m.anyData[j]!)) anyFound++;
  if (anyFound < anyMin) return null;
  // The context groups found anywhere on the page must already be enough (most candidates: no).
  const required = m.requiredGroups[e]!;
  let pageGroups = 0;
  for (let j = m.ctxOff[e]!, je = m.ctxOff[e + 1]!; j < je; j++) {
    const c = m.ctxData[j]!;
    if (occ.head(ctxNode(c)) !== -1) pageGroups |= 1 << ctxGroup(c);
  }
  if (popcount(pageGroups) < minCtx || (pageGroups & required) >>> 0 !== required) return null;

  // Items in token order; on one token, in the order the rule lists its parts (all, any,
  // context), then by hit, then by the pattern's place in its owner's list.
  // Every satisfying window holds an occurrence of each `all` entity, so only items within WINDOW
  // tokens of an occurrence of one of them (the one named least on this page) can be in one; the
  // others change neither which windows satisfy the rule nor the best one. A long page full of
  // common words then costs each candidate in proportion to its rarest entity's mentions.
  const near = a1 > a0 ? anchorTokens(m, occ, a0, a1) : null;
  const items: WindowItem[] = [];
  const order: number[] = [];
  let part = 0;
  const addNode = (node: number, role: number, pos: number) => {
    let p = 0;
    const end = occ.list(node) + occ.count(node);
    const toks = occ.listTok;
    for (let k = occ.list(node); k < end; k++) {
      const t = toks[k]!;
      if (near) {
        while (p < near.length && near[p]! < t - WINDOW) p++;
        if (p === near.length) break;
        // Too early for the next anchor: skip to the first occurrence near it.
        if (near[p]! > t + WINDOW) {
          k = firstAtOrAfter(toks, k + 1, end, near[p]! - WINDOW) - 1;
          continue;
        }
      }
      const i = occ.listOcc[k]!;
      items.push({ tok: t, role, occ: i });
      order.push(part * 2 ** 45 + occ.hit[i]! * LIST_POS + pos);
    }
  };
  const addEntity = (ent: number) => {
    for (let j = m.entPatOff[ent]!, je = m.entPatOff[ent + 1]!; j < je; j++) addNode(m.entPatData[j]!, ent, j - m.entPatOff[ent]!);
    part++;
  };
  const allSet = new Set<number>();
  const anySet = new Set<number>();
  for (let j = a0; j < a1; j++) {
    const ent = m.allData[j]!;
    if (allSet.has(ent)) continue;
    allSet.add(ent);
    addEntity(ent);
  }
  for (let j = m.anyOff[e]!; j < m.anyOff[e + 1]!; j++) {
    const ent = m.anyData[j]!;
    if (allSet.has(ent) || anySet.has(ent)) continue;
    anySet.add(ent);
    addEntity(ent);
  }
  for (let j = m.ctxOff[e]!, je = m.ctxOff[e + 1]!; j < je; j++) {
    const c = m.ctxData[j]!;
    addNode(ctxNode(c), contextRole(ctxGroup(c)), j - m.ctxOff[e]!);
  }
  occ.work += items.length;
  const idx = items.map((_, i) => i);
  idx.sort((x, y) => items[x]!.tok - items[y]!.tok || order[x]! - order[y]!);
  const sorted = idx.map((i) => items[i]!);
  items.length = 0;
  items.push(...sorted);

  let requiredHave = 0; // bitmask of required groups present in the window
  const counts = new Map<number, number>();
  let allHave = 0;
  let anyHave = 0;
  let groupsHave = 0;
  let best: WindowResult | null = null;
  let satisfied = 0;
  const inc = (role: number, d: number) => {
    const before = counts.get(role) ?? 0;
    const after = before + d;
    counts.set(role, after);
    const delta = before === 0 && after > 0 ? 1 : before > 0 && after === 0 ? -1 : 0;
    if (delta === 0) return;
    if (role < 0) {
      groupsHave += delta;
      const g = roleGroup(role);
      if (g < 32 && (required & (1 << g)) !== 0) requiredHave ^= 1 << g;
    }
    else if (allSet.has(role)) allHave += delta;
    else if (anySet.has(role)) anyHave += delta;
  };
  let lo = 0;
  for (let hi = 0; hi < items.length; hi++) {
    inc(items[hi]!.role, 1);
    while (items[hi]!.tok - items[lo]!.tok > WINDOW) inc(items[lo++]!.role, -1);
    if (allHave === allSet.size && anyHave >= anyMin && groupsHave >= minCtx && (requiredHave >>> 0) === required) {
      satisfied++;
      if (!best || groupsHave > best.groups) best = { groups: groupsHave, satisfied: 0, items: items.slice(lo, hi + 1) };
    }
  }
  if (best) best.satisfied = satisfied;
  return best;
}
