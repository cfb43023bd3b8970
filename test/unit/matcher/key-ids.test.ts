// The compiler's key tables (lib/matcher/key-ids.ts) must give each distinct key one id, in the
// order keys first came, and never confuse two keys, even when their hashes collide.
import { describe, expect, it } from 'vitest';
import { KeyIds, StringPool, stringIds } from '../../../lib/matcher/key-ids';

describe('key ids', () => {
  it('numbers distinct strings in order of arrival, through many regrowths', () => {
    const ids = stringIds();
    const words = Array.from({ length: 5_000 }, (_, i) => `w${(i * 7919) % 5_000}`);
    for (const w of words) ids.add(w);
    for (const w of words) expect(ids.add(w)).toBe(ids.keys.indexOf(w));
    expect(ids.size).toBe(new Set(words).size);
    expect(ids.keys).toEqual([...new Set(words)]);
    expect(ids.idOf('absent')).toBe(-1);
    expect(ids.idOf('')).toBe(-1);
    expect(ids.add('')).toBe(ids.size - 1);
  });

  it('keeps keys apart when every hash collides', () => {
    const ids = new KeyIds<string>(() => 42, (a, b) => a === b);
    const keys = ['ушаков', 'ushakov', 'Ushakov', 'ушак', 'ov', 'ушаков '];
    expect(keys.map((k) => ids.add(k))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(keys.map((k) => ids.idOf(k))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ids.idOf('ушаковым')).toBe(-1);
  });

  it('keeps words as one pool of code units and gives each back as it came, through many regrowths', () => {
    const pool = new StringPool();
    const long = 'ы'.repeat(3000);
    const words = [...Array.from({ length: 5_000 }, (_, i) => `слово${(i * 7919) % 4_000}`), '', 'ushakov', long, 'ушаков'];
    const distinct = [...new Set(words)];
    for (const w of words) pool.add(w);
    expect(pool.size).toBe(distinct.length);
    expect(words.map((w) => pool.add(w))).toEqual(words.map((w) => distinct.indexOf(w)));
    expect(distinct.map((_, id) => pool.text(id))).toEqual(distinct);
    expect(pool.add('ушако')).toBe(distinct.length);
  });
});
