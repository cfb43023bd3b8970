import type { CompiledMatcher } from './compile';
import type { EventMatch, PageInput } from './types';

// STUB: replaced by the real matcher (engine work in progress).
export function matchPage(_m: CompiledMatcher, _page: PageInput): EventMatch[] {
  return [];
}
