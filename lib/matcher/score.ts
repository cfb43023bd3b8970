/**
 * From matched words to events: assemble multi-word patterns, then apply each candidate event's
 * rule (required entities + enough different context groups within one window of tokens, or a
 * distinctive phrase), and score what was found. Every match carries its evidence.
 */
import type { CompiledMatcher } from './compile';
import { PAT_CONTEXT, PAT_ENTITY } from './compile';
import { Occurrences } from './occurrences';
import type { Hits } from './scan';
import type { Evidence } from './types';

/** Tokens: how close together a rule's names and terms must be (about a paragraph or two). */
export const WINDOW = 100;

const pools = new WeakMap<CompiledMatcher, Occurrences>();

/** Turns word hits into pattern occurrences (multi-word patterns need consecutive tokens). */
export function collectOccurrences(m: CompiledMatcher, hits: Hits): Occurrences {
  let occ = pools.get(m);
  if (!occ) {
    occ = new Occurrences(m.entityIds.length, m.eventIds.length);
    pools.set(m, occ);
  }
  occ.reset();
  const { firstOff, firstInfo, patWords } = m;
  const hTok = hits.tok;
  const hWord = hits.word;
  // Patterns already recorded at the current token (a token can match several words via stems).
  const atToken: number[] = [];
  let currentTok = -1;
  for (let j = 0; j < hits.n; j++) {
    const w = hWord[j]!;
    const tok = hTok[j]!;
    if (tok !== currentTok) {
      currentTok = tok;
      atToken.length = 0;
    }
    for (let f = firstOff[w]! * 4, fe = firstOff[w + 1]! * 4; f < fe; f += 4) {
      const p = f; // the entry's position identifies the pattern
      const off = firstInfo[f]!;
      const len = firstInfo[f + 1]!;
      let end = hits.end[j]!;
      let fuzzy = hits.fuzzy[j]!;
      if (len > 1) {
        let q = 1;
        let k = j + 1;
        while (q < len && k < hits.n) {
          const t = hTok[k]!;
          if (t > tok + q) break;
          if (t === tok + q && hWord[k] === patWords[off + q]) {
            end = hits.end[k]!;
            fuzzy |= hits.fuzzy[k]!;
            q++;
          }
          k++;
        }
        if (q < len) continue;
      }
      if (atToken.length > 0 && atToken.includes(p)) continue;
      atToken.push(p);
      const owner = firstInfo[f + 2]!;
      const kind = firstInfo[f + 3]! >>> 16;
      const i = occ.add(tok, hits.start[j]!, end, fuzzy, firstInfo[f + 3]! & 0xffff);
      if (kind === PAT_ENTITY) occ.addEntity(owner, i);
      else occ.addEvent(owner, i, kind !== PAT_CONTEXT);
    }
  }
  return occ;
}

export interface WindowItem {
  tok: number;
  /** Entity index for names, -1 - group for context terms. */
  role: number;
  occ: number;
}

export interface WindowResult {
  /** Distinct context groups in the best window. */
  groups: number;
  /** How many window positions satisfied the rule (repeated mentions score higher). */
  satisfied: number;
  items: WindowItem[];
}

/** Best window for event e, or null when its rule is not met anywhere on the page. */
export function bestWindow(m: CompiledMatcher, e: number, occ: Occurrences): WindowResult | null {
  const minCtx = m.minContext[e]!;
  const anyMin = m.anyMin[e]!;
  const a0 = m.allOff[e]!;
  const a1 = m.allOff[e + 1]!;
  for (let j = a0; j < a1; j++) if (occ.entHead(m.allData[j]!) === -1) return null;
  let anyFound = 0;
  for (let j = m.anyOff[e]!; j < m.anyOff[e + 1]!; j++) if (occ.entHead(m.anyData[j]!) !== -1) anyFound++;
  if (anyFound < anyMin) return null;

  const items: WindowItem[] = [];
  const addList = (head: number, role: (i: number) => number) => {
    for (let i = head; i !== -1; i = occ.next[i]!) items.push({ tok: occ.tok[i]!, role: role(i), occ: i });
  };
  const allSet = new Set<number>();
  const anySet = new Set<number>();
  for (let j = a0; j < a1; j++) {
    const ent = m.allData[j]!;
    if (allSet.has(ent)) continue;
    allSet.add(ent);
    addList(occ.entHead(ent), () => ent);
  }
  for (let j = m.anyOff[e]!; j < m.anyOff[e + 1]!; j++) {
    const ent = m.anyData[j]!;
    if (allSet.has(ent) || anySet.has(ent)) continue;
    anySet.add(ent);
    addList(occ.entHead(ent), () => ent);
  }
  addList(occ.ctxHead(e), (i) => -1 - occ.group[i]!);
  items.sort((x, y) => x.tok - y.tok);

  const required = m.requiredGroups[e]!;
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
      const g = -1 - role;
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

/** Evidence for the best window: each entity name and each context group once, in page order. */
export function windowEvidence(m: CompiledMatcher, w: WindowResult, occ: Occurrences, text: string): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  // A name inside a longer name of the same entity ("Witkoff" in "Steve Witkoff") is not shown twice.
  const inside = (it: WindowItem) => w.items.some((o) => o !== it && o.role === it.role
    && occ.start[o.occ]! <= occ.start[it.occ]! && occ.end[o.occ]! >= occ.end[it.occ]!
    && occ.end[o.occ]! - occ.start[o.occ]! > occ.end[it.occ]! - occ.start[it.occ]!);
  for (const it of w.items) {
    const start = occ.start[it.occ]!;
    const end = occ.end[it.occ]!;
    const t = text.slice(start, end);
    if (it.role >= 0) {
      if (inside(it)) continue;
      const key = `e${it.role}:${t.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ kind: 'entity', entity: m.entityIds[it.role]!, text: t, start, end });
    } else {
      const group = -1 - it.role;
      const key = `c${group}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ kind: 'context', group, text: t, start, end });
    }
  }
  return out;
}

export const windowScore = (w: WindowResult, minContext: number): number =>
  Math.min(0.95, 0.6 + 0.1 * Math.min(3, w.groups - minContext) + 0.03 * Math.min(5, w.satisfied - 1));

export const phraseScore = (count: number): number => Math.min(0.97, 0.8 + 0.05 * (count - 1));

export const LINK_SCORE = 0.5;
export const REPORT_THRESHOLD = 0.5;
