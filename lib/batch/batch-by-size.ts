/**
 * Splits a list into runs by estimated size (pure): used to cut a feed into shards, and a stored
 * generation into rows and transactions.
 */

/**
 * Runs of `items` in order whose estimated size stays under `limit` (at least one item each). A
 * run also ends after an item for which `endsRun` is true (content-defined cut points).
 */
export function batchBySize<T>(
  items: readonly T[],
  size: (item: T) => number,
  limit: number,
  endsRun: (item: T) => boolean = () => false,
): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const s = size(item);
    if (batch.length > 0 && bytes + s > limit) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(item);
    bytes += s;
    if (endsRun(item)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
