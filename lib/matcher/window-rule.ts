/**
 * An event's rule on one page: every `all` entity, at least anyMin of `any`, at least minContext
 * different context groups and every required group, all within WINDOW tokens of each other.
 * A sliding window over the rule's occurrences in token order finds the best place (most groups)
 * and counts how many window positions satisfy the rule.
 */
import type { CompiledMatcher } from './compile';
import type { Occurrences } from './occurrences';

/** Tokens: how close together a rule's names and terms must be (about a paragraph or two). */
export const WINDOW = 100;

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
  addList(occ.ctxHead(e), (i) => contextRole(occ.group[i]!));
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
