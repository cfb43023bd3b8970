import { describe, expect, it } from 'vitest';
import { compileIndex, fromStored, toStored } from '@/lib/matcher';
import { batchBySize } from '@/lib/batch/batch-by-size';
import { assembleBlocks, BLOCK_ITEMS, blocksOf, MATCHER_BLOCK_BYTES } from '@/lib/store/generation-blocks';
import { generateIndex } from '../../bench/generate';

describe('generation blocks', () => {
  const doc = generateIndex(2_500, 7);
  const matcher = toStored(compileIndex(doc));

  it('cuts events and entities into blocks of BLOCK_ITEMS and puts them back in order', () => {
    const rows = blocksOf(4, doc.events, doc.entities, matcher);
    const eventRows = rows.filter((r) => r.kind === 'events');
    expect(eventRows.map((r) => r.events.length)).toEqual([BLOCK_ITEMS, BLOCK_ITEMS, 500]);
    expect(rows.every((r) => r.gen === 4)).toBe(true);
    const back = assembleBlocks(rows);
    expect(back.events).toEqual(doc.events);
    expect(back.entities).toEqual(doc.entities);
    expect(back.matcher).toEqual(matcher);
  });

  it('spreads the matcher over several rows when its arrays exceed a row\'s bytes, and restores it whole', () => {
    const rows = blocksOf(1, doc.events, doc.entities, matcher, 16 * 1024);
    const matcherRows = rows.filter((r) => r.kind === 'matcher');
    expect(matcherRows.length).toBeGreaterThan(1);
    // No field is split or repeated.
    const fields = matcherRows.flatMap((r) => Object.keys(r.fields));
    expect(fields.sort()).toEqual(Object.keys(matcher).sort());
    const back = assembleBlocks(rows);
    expect(back.matcher).toEqual(matcher);
    expect(() => fromStored(back.matcher!)).not.toThrow();
  });

  it('stores a long string list of the matcher in parts of its own rows, and restores it in order', () => {
    const rows = blocksOf(1, doc.events, doc.entities, matcher, MATCHER_BLOCK_BYTES, 1_000);
    const matcherRows = rows.filter((r) => r.kind === 'matcher');
    const urlRows = matcherRows.filter((r) => 'sourceUrls' in r.fields);
    expect(matcher.sourceUrls.length).toBeGreaterThan(2_000);
    expect(urlRows.length).toBe(Math.ceil(matcher.sourceUrls.length / 1_000));
    for (const r of matcherRows) for (const list of Object.values(r.fields)) if (Array.isArray(list)) expect(list.length).toBeLessThanOrEqual(1_000);
    // Parts after the first are rows of their own, after every other field.
    expect(urlRows.slice(1).every((r) => r.kind === 'matcher' && r.append === true && Object.keys(r.fields).length === 1)).toBe(true);
    const back = assembleBlocks(rows);
    expect(back.matcher).toEqual(matcher);
    expect(() => fromStored(back.matcher!)).not.toThrow();
    // Rows in key order (as IndexedDB returns them), whatever order they were written in.
    expect(assembleBlocks([...rows].reverse().sort((a, b) => a.kind.localeCompare(b.kind) || a.n - b.n)).matcher).toEqual(matcher);
  });

  it('has no matcher when no matcher row is there (a half-written generation)', () => {
    const rows = blocksOf(1, doc.events, doc.entities, matcher).filter((r) => r.kind !== 'matcher');
    expect(assembleBlocks(rows).matcher).toBeNull();
  });

  it('batches by size, at least one item per batch', () => {
    expect(batchBySize([3, 3, 3, 9, 1], (n) => n, 6)).toEqual([[3, 3], [3], [9], [1]]);
    expect(batchBySize([], (n: number) => n, 6)).toEqual([]);
  });
});
