import { describe, expect, it } from 'vitest';
import {
  compileIndex, ENTRY_INTS, ENTRY_KIND_GROUP, ENTRY_LENGTH, ENTRY_OWNER, ENTRY_WORDS, entryGroup, entryKind,
  packEntry, PAT_CONTEXT, PAT_ENTITY, PAT_PHRASE, type CompiledMatcher,
} from '../../../lib/matcher/compile';
import { lookupString, postingsEnd, postingsStart } from '../../../lib/matcher/hash-table';
import { sampleIndex } from './sample-index';

/** The pattern entries listed under the word ids an exact (folded) page word maps to. */
function entriesFor(m: CompiledMatcher, folded: string) {
  const key = lookupString(m.exact, folded);
  expect(key).toBeGreaterThanOrEqual(0);
  const out: { length: number; owner: number; kind: number; group: number; words: number[] }[] = [];
  for (let p = postingsStart(m.exact, key); p < postingsEnd(m.exact, key); p++) {
    const w = m.exact.data[p]!;
    for (let f = m.firstOff[w]! * ENTRY_INTS; f < m.firstOff[w + 1]! * ENTRY_INTS; f += ENTRY_INTS) {
      const off = m.firstInfo[f + ENTRY_WORDS]!;
      const length = m.firstInfo[f + ENTRY_LENGTH]!;
      const kg = m.firstInfo[f + ENTRY_KIND_GROUP]!;
      out.push({
        length, owner: m.firstInfo[f + ENTRY_OWNER]!, kind: entryKind(kg), group: entryGroup(kg),
        words: [...m.patWords.subarray(off, off + length)],
      });
    }
  }
  return out;
}

describe('compiled pattern entries', () => {
  it('pack and unpack every kind with any context group the schema allows', () => {
    const info = new Int32Array(ENTRY_INTS * 2);
    for (const kind of [PAT_ENTITY, PAT_CONTEXT, PAT_PHRASE]) {
      for (const group of [0, 1, 31]) {
        packEntry(info, ENTRY_INTS, 123_456, 7, 99_999, kind, group);
        expect([...info.subarray(0, ENTRY_INTS)]).toEqual([0, 0, 0, 0]);
        expect(info[ENTRY_INTS + ENTRY_WORDS]).toBe(123_456);
        expect(info[ENTRY_INTS + ENTRY_LENGTH]).toBe(7);
        expect(info[ENTRY_INTS + ENTRY_OWNER]).toBe(99_999);
        expect(entryKind(info[ENTRY_INTS + ENTRY_KIND_GROUP]!)).toBe(kind);
        expect(entryGroup(info[ENTRY_INTS + ENTRY_KIND_GROUP]!)).toBe(group);
      }
    }
  });

  it('list each name, term and phrase under its first word, with its owner, kind and group', () => {
    const m = compileIndex(sampleIndex());
    /** The word id a page word maps to first (its own word, listed before words of other forms). */
    const wordOf = (folded: string) => m.exact.data[postingsStart(m.exact, lookupString(m.exact, folded))]!;
    const witkoff = wordOf('witkoff');
    // "Steve Witkoff": entity 0, two words, the second one "witkoff".
    expect(entriesFor(m, 'steve')).toContainEqual({ length: 2, owner: 0, kind: PAT_ENTITY, group: 0, words: [wordOf('steve'), witkoff] });
    // "Witkoff" alone, and the phrase "Witkoff-Ushakov call" of event 0, start with the same word.
    const underWitkoff = entriesFor(m, 'witkoff');
    expect(underWitkoff).toContainEqual({ length: 1, owner: 0, kind: PAT_ENTITY, group: 0, words: [witkoff] });
    expect(underWitkoff).toContainEqual(expect.objectContaining({ length: 3, owner: 0, kind: PAT_PHRASE }));
    // "Moscow" is context group 2 of event 1; "summit" group 0 of event 2.
    expect(entriesFor(m, 'moscow')).toContainEqual(expect.objectContaining({ length: 1, owner: 1, kind: PAT_CONTEXT, group: 2 }));
    expect(entriesFor(m, 'summit')).toContainEqual(expect.objectContaining({ length: 1, owner: 2, kind: PAT_CONTEXT, group: 0 }));
  });
});
