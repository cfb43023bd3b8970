/**
 * How the publisher splits an index into shards so that an update fetches little.
 *
 * Entities, concepts and events go to separate shards. Events are ordered by start date then id;
 * entities and concepts by id. A reader validates the items of all shards as one index, so an
 * event's concepts (like its entities) may sit in any shard of the same release. The cut points are content-defined: a shard ends after an item whose id hashes to 0 modulo
 * ITEMS_PER_SHARD (so about that many items per shard), or earlier when it would pass
 * MAX_SHARD_BYTES. A cut depends only on the id at the cut, not on positions, so adding, editing
 * or removing an event changes only the shard that holds it (and a neighbour when the event is the
 * cut itself); every other shard keeps its exact bytes, hence its hash and file name, and a
 * subscriber already has it.
 *
 * News indexes change at the recent end (new events, edits to recent ones), which falls in the
 * last few shards of the date order: such an update moves a few percent of the feed. Limits: a
 * change scattered evenly over all dates touches about one shard per changed event (1% of the
 * events of a 100k feed changes most of its ~1,600 event shards), and the manifest (about
 * 110 bytes per shard) is always fetched again.
 */
import { orderConcept, orderEntity, orderEvent } from '../index-format/canonical';
import type { Concept, Entity, IndexDocument, NewsEvent } from '../index-format/types';
import { hash1 } from '../matcher/hash-table';
import { utf8 } from './bytes';
import { FEED_FORMAT_VERSION, FEED_LIMITS, SHARD_FORMAT, type ShardDocument } from './format';
import { batchBySize } from '../batch/batch-by-size';

export const ITEMS_PER_SHARD = 64;
/** A forced cut well under the reader's cap (FEED_LIMITS.shardBytes). */
export const MAX_SHARD_BYTES = 1024 * 1024;

/** murmur3's finalizer over FNV-1a: every bit of the id moves the low bits used for cuts. */
function cutHash(id: string): number {
  let h = hash1(id);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export const isCut = (id: string): boolean => cutHash(id) % ITEMS_PER_SHARD === 0;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface Shard {
  document: ShardDocument;
  bytes: Uint8Array;
}

/** The shard's exact bytes: compact JSON, canonical key order (lib/index-format/canonical.ts). */
export function shardBytes(document: ShardDocument): Uint8Array {
  return utf8(JSON.stringify(document));
}

function makeShard(entities: Entity[], events: NewsEvent[], concepts: Concept[] = []): Shard {
  const document: ShardDocument = {
    format: SHARD_FORMAT,
    formatVersion: FEED_FORMAT_VERSION,
    entities,
    ...(concepts.length === 0 ? {} : { concepts }),
    events,
  };
  return { document, bytes: shardBytes(document) };
}

const jsonBytes = (value: unknown) => utf8(JSON.stringify(value)).length + 1;

/** Runs ending at content-defined cuts (isCut) or at the byte limit. */
const chunk = <T extends { id: string }>(items: T[]): T[][] =>
  batchBySize(items, jsonBytes, MAX_SHARD_BYTES, (item) => isCut(item.id));

/**
 * The shards of a validated index: entities, then concepts, then events. Throws when one item alone is over the
 * reader's shard cap (it could never be installed).
 */
export function shardIndex(doc: IndexDocument): Shard[] {
  const entities = [...doc.entities].sort((a, b) => byString(a.id, b.id)).map(orderEntity);
  const events = [...doc.events]
    .sort((a, b) => byString(a.dates.start, b.dates.start) || byString(a.id, b.id))
    .map((e) => orderEvent(e, doc.language));
  const concepts = [...(doc.concepts ?? [])].sort((a, b) => byString(a.id, b.id)).map(orderConcept);
  const shards = [
    ...chunk(entities).map((run) => makeShard(run, [])),
    ...chunk(concepts).map((run) => makeShard([], [], run)),
    ...chunk(events).map((run) => makeShard([], run)),
  ];
  // An empty index still has one (empty) shard: a manifest always lists at least one.
  if (shards.length === 0) shards.push(makeShard([], []));
  for (const shard of shards) {
    if (shard.bytes.length > FEED_LIMITS.shardBytes) {
      const item = shard.document.entities[0] ?? shard.document.concepts?.[0] ?? shard.document.events[0];
      throw new Error(`${item?.id ?? 'an item'} is larger than a shard may be (${FEED_LIMITS.shardBytes} bytes)`);
    }
  }
  return shards;
}
