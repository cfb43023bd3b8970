/**
 * Compiling a feed's index for the worker: in slices when a Slicing is given (a 100k-event index
 * compiles for seconds; pages must still be answered meanwhile), at once otherwise. The same
 * matcher either way.
 */
import { INSTALL_SLICE_MS, type Slicing } from '../feed/slicing';
import type { IndexDocument } from '../index-format/types';
import { compileIndex, compileIndexInSlices, type CompiledMatcher } from '../matcher';

export function compileFeedIndex(doc: IndexDocument, slicing?: Slicing): Promise<CompiledMatcher> {
  if (!slicing) return Promise.resolve().then(() => compileIndex(doc));
  return compileIndexInSlices(doc, { budgetMs: slicing.sliceMs ?? INSTALL_SLICE_MS, pause: slicing.yieldToHost });
}
