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
  const near = a1 > a0 ? anchorTokens(m, occ, a0, a1) : null;
  // Items go to reused typed arrays (TOK, ROLE, OCC, ORD; KIND by local role): objects are made
  // only for the best window. A local role is an entity's part number (0, 1, ...) or, for a
  // context group g, parts + g.
  let n = 0;
  let part = 0;
  const addNode = (slot: number, local: number, pos: number) => {
    if (slot === -1) return;
    let p = 0;
    const from = occ.runAt(slot);
    const end = from + occ.countAt(slot);
    const toks = occ.listTok;
    for (let k = from; k < end; k++) {
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
      if (n === TOK.length) growItems();
      const i = occ.listOcc[k]!;
      TOK[n] = t;
      ROLE[n] = local;
      OCC[n] = i;
      ORD[n++] = part * 2 ** 45 + occ.hit[i]! * LIST_POS + pos;
    }
  };
  // Each entity once: `all` first, then `any` (one not already in `all`).
  const parts: number[] = [];
  const addEntity = (ent: number, kind: number) => {
    if (parts.includes(ent)) return;
    if (part === KIND.length) KIND = grown(KIND, 2 * part);
    KIND[part] = kind;
    parts.push(ent);
    for (let j = m.entPatOff[ent]!, je = m.entPatOff[ent + 1]!; j < je; j++) addNode(occ.slot(m.entPatData[j]!), part, j - m.entPatOff[ent]!);
    part++;
  };
  for (let j = a0; j < a1; j++) addEntity(m.allData[j]!, KIND_ALL);
  const allCount = part;
  for (let j = m.anyOff[e]!; j < m.anyOff[e + 1]!; j++) addEntity(m.anyData[j]!, KIND_ANY);
  const entityParts = part;
  for (let j = c0; j < c1; j++) addNode(CTX_SLOT[j - c0]!, entityParts + ctxGroup(m.ctxData[j]!), j - c0);
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
  const inc = (local: number, d: number) => {
    const before = counts[local]!;
    const after = before + d;
    counts[local] = after;
    const delta = before === 0 && after > 0 ? 1 : before > 0 && after === 0 ? -1 : 0;
    if (delta === 0) return;
    if (local >= entityParts) {
      groupsHave += delta;
      const g = local - entityParts;
      if (g < 32 && (required & (1 << g)) !== 0) requiredHave ^= 1 << g;
    }
    else if (KIND[local] === KIND_ALL) allHave += delta;
    else anyHave += delta;
  };
  let lo = 0;
  for (let hi = 0; hi < n; hi++) {
    inc(ROLE[idx[hi]!]!, 1);
    while (TOK[idx[hi]!]! - TOK[idx[lo]!]! > WINDOW) inc(ROLE[idx[lo++]!]!, -1);
    if (allHave === allCount && anyHave >= anyMin && groupsHave >= minCtx && (requiredHave >>> 0) === required) {
      satisfied++;
      if (!best || groupsHave > best.groups) {
        const items: WindowItem[] = [];
        for (let q = lo; q <= hi; q++) {
          const it = idx[q]!;
          const local = ROLE[it]!;
          items.push({ tok: TOK[it]!, role: local >= entityParts ? contextRole(local - entityParts) : parts[local]!, occ: OCC[it]! });
        }
        best = { groups: groupsHave, satisfied: 0, items };
      }
    }
  }
  if (best) best.satisfied = satisfied;
  return best;
}
