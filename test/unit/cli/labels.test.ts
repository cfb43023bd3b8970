import { describe, expect, it } from 'vitest';
import { scoreEvents } from '../../../lib/cli/labels';

const sets = (entries: Record<string, string[]>) => new Map(Object.entries(entries).map(([k, v]) => [k, new Set(v)]));

describe('scoreEvents', () => {
  it('counts per event over labelled articles only', () => {
    const found = sets({ a: ['x', 'y'], b: ['x'], c: [], d: ['y'] });
    const labels = sets({ a: ['x'], b: [], c: ['x', 'z'] });
    expect(scoreEvents(found, labels)).toEqual([
      { event: 'x', tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 },
      { event: 'y', tp: 0, fp: 1, fn: 0, precision: 0, recall: null },
      { event: 'z', tp: 0, fp: 0, fn: 1, precision: null, recall: 0 },
    ]);
  });
});
