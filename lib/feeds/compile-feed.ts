/**
 * Compiling a feed's index for the worker: in slices when a Slicing is given (a 100k-event index
 * compiles for seconds; pages must still be answered meanwhile), at once otherwise.
 */
import type { Slicing } from '../feed/slicing';
import type { IndexDocument } from '../index-format/types';
import { compileIndex, type CompiledMatcher } from '../matcher';

export async function compileFeedIndex(doc: IndexDocument, slicing?: Slicing): Promise<CompiledMatcher> {
  if (!slicing) return compileIndex(doc);
  // TODO(engine-scale): compileIndexInSlices once lib/matcher has it; until then one task.
  await slicing.yieldToHost();
  return compileIndex(doc);
}
