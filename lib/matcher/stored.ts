import type { CompiledMatcher } from './compile';

// STUB: replaced by the real serializer (engine work in progress).
export type StoredMatcher = CompiledMatcher;
export const toStored = (m: CompiledMatcher): StoredMatcher => m;
export const fromStored = (s: StoredMatcher): CompiledMatcher => s;
