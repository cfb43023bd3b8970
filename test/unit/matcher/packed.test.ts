// A matcher packed into one file (lib/matcher/packed.ts: how a build ships the bundled index's
// matcher) must come back exactly as compiled, match the same, and be refused when damaged.
import { describe, expect, it } from 'vitest';
import { compileIndex, matchPage, toStored } from '../../../lib/matcher/index';
import { packMatcher, unpackMatcher } from '../../../lib/matcher/packed';
import { sampleIndex } from './sample-index';

const text = 'Bloomberg published a leaked recording of a phone call between Steve Witkoff and Yuri Ushakov.';

describe('packed matcher', () => {
  it('comes back equal to the compiled one, with its stamp, and matches the same', () => {
    const m = compileIndex(sampleIndex());
    const { stamp, matcher } = unpackMatcher(packMatcher(toStored(m), 'stamp-1'));
    expect(stamp).toBe('stamp-1');
    expect(matcher).toEqual(m);
    expect(matchPage(matcher, { text })).toEqual(matchPage(m, { text }));
    expect(matchPage(matcher, { text }).map((e) => e.id)).toEqual(['leaked-call']);
  });

  it('reads a file that is not at the start of its buffer, and gives arrays of their own', () => {
    const packed = packMatcher(toStored(compileIndex(sampleIndex())), 's');
    const shifted = new Uint8Array(packed.length + 3);
    shifted.set(packed, 3);
    const { matcher } = unpackMatcher(shifted.subarray(3));
    expect(matcher).toEqual(compileIndex(sampleIndex()));
    // Copies: storing one array must not store the whole file with it.
    expect(matcher.trigData.buffer.byteLength).toBe(matcher.trigData.byteLength);
    expect(matcher.exact.data.buffer.byteLength).toBe(matcher.exact.data.byteLength);
  });

  it('refuses other files, truncated ones and another engine version', () => {
    const m = compileIndex(sampleIndex());
    const packed = packMatcher(toStored(m), 's');
    expect(() => unpackMatcher(new TextEncoder().encode('{"format":"backstory-index"}'))).toThrow(/not a packed matcher/);
    expect(() => unpackMatcher(packed.subarray(0, packed.length - 8))).toThrow(/truncated/);
    expect(() => unpackMatcher(packed.subarray(0, 20))).toThrow();
    expect(() => unpackMatcher(packMatcher({ ...toStored(m), format: m.format + 1 }, 's'))).toThrow(/format/);
  });
});
