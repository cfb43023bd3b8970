/**
 * Which engine format a stored matcher was written in (pure). The worker rebuilds the stored
 * matcher from the index when this differs from what the running engine writes.
 */
import { MATCHER_FORMAT } from '../matcher/compile';
import type { StoredMatcher } from '../matcher';

/** The `format` stamp of a stored matcher, or null when it has none. */
export function storedFormatVersion(stored: StoredMatcher | unknown): number | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const value = (stored as { format?: unknown }).format;
  return typeof value === 'number' ? value : null;
}

/** The format the running engine writes. */
export function currentMatcherFormat(): number {
  return MATCHER_FORMAT;
}
