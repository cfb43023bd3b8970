import type { IndexDocument } from '../index-format/types';

// STUB: replaced by the real compiler (engine work in progress).
export interface CompiledMatcher {
  formatVersion: number;
  eventIds: string[];
}

export function compileIndex(doc: IndexDocument): CompiledMatcher {
  return { formatVersion: 1, eventIds: doc.events.map((e) => e.id) };
}
