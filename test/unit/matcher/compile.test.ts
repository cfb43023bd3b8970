import { describe, expect, it } from 'vitest';
import {
  FEW_EVENTS, childOf, compileIndex, ctxGroup, ctxNode, NODE_CHILDREN, NODE_PATTERN, packCtx, trigEntity, trigEvent, triggersAt, type CompiledMatcher,
} from '../../../lib/matcher/compile';
import { lookupString, postings } from '../../../lib/matcher/hash-table';
import { sampleIndex } from './sample-index';

/** The word id an exact (folded) page word maps to first (its own word, listed before words of other forms). */
function wordOf(m: CompiledMatcher, folded: string): number {
  const key = lookupString(m.exact, folded);
  expect(key).toBeGreaterThanOrEqual(0);
  return postings(m.exact, key)[0]!;
}

/** The pattern node of a sequence of folded words, or -1. */
function nodeOf(m: CompiledMatcher, ...folded: string[]): number {
  let node = wordOf(m, folded[0]!);
  for (const w of folded.slice(1)) {
    if (node < 0) return -1;
    node = childOf(m, node, wordOf(m, w));
  }
  return node;
}

const triggers = (m: CompiledMatcher, node: number) => {
  const r = triggersAt(m, node);
  return r < 0 ? [] : [...m.trigData.subarray(m.trigOff[r]!, m.trigOff[r + 1]!)];
};
const list = (off: Int32Array, data: Int32Array, i: number) => [...data.subarray(off[i]!, off[i + 1]!)];

describe('compiled patterns', () => {
  it('pack a context term node with any context group the schema allows', () => {
    for (const node of [0, 1, 123_456, 9_999_999]) {
      for (const group of [0, 1, 31]) {
        expect(ctxNode(packCtx(node, group))).toBe(node);
        expect(ctxGroup(packCtx(node, group))).toBe(group);
      }
    }
  });

  it('keep each name, term and phrase as a word sequence in the trie, with its owners', () => {
    const m = compileIndex(sampleIndex());
    // "Steve Witkoff" (entity 0) continues "steve"; "Witkoff" alone is a pattern too.
    const steveWitkoff = nodeOf(m, 'steve', 'witkoff');
    expect(steveWitkoff).toBeGreaterThanOrEqual(m.wordCount);
    expect(m.nodeFlags[wordOf(m, 'steve')]! & NODE_CHILDREN).toBe(NODE_CHILDREN);
    expect(m.nodeFlags[steveWitkoff]! & NODE_PATTERN).toBe(NODE_PATTERN);
    expect(list(m.entPatOff, m.entPatData, 0)).toEqual(expect.arrayContaining([steveWitkoff, wordOf(m, 'witkoff')]));
    expect(triggers(m, wordOf(m, 'witkoff'))).toContain(trigEntity(0));
    // The phrase "Witkoff-Ushakov call" of event 0 starts with the same word and fires event 0.
    const phrase = nodeOf(m, 'witkoff', 'ushakov', 'call');
    expect(list(m.phrOff, m.phrData, 0)).toEqual([phrase]);
    expect(triggers(m, phrase)).toEqual([trigEvent(0)]);
    // "Moscow" is context group 2 of event 1; "summit" group 0 of event 2. Their events have
    // entities, so the terms trigger nothing: the events are reached from their anchor entity.
    expect(list(m.ctxOff, m.ctxData, 1)).toContain(packCtx(wordOf(m, 'moscow'), 2));
    expect(list(m.ctxOff, m.ctxData, 2)).toContain(packCtx(wordOf(m, 'summit'), 0));
    expect(triggers(m, wordOf(m, 'moscow'))).toEqual([]);
    // Event 1 needs Witkoff and Putin; Putin is used by fewer events, so it anchors event 1.
    expect(list(m.anchorOff, m.anchorData, 2)).toContain(1);
    expect(list(m.anchorOff, m.anchorData, 0)).not.toContain(1);
  });

  it('anchor an event with required names on its other names that few events use', () => {
    const doc = sampleIndex();
    // Event 2 requires Kim and lists Seoul among its others: Seoul (one event) anchors it too.
    const m = compileIndex(doc);
    expect(list(m.anchorOff, m.anchorData, 5)).toEqual([2]);
    // Seoul in three more events: it anchors only those that require no name.
    const extra = [3, 4, 5].map((k) => ({ ...doc.events[2]!, id: `summit-${k}`, match: { ...doc.events[2]!.match, all: k === 5 ? [] : ['kim'] } }));
    const shared = compileIndex({ ...doc, events: [...doc.events, ...extra] });
    expect(shared.entityEvents[5]).toBeGreaterThan(FEW_EVENTS);
    expect(list(shared.anchorOff, shared.anchorData, 5)).toEqual([5]);
  });

  it('store a word or phrase used by many events once, with every event it serves', () => {
    const doc = sampleIndex();
    const base = doc.events[1]!;
    doc.events = Array.from({ length: 50 }, (_, i) => ({
      ...base, id: `ev-${i}`, match: { all: [], context: [['election day'], ['ballot']], minContext: 2 },
    }));
    const m = compileIndex(doc);
    const one = compileIndex({ ...doc, events: doc.events.slice(0, 1) });
    const node = nodeOf(m, 'election', 'day');
    expect(node).toBeGreaterThanOrEqual(0);
    // The same words and nodes as with one event: the sharing costs a trigger per event, not a pattern.
    expect(m.wordCount).toBe(one.wordCount);
    expect(m.nodeFlags.length).toBe(one.nodeFlags.length);
    expect(triggers(m, node)).toEqual(doc.events.map((_, i) => trigEvent(i)));
  });
});
