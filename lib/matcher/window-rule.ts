/**
 * An event's rule on one page: every `all` entity, at least anyMin of `any`, at least minContext
 * different context groups and every required group, all within WINDOW tokens of each other.
 * A sliding window over the rule's occurrences in token order finds the best place (most groups)
 * and counts how many window positions satisfy the rule.
 */
import { ctxGroup, ctxNode, type CompiledMatcher } from './compile';
import { grown } from './int-lists';
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

/**
 * Token numbers, ascending, of the occurrences of the `all` entity (allData[a0 .. a1)) named least
 * on the page, into NEAR; returns how many. Read from the patterns' runs (Occurrences.list: in page
 * order), into a reused array: bestWindow runs for every candidate, most of them with few items.
 */
function anchorTokens(m: CompiledMatcher, occ: Occurrences, a0: number, a1: number): number {
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
  if (NEAR.length < bestCount) NEAR = new Int32Array(2 * bestCount);
  let n = 0;
  const k0 = m.entPatOff[best]!;
  const k1 = m.entPatOff[best + 1]!;
  for (let k = k0; k < k1; k++) {
    const slot = occ.slot(m.entPatData[k]!);
    if (slot === -1) continue;
    const from = occ.runAt(slot);
    const end = from + occ.countAt(slot);
    for (let q = from; q < end; q++) NEAR[n++] = occ.listTok[q]!;
  }
  if (k1 - k0 > 1) NEAR.subarray(0, n).sort();
  occ.work += n;
  return n;
}

/** bestWindow's items (reused: matchPage is not re-entrant): token, local role, occurrence, order on a token. */
let TOK = new Int32Array(256);
let ROLE = new Int32Array(256);
let OCC = new Int32Array(256);
let ORD = new Float64Array(256);
/** Item indexes, and the merge sort's second buffer. */
let IDX = new Int32Array(256);
let TMP = new Int32Array(256);
/** Per local role of an entity: KIND_ALL or KIND_ANY. */
let KIND = new Int8Array(16);
let COUNTS = new Int32Array(64);
/** Per context term of the event, its slot on the page (Occurrences.slot). */
let CTX_SLOT = new Int32Array(64);
/** anchorTokens' tokens; -1 in NEAR_LEN when the event has no `all` entity (no restriction). */
let NEAR = new Int32Array(256);
let NEAR_LEN = -1;
/** bestWindow's entities, by local role (each once: `all`, then `any` not in `all`). */
let PARTS = new Int32Array(16);
/** Items in TOK, ROLE, OCC, ORD. */
let itemCount = 0;
const KIND_ALL = 1;
const KIND_ANY = 2;

function growItems(): void {
  const size = TOK.length * 2;
  TOK = grown(TOK, size);
  ROLE = grown(ROLE, size);
  OCC = grown(OCC, size);
  ORD = grown(ORD, size);
  IDX = new Int32Array(size);
  TMP = new Int32Array(size);
}

/** x before y: by token, then by order (distinct for distinct items). */
const before = (x: number, y: number): boolean => TOK[x]! < TOK[y]! || (TOK[x] === TOK[y] && ORD[x]! < ORD[y]!);

/**
 * The indexes 0..n-1 of the items sorted by token, then order: a stable merge sort of runs of 16
 * sorted by insertion (as Array.prototype.sort with that comparison, without a call per comparison).
 */
function sortedItems(n: number): Int32Array {
  let a = IDX;
  let b = TMP;
  for (let i = 0; i < n; i++) a[i] = i;
  const RUN = 16;
  for (let s = 0; s < n; s += RUN) {
    const e = Math.min(n, s + RUN);
    for (let i = s + 1; i < e; i++) {
      const v = a[i]!;
      let j = i - 1;
      for (; j >= s && before(v, a[j]!); j--) a[j + 1] = a[j]!;
      a[j + 1] = v;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let s = 0; s < n; s += 2 * width) {
      const mid = Math.min(n, s + width);
      const e = Math.min(n, s + 2 * width);
      let i = s;
      let j = mid;
      let k = s;
      while (i < mid && j < e) b[k++] = before(a[j]!, a[i]!) ? a[j++]! : a[i++]!;
      while (i < mid) b[k++] = a[i++]!;
      while (j < e) b[k++] = a[j++]!;
    }
    const t = a;
    a = b;
    b = t;
  }
  return a;
}

/**
 * Adds the occurrences of the pattern at `slot` (-1: absent) as items of local role `local`, its
 * place in its owner's list `pos`, of part `part`. Only items within WINDOW tokens of an anchor
 * (NEAR) when the event has `all` entities.
 */
function addNode(occ: Occurrences, slot: number, local: number, pos: number, part: number): void {
  if (slot === -1) return;
  let p = 0;
  const from = occ.runAt(slot);
  const end = from + occ.countAt(slot);
  const toks = occ.listTok;
  const nearLen = NEAR_LEN;
  for (let k = from; k < end; k++) {
    const t = toks[k]!;
    if (nearLen !== -1) {
      while (p < nearLen && NEAR[p]! < t - WINDOW) p++;
      if (p === nearLen) break;
      // Too early for the next anchor: skip to the first occurrence near it.
      if (NEAR[p]! > t + WINDOW) {
        k = firstAtOrAfter(toks, k + 1, end, NEAR[p]! - WINDOW) - 1;
        continue;
      }
    }
    if (itemCount === TOK.length) growItems();
    const i = occ.listOcc[k]!;
    TOK[itemCount] = t;
    ROLE[itemCount] = local;
    OCC[itemCount] = i;
    ORD[itemCount++] = part * 2 ** 45 + occ.hit[i]! * LIST_POS + pos;
  }
}

/** Adds entity ent (unless already a part) as part `part` of kind `kind`; returns the next part number. */
function addEntity(m: CompiledMatcher, occ: Occurrences, ent: number, kind: number, part: number): number {
  for (let q = 0; q < part; q++) if (PARTS[q] === ent) return part;
  if (part === KIND.length) KIND = grown(KIND, 2 * part);
  if (part === PARTS.length) PARTS = grown(PARTS, 2 * part);
  KIND[part] = kind;
  PARTS[part] = ent;
  for (let j = m.entPatOff[ent]!, je = m.entPatOff[ent + 1]!; j < je; j++) addNode(occ, occ.slot(m.entPatData[j]!), part, j - m.entPatOff[ent]!, part);
  return part + 1;
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
  const c0 = m.ctxOff[e]!;
  const c1 = m.ctxOff[e + 1]!;
  // Where each term is kept on the page (-1: absent), for the items below (one lookup a term).
  if (CTX_SLOT.length < c1 - c0) CTX_SLOT = new Int32Array(2 * (c1 - c0));
  for (let j = c0; j < c1; j++) {
    const c = m.ctxData[j]!;
    const slot = occ.slot(ctxNode(c));
    CTX_SLOT[j - c0] = slot;
    if (slot !== -1) pageGroups |= 1 << ctxGroup(c);
  }
  if (popcount(pageGroups) < minCtx || (pageGroups & required) >>> 0 !== required) return null;

  // Items in token order; on one token, in the order the rule lists its parts (all, any,
  // context), then by hit, then by the pattern's place in its owner's list.
  // Every satisfying window holds an occurrence of each `all` entity, so only items within WINDOW
  // tokens of an occurrence of one of them (the one named least on this page) can be in one; the
  // others change neither which windows satisfy the rule nor the best one. A long page full of
  // common words then costs each candidate in proportion to its rarest entity's mentions.
  NEAR_LEN = a1 > a0 ? anchorTokens(m, occ, a0, a1) : -1;
  // Items go to reused typed arrays (TOK, ROLE, OCC, ORD; KIND by local role): objects are made
  // only for the best window. A local role is an entity's part number (0, 1, ...) or, for a
  // context group g, parts + g.
  itemCount = 0;
  let part = 0;
  // Each entity once: `all` first, then `any` (one not already in `all`).
  for (let j = a0; j < a1; j++) part = addEntity(m, occ, m.allData[j]!, KIND_ALL, part);
  const allCount = part;
  for (let j = m.anyOff[e]!; j < m.anyOff[e + 1]!; j++) part = addEntity(m, occ, m.anyData[j]!, KIND_ANY, part);
  const entityParts = part;
  for (let j = c0; j < c1; j++) addNode(occ, CTX_SLOT[j - c0]!, entityParts + ctxGroup(m.ctxData[j]!), j - c0, part);
  const n = itemCount;
  occ.work += n;
  const idx = sortedItems(n);

  let requiredHave = 0; // bitmask of required groups present in the window
  if (COUNTS.length < entityParts + 32) COUNTS = new Int32Array(2 * (entityParts + 32));
  const counts = COUNTS;
  counts.fill(0, 0, entityParts + 32);
  let allHave = 0;
  let anyHave = 0;
  let groupsHave = 0;
  let best: WindowResult | null = null;
  let satisfied = 0;
  let lo = 0;
  for (let hi = 0; hi < n; hi++) {
    // The item enters the window: a role counted the first time is one more part held.
    let local = ROLE[idx[hi]!]!;
    if (counts[local]!++ === 0) {
      if (local >= entityParts) {
        groupsHave++;
        const g = local - entityParts;
        if (g < 32 && (required & (1 << g)) !== 0) requiredHave ^= 1 << g;
      } else if (KIND[local] === KIND_ALL) allHave++;
      else anyHave++;
    }
    while (TOK[idx[hi]!]! - TOK[idx[lo]!]! > WINDOW) {
      // The oldest item leaves: a role no longer counted is one part fewer.
      local = ROLE[idx[lo++]!]!;
      if (--counts[local]! === 0) {
        if (local >= entityParts) {
          groupsHave--;
          const g = local - entityParts;
          if (g < 32 && (required & (1 << g)) !== 0) requiredHave ^= 1 << g;
        } else if (KIND[local] === KIND_ALL) allHave--;
        else anyHave--;
      }
    }
    if (allHave === allCount && anyHave >= anyMin && groupsHave >= minCtx && (requiredHave >>> 0) === required) {
      satisfied++;
      if (!best || groupsHave > best.groups) {
        const items: WindowItem[] = [];
        for (let q = lo; q <= hi; q++) {
          const it = idx[q]!;
          const local = ROLE[it]!;
          items.push({ tok: TOK[it]!, role: local >= entityParts ? contextRole(local - entityParts) : PARTS[local]!, occ: OCC[it]! });
        }
        best = { groups: groupsHave, satisfied: 0, items };
      }
    }
  }
  if (best) best.satisfied = satisfied;
  return best;
}
