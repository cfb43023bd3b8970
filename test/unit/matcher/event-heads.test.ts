/**
 * Event heads: what matchPage reads first of every candidate, one 64-byte line an event, and the
 * page stamp that makes each event a candidate once per page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  alignedInts, eventHeads, firstCandidate, H_ALL, H_ALL0, H_ALL1, H_ALL_END, HEAD_INTS, newPageStamp,
} from '../../../lib/matcher/event-heads';
import { compileIndex, matchPage } from '../../../lib/matcher/index';
import { sampleIndex } from './sample-index';

afterEach(() => vi.unstubAllGlobals());

describe('alignedInts', () => {
  it('gives n zeroed ints, whole pages of them or not', () => {
    for (const n of [1, 16, 16_385, 100_000 * HEAD_INTS]) {
      const a = alignedInts(n);
      expect(a.length).toBe(n);
      expect(a.every((x) => x === 0)).toBe(true);
      a[n - 1] = 7;
      expect(a[n - 1]).toBe(7);
    }
  });

  it('falls back to a plain array where WebAssembly is missing or refuses', () => {
    vi.stubGlobal('WebAssembly', undefined);
    expect(alignedInts(40).length).toBe(40);
    vi.stubGlobal('WebAssembly', { Memory: class { constructor() { throw new RangeError('no memory'); } } });
    const a = alignedInts(40);
    expect(a.length).toBe(40);
    expect(a.every((x) => x === 0)).toBe(true);
  });
});

describe('eventHeads', () => {
  it('holds each event\'s `all` list and its first two entities', () => {
    const m = compileIndex(sampleIndex());
    const heads = eventHeads(m);
    expect(heads.length).toBe(m.eventIds.length * HEAD_INTS);
    for (let e = 0; e < m.eventIds.length; e++) {
      const b = e * HEAD_INTS;
      const all = [...m.allData.subarray(m.allOff[e]!, m.allOff[e + 1]!)];
      expect([heads[b + H_ALL], heads[b + H_ALL_END]]).toEqual([m.allOff[e], m.allOff[e + 1]]);
      expect(heads[b + H_ALL0]).toBe(all[0] ?? -1);
      expect(heads[b + H_ALL1]).toBe(all[1] ?? -1);
    }
  });
});

describe('firstCandidate', () => {
  it('says yes once per event and page, and again on the next page', () => {
    const heads = new Int32Array(4 * HEAD_INTS);
    const p1 = newPageStamp(heads);
    expect([firstCandidate(heads, 2, p1), firstCandidate(heads, 2, p1), firstCandidate(heads, 0, p1)]).toEqual([true, false, true]);
    const p2 = newPageStamp(heads);
    expect(p2).not.toBe(p1);
    expect([firstCandidate(heads, 2, p2), firstCandidate(heads, 2, p2), firstCandidate(heads, 3, p2)]).toEqual([true, false, true]);
  });

  it('finds the same events on a page matched again after thousands of others', () => {
    const m = compileIndex(sampleIndex());
    const page = { text: 'Witkoff told Ushakov on the recorded call how Putin should pitch the peace plan to Trump.', published: '2025-11-26' };
    const first = matchPage(m, page);
    expect(first.length).toBeGreaterThan(0);
    for (let i = 0; i < 3000; i++) matchPage(m, { text: `page ${i} about nothing known` });
    expect(matchPage(m, page)).toEqual(first);
  });
});
