/**
 * The matching engine's public surface. Pure TypeScript: runs the same in the extension's
 * worker, the CLI, tests and the benchmark.
 *
 *   const m = compileIndex(doc);            // once per index version
 *   const stored = toStored(m);             // structured-clone friendly, for IndexedDB
 *   const m2 = fromStored(stored);          // fast restore when the worker restarts
 *   const found = matchPage(m2, { text, url, links, published });
 */
export type { PageInput, Evidence, EventMatch, Prominence } from './types';
export { byProminence } from './prominence';
export { compileIndex, compileIndexInSlices, runInSlices, compileSteps, MATCHER_FORMAT, type CompiledMatcher } from './compile';
export { matchPage } from './match-page';
export { toStored, fromStored, type StoredMatcher } from './stored';
