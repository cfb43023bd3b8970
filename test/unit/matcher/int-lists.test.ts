// The compiler's typed-array lists (lib/matcher/int-lists.ts): the CSR lists it builds must keep
// each item's values in the order given, as the per-item arrays they replace did.
import { describe, expect, it } from 'vitest';
import { CsrBuilder, csrFromPairs, IntList } from '../../../lib/matcher/int-lists';

const list = (values: number[]): IntList => {
  const l = new IntList(1);
  for (const v of values) l.push(v);
  return l;
};
const lists = ([off, data]: [Int32Array, Int32Array]): number[][] =>
  Array.from({ length: off.length - 1 }, (_, i) => Array.from(data.subarray(off[i]!, off[i + 1]!)));

describe('compile-time lists', () => {
  it('sorts pairs into per-item lists in the order they came, dropping a repeat only right after itself', () => {
    const items = list([2, 0, 2, 2, 0, 2, 3]);
    const values = list([7, 5, 7, 8, 5, 7, 1]);
    expect(lists(csrFromPairs(items, values, 4, false))).toEqual([[5, 5], [], [7, 7, 8, 7], [1]]);
    expect(lists(csrFromPairs(items, values, 4, true))).toEqual([[5], [], [7, 8, 7], [1]]);
  });

  it('builds lists item after item, a value once per item when asked', () => {
    const b = new CsrBuilder(1, 1);
    b.pushUnique(3); b.pushUnique(4); b.pushUnique(3); b.end();
    b.end();
    b.push(3); b.push(3); b.end();
    expect(lists(b.finish())).toEqual([[3, 4], [], [3, 3]]);
  });
});
