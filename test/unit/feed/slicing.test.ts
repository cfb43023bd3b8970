// A large feed installs in slices in the worker (lib/feed/slicing.ts): shards are parsed and the
// index validated in steps, with the host given its thread back between slices. The result must
// be exactly the one-go result, and no slice may run past its time goal by more than one small
// step, however large the feed. Time here is a clock the test controls that moves only with the
// work (a shard parsed, an item's id read), never with this machine's speed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFeed } from '../../../lib/feed/load-feed';
import type { Slicing } from '../../../lib/feed/slicing';
import type { IndexDocument } from '../../../lib/index-format/types';
import { validateIndex, validateIndexSteps } from '../../../lib/index-format/validate-index';
import { runSliced, yieldToOtherTasks } from '../../../lib/feed/slicing';
import { newsIndex } from '../../bench/feed-change';
import { FEED_URL, FOLDER, MemoryHost, NOW, keys, publish } from './fixtures';

afterEach(() => vi.restoreAllMocks());

/**
 * performance.now() reads `clock.now`, which only the work moves; each yield to the host ends a
 * slice. slices() gives each slice's length in clock ms.
 */
function workClock(sliceMs: number): { clock: { now: number }; slicing: Slicing; slices: () => number[] } {
  const clock = { now: 0 };
  vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
  const marks = [0];
  return {
    clock,
    slicing: {
      sliceMs,
      yieldToHost: () => {
        marks.push(clock.now);
        return new Promise((resolve) => setTimeout(resolve, 0));
      },
    },
    slices: () => [...marks, clock.now].slice(1).map((t, i) => t - marks[i]!),
  };
}

/** A copy of `doc` whose entities and events cost `ms` of clock time each time their id is read. */
function timedItems(doc: IndexDocument, clock: { now: number }, ms: number): unknown {
  const timed = (item: object) => {
    const copy: Record<string, unknown> = { ...item };
    const id = copy.id;
    Object.defineProperty(copy, 'id', {
      enumerable: true,
      get() {
        clock.now += ms;
        return id;
      },
    });
    return copy;
  };
  return { ...doc, entities: doc.entities.map(timed), events: doc.events.map(timed) };
}

/** 2,000 events over ten years, with a few bad ones that validation drops. */
function sampleIndex(): IndexDocument {
  const doc = newsIndex(2_000);
  doc.events[17] = { ...doc.events[17]!, dates: { start: 'not a date' } };
  doc.events[1500] = { ...doc.events[1500]!, match: { ...doc.events[1500]!.match, all: ['no-such-entity'] } };
  doc.events[1900] = { ...doc.events[1900]!, id: doc.events[3]!.id };
  return doc;
}

describe('validateIndexSteps in slices', () => {
  it('gives validateIndex\'s result, and no slice validates more than its time goal plus one item', async () => {
    const doc = sampleIndex();
    const expected = validateIndex(doc);
    const SLICE_MS = 20;
    const ITEM_MS = 1;
    const { clock, slicing, slices } = workClock(SLICE_MS);
    const input = timedItems(doc, clock, ITEM_MS);
    const sliced = await runSliced(validateIndexSteps(input), slicing);

    expect(sliced).toEqual(expected);
    if (!sliced.ok) throw new Error('the sample should validate');
    expect(sliced.dropped.map((d) => d.path)).toEqual(['events[17]', 'events[1500]', 'events[1900]']);
    // Every item's id is read a few times at most while it is checked: that is one step's work.
    const stepMs = 4 * ITEM_MS;
    const lengths = slices();
    expect(Math.max(...lengths)).toBeLessThanOrEqual(SLICE_MS + stepMs);
    // The work did take many slices (a validation in one go would be one slice of ~2,000+ ms).
    expect(clock.now).toBeGreaterThan(doc.events.length * ITEM_MS);
    expect(lengths.length).toBeGreaterThan(clock.now / (SLICE_MS + stepMs));
  });

  it('gives the same result when it yields at every step', async () => {
    const doc = sampleIndex();
    let yields = 0;
    const sliced = await runSliced(validateIndexSteps(doc), { sliceMs: 0, yieldToHost: async () => void yields++ });
    expect(sliced).toEqual(validateIndex(doc));
    expect(yields).toBeGreaterThanOrEqual(doc.entities.length + doc.events.length);
  });

  it('reports unreadable input the same way', async () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('no reading me'); }, has: () => true, ownKeys: () => ['format'] });
    const sliced = await runSliced(validateIndexSteps(hostile), { sliceMs: 0, yieldToHost: () => Promise.resolve() });
    expect(sliced).toEqual(validateIndex(hostile));
    expect(sliced.ok).toBe(false);
  });
});

describe('loadFeed with slicing', () => {
  it('installs exactly what the one-go load installs, parsing each shard in its own step', async () => {
    const [k0] = await keys();
    const doc = sampleIndex();
    doc.generated = '2026-01-01T00:00:00Z';
    doc.expires = '2026-03-01T00:00:00Z';
    const feed = await publish(doc, k0!);
    expect(feed.manifest.shards.length).toBeGreaterThan(20);
    const host = new MemoryHost().serve(FOLDER, feed);
    const once = await loadFeed(FEED_URL, k0!.trust, host, { now: NOW });

    // Each shard's JSON.parse costs 10 ms of clock; validation costs nothing here.
    const SLICE_MS = 25;
    const SHARD_MS = 10;
    const { clock, slicing, slices } = workClock(SLICE_MS);
    const parse = JSON.parse.bind(JSON);
    vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      clock.now += SHARD_MS;
      return parse(text, reviver) as unknown;
    });
    const sliced = await loadFeed(FEED_URL, k0!.trust, host, { now: NOW, slicing });

    expect(sliced).toEqual(once);
    if (!sliced.ok || sliced.value.unchanged) throw new Error('the sample feed should load');
    expect(sliced.value.dropped.map((p) => p.path)).toHaveLength(3);
    // The manifest is parsed before the slices begin; after that, one shard per step at most.
    const lengths = slices();
    expect(Math.max(...lengths.slice(1))).toBeLessThanOrEqual(SLICE_MS + SHARD_MS);
    expect(lengths.length).toBeGreaterThanOrEqual(feed.manifest.shards.length / 3);
  });
});

describe('yieldToOtherTasks', () => {
  afterEach(() => {
    delete (globalThis as { scheduler?: unknown }).scheduler;
  });

  it('lets every other queued task run first where the host can schedule background tasks', async () => {
    // A host with scheduler.postTask (Chrome's and Firefox's workers): the install continues in a
    // background-priority task, after a page's message queued meanwhile.
    const order: string[] = [];
    const queued: (() => void)[] = [];
    (globalThis as { scheduler?: unknown }).scheduler = {
      postTask: (callback: () => void, options: { priority: string }) => {
        order.push(`posted ${options.priority}`);
        return new Promise<void>((resolve) => queued.push(() => { callback(); resolve(); }));
      },
    };
    const resumed = yieldToOtherTasks().then(() => order.push('install resumes'));
    order.push('page message answered');
    queued.shift()!();
    await resumed;
    expect(order).toEqual(['posted background', 'page message answered', 'install resumes']);
  });

  it('falls back to a timer elsewhere (Node, older browsers)', async () => {
    vi.useFakeTimers();
    try {
      let resumed = false;
      const done = yieldToOtherTasks().then(() => { resumed = true; });
      await Promise.resolve();
      expect(resumed).toBe(false);
      await vi.runAllTimersAsync();
      await done;
      expect(resumed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
