// Typo tolerance (lib/matcher/word-tables.ts): the fuzzy table holds each one-deletion variant of a
// long name word, hashed without making the strings; the hashes must be those of the variants.
import { describe, expect, it } from 'vitest';
import { poly1, poly2 } from '../../../lib/matcher/hash-table';
import { forEachDeletion } from '../../../lib/matcher/word-tables';

/** The variants as strings: each position deleted, a variant equal to the one before it left out. */
function variants(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const d = s.slice(0, i) + s.slice(i + 1);
    if (out[out.length - 1] !== d) out.push(d);
  }
  return out;
}

describe('one-deletion variants', () => {
  it('are hashed as the strings would be, each distinct variant once', () => {
    for (const w of ['witkoff', 'ushakovvv', 'уиткоффа', 'aaaaaaa', 'zelenskyy', 'x']) {
      const got: [number, number][] = [];
      forEachDeletion(w, (a, b) => got.push([a, b]));
      expect(got).toEqual(variants(w).map((d) => [poly1(d), poly2(d)]));
    }
    const none: number[] = [];
    forEachDeletion('', (a) => none.push(a));
    expect(none).toEqual([]);
  });
});
