/**
 * How a generation's bulk data is cut into rows of the 'blocks' store (schema version 3) and put
 * back together. Pure: index-store.ts writes and reads the rows, open-db.ts uses the same cut to
 * convert a version 2 store. Few large rows instead of one row per event: IndexedDB pays per
 * request, and the compiled matcher spread over several rows (a long string list in parts) is
 * cloned in several short tasks instead of one long one.
 */
import type { Entity, NewsEvent } from '../index-format/types';
import type { StoredMatcher } from '../matcher';
import type { BlockRow } from './schema';
import { batchBySize } from '../batch/batch-by-size';

/** Events (or entities) per block row. */
export const BLOCK_ITEMS = 1_000;
/** Estimated bytes of matcher fields per block row (at least one field each). */
export const MATCHER_BLOCK_BYTES = 4 * 1024 * 1024;
/**
 * Items of a matcher's array field (its string lists: event ids, source URLs) per row; a longer
 * one continues in rows of its own marked `append`. Cloning 100k source URLs in one put held the
 * worker about 0.1 s (V8 first flattens each URL string the compiler built by concatenation).
 */
export const MATCHER_ARRAY_ITEMS = 10_000;


/** The rows of one generation: event blocks, entity blocks, then the matcher's fields in groups. */
export function blocksOf(
  gen: number,
  events: readonly NewsEvent[],
  entities: readonly Entity[],
  matcher: StoredMatcher,
  matcherBlockBytes = MATCHER_BLOCK_BYTES,
  arrayItems = MATCHER_ARRAY_ITEMS,
): BlockRow[] {
  const rows: BlockRow[] = [];
  for (let i = 0, n = 0; i < events.length; i += BLOCK_ITEMS, n++) rows.push({ gen, kind: 'events', n, events: events.slice(i, i + BLOCK_ITEMS) });
  for (let i = 0, n = 0; i < entities.length; i += BLOCK_ITEMS, n++) rows.push({ gen, kind: 'entities', n, entities: entities.slice(i, i + BLOCK_ITEMS) });
  // Long arrays: their first MATCHER_ARRAY_ITEMS go with the other fields, the rest in parts after.
  const parts: [string, unknown[]][] = [];
  const fields = (Object.entries(matcher) as [string, unknown][]).map(([name, value]): [string, unknown] => {
    if (!Array.isArray(value) || value.length <= arrayItems) return [name, value];
    for (let i = arrayItems; i < value.length; i += arrayItems) parts.push([name, value.slice(i, i + arrayItems)]);
    return [name, value.slice(0, arrayItems)];
  });
  let n = 0;
  for (const group of batchBySize(fields, ([, value]) => estimateBytes(value), matcherBlockBytes)) {
    rows.push({ gen, kind: 'matcher', n: n++, fields: Object.fromEntries(group) as Partial<StoredMatcher> });
  }
  for (const [name, part] of parts) {
    rows.push({ gen, kind: 'matcher', n: n++, fields: { [name]: part } as Partial<StoredMatcher>, append: true });
  }
  return rows;
}

export interface AssembledBlocks {
  events: NewsEvent[];
  entities: Entity[];
  /** Null when the generation has no matcher rows (never for a committed generation). */
  matcher: StoredMatcher | null;
}

/** Puts one generation's rows back together (rows in key order: kind, then block number). */
export function assembleBlocks(rows: readonly BlockRow[]): AssembledBlocks {
  const events: NewsEvent[][] = [];
  const entities: Entity[][] = [];
  let matcher: Partial<StoredMatcher> | null = null;
  const grown = new Set<string>();
  for (const row of rows) {
    if (row.kind === 'events') events.push(row.events);
    else if (row.kind === 'entities') entities.push(row.entities);
    else if (row.append === true) {
      // The rest of an array field (rows come in key order: its earlier items are in already).
      const into = (matcher ?? {}) as Record<string, unknown>;
      for (const [name, part] of Object.entries(row.fields)) {
        const list = into[name];
        if (!Array.isArray(list) || !Array.isArray(part)) continue;
        // A copy the first time: the rows given stay as they are.
        const whole = grown.has(name) ? list : list.slice();
        grown.add(name);
        for (const item of part) whole.push(item);
        into[name] = whole;
      }
    } else matcher = Object.assign(matcher ?? {}, row.fields);
  }
  return { events: events.flat(), entities: entities.flat(), matcher: matcher as StoredMatcher | null };
}

/** Rough structured-clone size of a matcher field (typed arrays exactly, strings roughly). */
function estimateBytes(value: unknown): number {
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (typeof value === 'string') return 16 + value.length * 2;
  if (Array.isArray(value)) return value.reduce<number>((sum, v) => sum + estimateBytes(v), 16);
  if (value && typeof value === 'object') return Object.values(value).reduce<number>((sum, v) => sum + estimateBytes(v), 16);
  return 8;
}
