/**
 * The compiled matcher as IndexedDB stores it (and packed.ts ships it): typed arrays and string
 * arrays, which structured clone copies as blocks, in a more compact form than the scanner's.
 * Restoring rebuilds the scanner's layout from it in a few linear passes, without compiling:
 *  - a word table keeps only its occupied slots, in slot order, with a bitmap of which slots they
 *    were (the table is put back exactly as it was), and its "certainly absent" filter as it is
 *    (recomputing it cost restore a cache miss per key);
 *  - the trie's edge table keeps one (parent, word) pair per node that is not a single word: node
 *    wordCount + i is the child of edge i, and edges are placed again in the order compile placed
 *    them (node order), which gives the same table;
 *  - a CSR list's offsets are kept as the lists' lengths, in the narrowest unsigned type that
 *    holds them (most lists have under 256 items).
 * fromStored(toStored(m)) equals m field for field.
 */
import { edgeTable, MATCHER_FORMAT, type CompiledMatcher } from './compile';
import { SLOT_INTS, SLOT_VALUE, type HashMultiMap } from './hash-table';

/** A word table without its empty slots (see the header). */
export interface StoredTable {
  keys: number;
  size: number;
  valueBits: number;
  wordMask: number;
  /** Bit i (occupied[i >> 3] >> (i & 7)) set: slot i holds a key. */
  occupied: Uint8Array;
  /** SLOT_INTS numbers per occupied slot, in slot order. */
  slots: Int32Array;
  data: Int32Array;
  bits: Uint32Array;
}

type Lengths = Uint8Array | Uint16Array | Int32Array;

/** CSR offset fields, stored as lengths under the same name. */
const CSR = {
  trigOff: 'trigData', entPatOff: 'entPatData', ctxOff: 'ctxData', phrOff: 'phrData', allOff: 'allData', anyOff: 'anyData',
  anchorOff: 'anchorData', dayOff: 'dayData',
} as const;
type OffsetField = keyof typeof CSR;
const OFFSET_FIELDS = Object.keys(CSR) as OffsetField[];

export type StoredMatcher = Omit<CompiledMatcher, 'exact' | 'fuzzy' | 'next' | OffsetField> & {
  exact: StoredTable;
  fuzzy: StoredTable;
  /** Per node from wordCount on: [parent node, word id] of the edge that leads to it. */
  edges: Int32Array;
} & Record<OffsetField, Lengths>;

function storeTable(t: HashMultiMap): StoredTable {
  const occupied = new Uint8Array(Math.ceil(t.size / 8));
  const slots = new Int32Array(t.keys * SLOT_INTS);
  let k = 0;
  for (let i = 0; i < t.size; i++) {
    const b = i * SLOT_INTS;
    if (t.tab[b + SLOT_VALUE] === 0) continue;
    occupied[i >> 3]! |= 1 << (i & 7);
    for (let j = 0; j < SLOT_INTS; j++) slots[k++] = t.tab[b + j]!;
  }
  return { keys: t.keys, size: t.size, valueBits: t.valueBits, wordMask: t.wordMask, occupied, slots, data: t.data, bits: t.bits };
}

function restoreTable(s: StoredTable): HashMultiMap {
  const tab = new Int32Array(s.size * SLOT_INTS);
  const { occupied, slots, wordMask } = s;
  let k = 0;
  for (let byte = 0; byte < occupied.length; byte++) {
    let set = occupied[byte]!;
    while (set !== 0) {
      const bit = 31 - Math.clz32(set & -set);
      set &= set - 1;
      const b = (byte * 8 + bit) * SLOT_INTS;
      for (let j = 0; j < SLOT_INTS; j++) tab[b + j] = slots[k + j]!;
      k += SLOT_INTS;
    }
  }
  if (k !== slots.length) throw new Error('stored matcher is damaged: word table');
  return { keys: s.keys, size: s.size, tab, valueBits: s.valueBits, data: s.data, wordMask, bits: s.bits };
}

function lengthsOf(off: Int32Array): Lengths {
  let max = 0;
  for (let i = 1; i < off.length; i++) max = Math.max(max, off[i]! - off[i - 1]!);
  const out = max < 256 ? new Uint8Array(off.length - 1) : max < 65536 ? new Uint16Array(off.length - 1) : new Int32Array(off.length - 1);
  for (let i = 1; i < off.length; i++) out[i - 1] = off[i]! - off[i - 1]!;
  return out;
}

function offsetsOf(lengths: Lengths): Int32Array {
  const off = new Int32Array(lengths.length + 1);
  let n = 0;
  for (let i = 0; i < lengths.length; i++) off[i + 1] = n += lengths[i]!;
  return off;
}

/** The trie's edges as (parent, word) per node from wordCount on (see the header). */
function storeEdges(m: CompiledMatcher): Int32Array {
  const edges = new Int32Array((m.nodeFlags.length - m.wordCount) * 2);
  for (let i = 0; i <= m.nextMask; i++) {
    const child = m.next[i * 3 + 2]! - 1;
    if (child < 0) continue;
    edges[(child - m.wordCount) * 2] = m.next[i * 3]!;
    edges[(child - m.wordCount) * 2 + 1] = m.next[i * 3 + 1]!;
  }
  return edges;
}

export function toStored(m: CompiledMatcher): StoredMatcher {
  const { exact, fuzzy, next: _next, nextMask: _mask, ...rest } = m;
  const out = { ...rest, exact: storeTable(exact), fuzzy: storeTable(fuzzy), edges: storeEdges(m) } as Record<string, unknown>;
  for (const f of OFFSET_FIELDS) out[f] = lengthsOf(m[f]);
  return out as StoredMatcher;
}

const TYPED_FIELDS = [
  'nodeFlags', 'edges', 'trigOff', 'trigData', 'entPatOff', 'entPatData', 'ctxOff', 'ctxData', 'phrOff', 'phrData',
  'allOff', 'allData', 'anyOff', 'anyData', 'anyMin', 'minContext', 'groupCount', 'requiredGroups', 'visibleFrom',
  'anchorOff', 'anchorData', 'sourceEvent', 'entityEvents', 'dayOff', 'dayData',
] as const;

/**
 * The matcher the scanner reads, rebuilt from its stored form. Throws when the stored matcher was
 * made by another engine version or is damaged: recompile then.
 */
export function fromStored(s: StoredMatcher): CompiledMatcher {
  if (!s || typeof s !== 'object' || s.format !== MATCHER_FORMAT) {
    throw new Error(`stored matcher has format ${String((s as { format?: unknown })?.format)}, expected ${MATCHER_FORMAT}`);
  }
  for (const f of TYPED_FIELDS) {
    if (!ArrayBuffer.isView(s[f])) throw new Error(`stored matcher is damaged: ${f}`);
  }
  for (const t of [s.exact, s.fuzzy]) {
    if (!t || !(t.slots instanceof Int32Array) || !(t.data instanceof Int32Array) || !(t.occupied instanceof Uint8Array)
      || !(t.bits instanceof Uint32Array) || t.bits.length !== t.wordMask + 1
      || t.slots.length !== t.keys * SLOT_INTS || t.occupied.length !== Math.ceil(t.size / 8) || !(t.keys <= t.size)
      || !Number.isInteger(t.wordMask) || t.wordMask < 0 || ((t.wordMask + 1) & t.wordMask) !== 0
      || !(t.valueBits > 0 && t.valueBits <= 32)) {
      throw new Error('stored matcher is damaged: word table');
    }
  }
  const events = s.eventIds?.length;
  if (!Array.isArray(s.eventIds) || s.allOff.length !== events || s.dayOff.length !== events) {
    throw new Error('stored matcher is damaged: events');
  }
  if (!Array.isArray(s.entityIds) || s.entityEvents.length !== s.entityIds.length) {
    throw new Error('stored matcher is damaged: entities');
  }
  if (s.trigOff.length !== s.nodeFlags.length || s.edges.length !== (s.nodeFlags.length - s.wordCount) * 2 || !(s.wordCount <= s.nodeFlags.length)) {
    throw new Error('stored matcher is damaged: patterns');
  }
  const off = (f: OffsetField): Int32Array => {
    const o = offsetsOf(s[f]);
    if (o[o.length - 1] !== s[CSR[f]].length) throw new Error(`stored matcher is damaged: ${f}`);
    return o;
  };
  const { nextMask, next } = edgeTable(s.edges, s.wordCount);
  // Field by field in CompiledMatcher's order: restored and compiled matchers have one shape.
  return {
    format: s.format,
    eventIds: s.eventIds,
    entityIds: s.entityIds,
    exact: restoreTable(s.exact),
    fuzzy: restoreTable(s.fuzzy),
    wordCount: s.wordCount,
    nodeFlags: s.nodeFlags,
    nextMask,
    next,
    trigOff: off('trigOff'),
    trigData: s.trigData,
    entPatOff: off('entPatOff'),
    entPatData: s.entPatData,
    ctxOff: off('ctxOff'),
    ctxData: s.ctxData,
    phrOff: off('phrOff'),
    phrData: s.phrData,
    allOff: off('allOff'),
    allData: s.allData,
    anyOff: off('anyOff'),
    anyData: s.anyData,
    anyMin: s.anyMin,
    minContext: s.minContext,
    groupCount: s.groupCount,
    requiredGroups: s.requiredGroups,
    visibleFrom: s.visibleFrom,
    anchorOff: off('anchorOff'),
    anchorData: s.anchorData,
    entityEvents: s.entityEvents,
    dayOff: off('dayOff'),
    dayData: s.dayData,
    sourceUrls: s.sourceUrls,
    sourceEvent: s.sourceEvent,
  };
}
