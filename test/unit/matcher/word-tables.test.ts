// Typo tolerance (lib/matcher/word-tables.ts): the fuzzy table holds each one-deletion variant of a
// long name word, hashed without making the strings; the hashes must be those of the variants.
import { describe, expect, it } from 'vitest';
import { hash1, hash2, poly1, poly2, prefixHashes, type HashMultiMap } from '../../../lib/matcher/hash-table';
import { endingLengths, endingLengthsOf, indexForms, indexStemLengths, MIN_STEM, PAGE_TRIES } from '../../../lib/matcher/endings';
import { StringPool } from '../../../lib/matcher/key-ids';
import { FUZZY_MIN_LETTERS, MIN_SKELETON, skeleton, TYPO_MIN_LETTERS } from '../../../lib/matcher/phonetic';
import { MultiMapBuilder, SpareArray } from '../../../lib/matcher/table-builder';
import { foldRange } from '../../../lib/matcher/tokenize';
import { exactTableSteps, forEachDeletion, fuzzyTableSteps } from '../../../lib/matcher/word-tables';

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

// The exact table is built from words as code units (no strings): stems as prefix lengths, their
// hashes as prefix hashes. Each must give what the string functions the scanner mirrors give.
describe('exact keys from code units', () => {
  const words = [
    'witkoffa', 'уиткоффа', 'ушаковым', 'trumppal', 'yangında', 'budapesten', 'förhandlingarna', 'ceasefire',
    'nedstängningen', 'ελλαδας', 'পাকিস্তানে', 'भारताने', 'ab', 'abcd', 'abcde', 'ovych', 'novakovych', '',
  ].map((w) => foldRange(w, 0, w.length));
  const unitsOf = (w: string): Uint16Array => Uint16Array.from(w, (c) => c.charCodeAt(0));

  it('gives indexForms stems as prefix lengths, in its order', () => {
    for (const w of words) {
      const out = new Int32Array(w.length + 1);
      const n = indexStemLengths(unitsOf(w), 0, w.length, out);
      expect([w, ...[...out.subarray(0, n)].map((len) => w.slice(0, len))]).toEqual(indexForms(w));
    }
  });

  it('gives endingLengths for every ending set a page may use', () => {
    for (const w of words) {
      for (const trie of PAGE_TRIES) {
        const out = new Int32Array(w.length + 1);
        const n = endingLengthsOf(unitsOf(w), 0, w.length, trie, out);
        expect([...out.subarray(0, n)]).toEqual(endingLengths(w, trie));
      }
    }
  });

  it('hashes every prefix as hash1 and hash2 hash it', () => {
    for (const w of words) {
      const p1 = new Int32Array(w.length + 1);
      const p2 = new Int32Array(w.length + 1);
      prefixHashes(unitsOf(w), 0, w.length, p1, p2);
      for (let j = 0; j <= w.length; j++) expect([p1[j], p2[j]]).toEqual([hash1(w.slice(0, j)), hash2(w.slice(0, j))]);
    }
  });
});

// The fuzzy table takes skeletons from code units (phonetic-codes.ts), not from skeleton() on
// strings: the table must be the one the string functions give, key for key.
describe('fuzzy table from code units', () => {
  const run = <T>(steps: Generator<number, T>): T => {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  };
  /** The fuzzy table as the string functions make it (fuzzyTableSteps before code units). */
  const reference = (words: string[]): HashMultiMap => {
    const table = new MultiMapBuilder(poly1, poly2);
    words.forEach((w, id) => {
      if (w.length < FUZZY_MIN_LETTERS || !/^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u.test(w)) return;
      for (const form of indexForms(w)) {
        const sk = skeleton(form);
        if (form.length > MIN_STEM && sk.length >= MIN_SKELETON) table.add(sk, id);
      }
      if (w.length >= TYPO_MIN_LETTERS) {
        table.add(w, id);
        forEachDeletion(w, (a, b) => table.addHashes(a, b, id));
      }
    });
    return run(table.finish());
  };

  it('holds the skeletons of every name word and its stems, as skeleton() spells them', () => {
    const words = [
      'witkoffa', 'уиткоффа', 'ушаковым', 'schwarzenegger', 'tschaikowsky', 'novakovych', 'зеленского', 'phoenix',
      'ab', 'abcdef', 'mixedлатиница', 'ελλαδας', `${'ovych'.repeat(30)}`, `${'щ'.repeat(120)}ого`,
    ].map((w) => foldRange(w, 0, w.length));
    const pool = new StringPool();
    for (const w of words) pool.add(w);
    const nameWord = new Int32Array(words.length).fill(1);
    expect(run(fuzzyTableSteps(pool, nameWord))).toEqual(reference(words));
  });
});

// The fuzzy table may be built in the exact table's spent slots (SpareArray), and each table's
// temporaries are cut from its own (table-builder.ts Scratch): the tables must not change.
describe('tables built in spare memory', () => {
  const run = <T>(steps: Generator<number, T>): T => {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  };

  it('are the tables built in new arrays', () => {
    const pool = new StringPool();
    for (let i = 0; i < 3000; i++) {
      const w = `${'witkoff,ushakov,уиткофф,novakovych,schwarz'.split(',')[i % 5]}${String.fromCharCode(97 + (i % 26), 97 + ((i * 7) % 26))}${i % 3 === 0 ? 'ami' : 'a'}`;
      pool.add(w);
    }
    const nameWord = Int32Array.from({ length: pool.size }, (_, id) => (id % 8 === 0 ? 1 : 0));
    const spare = new SpareArray();
    const exact = run(exactTableSteps(pool, spare));
    const spent = spare.array!.buffer;
    const fuzzy = run(fuzzyTableSteps(pool, nameWord, spare));
    // The fuzzy table was built in the exact table's memory, and handed it on.
    expect(spare.array!.buffer).toBe(spent);
    expect(exact).toEqual(run(exactTableSteps(pool)));
    expect(fuzzy).toEqual(run(fuzzyTableSteps(pool, nameWord)));
    // The tables are arrays of their own, not views of the spare memory.
    for (const t of [exact, fuzzy]) for (const a of [t.tab, t.data, t.bits]) expect(a.byteLength).toBe(a.buffer.byteLength);
  });
});
