/**
 * From matched words to pattern occurrences: the scanner reports each index word found (Hits:
 * token number, word id, offsets); here each hit starts a walk down the pattern trie (compile.ts):
 * the word's own node, then the nodes of longer patterns whose next words are hits on the next
 * tokens. Each pattern reached is recorded once per place (Occurrences), however many entities or
 * events use it; its triggers (entities that now occur, events with a phrase or entity-less rule)
 * fire on its first occurrence only. Work: hits x pattern length, plus triggers once per pattern.
 */
import { childOf, NODE_CHILDREN, NODE_PATTERN, triggersAt, type CompiledMatcher } from './compile';
import { Occurrences } from './occurrences';
import type { Hits } from './scan';

/** One Occurrences per matcher, reused by every scan (matchPage is synchronous). */
const pools = new WeakMap<CompiledMatcher, Occurrences>();

function occurrencesFor(m: CompiledMatcher): Occurrences {
  let occ = pools.get(m);
  if (!occ) {
    occ = new Occurrences(m.entityIds.length, m.eventIds.length, m.nodeFlags.length);
    pools.set(m, occ);
  }
  return occ;
}

/**
 * Per node, its flags and triggers in one number (derived on first use per matcher, 4 bytes a
 * node, not stored): the flags in bits 0-1, then ONE_TRIGGER with the trigger itself (most
 * patterns that have triggers have one: a name of one entity) or MANY_TRIGGERS (read them through
 * triggersAt, trigOff and trigData). A hit's node then costs one memory read where it cost three (nodeFlags, trigOff,
 * trigData): with a large index, each is a cache miss.
 */
const ONE_TRIGGER = 1 << 2;
const MANY_TRIGGERS = 2 << 2;
const TRIGGER_SHIFT = 4;
const infos = new WeakMap<CompiledMatcher, Int32Array>();

function nodeInfo(m: CompiledMatcher): Int32Array {
  let info = infos.get(m);
  if (!info) {
    const { nodeFlags, trigOff, trigData } = m;
    const nodes = nodeFlags.length;
    info = new Int32Array(nodes);
    for (let node = 0; node < nodes; node++) {
      // Triggers are kept for the nodes that have some (triggersAt: -1 for the others).
      const r = triggersAt(m, node);
      const t = r < 0 ? 0 : trigOff[r]!;
      const count = r < 0 ? 0 : trigOff[r + 1]! - t;
      const one = count === 1 && trigData[t]! < 1 << (31 - TRIGGER_SHIFT);
      info[node] = nodeFlags[node]! | (one ? ONE_TRIGGER | (trigData[t]! << TRIGGER_SHIFT) : count > 0 ? MANY_TRIGGERS : 0);
    }
    infos.set(m, info);
  }
  return info;
}

/** Turns word hits into pattern occurrences (multi-word patterns need consecutive tokens). */
export function collectOccurrences(m: CompiledMatcher, hits: Hits): Occurrences {
  const occ = occurrencesFor(m);
  occ.reset();
  const flags = nodeInfo(m);
  const fire = (trig: number): void => {
    if ((trig & 1) === 0) occ.markEntity(trig >>> 1);
    else occ.markEvent(trig >>> 1);
  };
  const hTok = hits.tok;
  const hWord = hits.word;
  const n = hits.n;
  let work = 0;

  const reach = (node: number, j: number, last: number, end: number, fuzzy: number): void => {
    work++;
    const f = flags[node]!;
    if ((f & NODE_PATTERN) !== 0 && occ.record(node, hTok[j]!, hits.start[j]!, end, fuzzy, j) === 1) {
      if ((f & ONE_TRIGGER) !== 0) {
        fire(f >>> TRIGGER_SHIFT);
        work++;
      } else if ((f & MANY_TRIGGERS) !== 0) {
        const r = triggersAt(m, node);
        for (let t = m.trigOff[r]!, te = m.trigOff[r + 1]!; t < te; t++) {
          fire(m.trigData[t]!);
          work++;
        }
      }
    }
    if ((f & NODE_CHILDREN) !== 0) {
      // Longer patterns: a hit on the next token whose word continues this one.
      const want = hTok[last]! + 1;
      for (let k = last + 1; k < n && hTok[k]! <= want; k++) {
        if (hTok[k] !== want) continue;
        const child = childOf(m, node, hWord[k]!);
        if (child >= 0) reach(child, j, k, hits.end[k]!, fuzzy | hits.fuzzy[k]!);
      }
    }
  };

  for (let j = 0; j < n; j++) {
    const w = hWord[j]!;
    if ((flags[w]! & (NODE_PATTERN | NODE_CHILDREN)) !== 0) reach(w, j, j, hits.end[j]!, hits.fuzzy[j]!);
  }
  occ.work += work;
  return occ;
}

/** Units of work the last page matched with `m` took (see Occurrences.work), for tests and benchmarks. */
export function lastPageWork(m: CompiledMatcher): number {
  return pools.get(m)?.work ?? 0;
}
