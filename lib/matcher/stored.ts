/**
 * The compiled matcher as IndexedDB stores it. It is already made of typed arrays and string
 * arrays, which structured clone copies as blocks, so storing is identity plus a format stamp,
 * and restoring only checks that the stamp and the shape are what this build expects.
 *
 * Why not a more compact stored form rebuilt at restore (tried: word tables without their empty
 * slots and filters, trie edges as pairs, list offsets as lengths: 100k events stored in 37 MB
 * instead of 46): any typed array restore allocates from JavaScript, after structured clone has
 * made 40 MB of them, lets V8 run a full GC right there; with a large heap (the benchmark keeps the
 * index document alive) restore_ms_100k went from about 50 to about 300 ms. Restoring allocates
 * nothing as it is.
 */
import { MATCHER_FORMAT, type CompiledMatcher } from './compile';
import { SLOT_INTS } from './hash-table';
import { popcount32 } from './ranked-bits';

export type StoredMatcher = CompiledMatcher;

export const toStored = (m: CompiledMatcher): StoredMatcher => m;

const TYPED_FIELDS = [
  'nodeFlags', 'childNodes', 'childRanks', 'childStart', 'childWord', 'trigNodes', 'trigRanks', 'trigOff', 'trigData', 'entPatOff', 'entPatData', 'ctxOff', 'ctxData', 'phrOff', 'phrData',
  'allOff', 'allData', 'anyOff', 'anyData', 'anyMin', 'minContext', 'groupCount', 'requiredGroups', 'visibleFrom',
  'anchorOff', 'anchorData', 'sourceEvent', 'entityEvents', 'dayOff', 'dayData',
] as const;

/** Throws when the stored matcher was made by another engine version or is damaged: recompile then. */
export function fromStored(s: StoredMatcher): CompiledMatcher {
  if (!s || typeof s !== 'object' || s.format !== MATCHER_FORMAT) {
    throw new Error(`stored matcher has format ${String((s as { format?: unknown })?.format)}, expected ${MATCHER_FORMAT}`);
  }
  for (const f of TYPED_FIELDS) {
    if (!ArrayBuffer.isView(s[f])) throw new Error(`stored matcher is damaged: ${f}`);
  }
  for (const t of [s.exact, s.fuzzy]) {
    if (!t || !(t.tab instanceof Int32Array) || !(t.data instanceof Int32Array) || !(t.bits instanceof Uint32Array)
      || t.tab.length !== t.size * SLOT_INTS || t.bits.length !== t.wordMask + 1 || !(t.valueBits > 0 && t.valueBits <= 32)) {
      throw new Error('stored matcher is damaged: word table');
    }
  }
  if (!Array.isArray(s.eventIds) || s.eventIds.length + 1 !== s.allOff.length || s.dayOff.length !== s.eventIds.length + 1) {
    throw new Error('stored matcher is damaged: events');
  }
  if (!Array.isArray(s.entityIds) || s.entityEvents.length !== s.entityIds.length) {
    throw new Error('stored matcher is damaged: entities');
  }
  const words = s.trigNodes.length;
  const members = words === 0 ? 0 : s.trigRanks[words - 1]! + popcount32(s.trigNodes[words - 1]!);
  if (words !== Math.ceil(s.nodeFlags.length / 32) || s.trigRanks.length !== words || s.trigOff.length !== members + 1 || s.childNodes.length !== words || s.childRanks.length !== words || s.childWord.length !== s.nodeFlags.length - s.wordCount || s.wordCount > s.nodeFlags.length) {
    throw new Error('stored matcher is damaged: patterns');
  }
  return s;
}
