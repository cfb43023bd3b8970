/**
 * IndexedDB layout of the index store (pure types and constants).
 *
 * The index is kept as numbered generations. A new index is written as generation N+1 in one
 * transaction; only then does the small `meta.current` pointer flip to it (a second
 * transaction), and older generations are deleted afterwards. A reader reads the pointer and the
 * generation's rows in one read-only transaction, so it sees either the old or the new index,
 * never a mix, and a failed write (quota, worker killed) leaves the current one untouched.
 */
import type { DBSchema } from 'idb';
import type { Entity, NewsEvent } from '../index-format/types';
import type { StoredMatcher } from '../matcher';

export const DB_NAME = 'backstory';
export const DB_VERSION = 1;

/** What we keep about a loaded index (IndexStatus in the protocol is the UI's subset). */
export interface IndexMeta {
  /** Publisher name. */
  publisher: string;
  title: string;
  homepage: string;
  version: number;
  events: number;
  entities: number;
  generated: string;
  expires: string;
  /** Epoch ms when this generation was written. */
  loadedAt: number;
  /** Format version of the stored matcher (null if the engine does not report one). */
  matcherFormat: number | null;
  /** Extension version that wrote this generation. */
  appVersion: string;
}

export interface GenerationRow {
  gen: number;
  meta: IndexMeta;
  matcher: StoredMatcher;
}

export interface EventRow {
  gen: number;
  id: string;
  event: NewsEvent;
}

export interface EntityRow {
  gen: number;
  id: string;
  entity: Entity;
}

export interface CurrentPointer {
  generation: number;
}

export interface BackstoryDB extends DBSchema {
  /** Single row, key 'current': which generation readers use. */
  meta: { key: string; value: CurrentPointer };
  generations: { key: number; value: GenerationRow };
  /** Key [gen, id]. */
  events: { key: [number, string]; value: EventRow };
  entities: { key: [number, string]; value: EntityRow };
}

export const CURRENT_KEY = 'current';
