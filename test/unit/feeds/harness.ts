/**
 * Feed tests: the real background (handlers, router, store, loadFeed) over fake-indexeddb, with
 * feeds published by feed-core's publisher code into an in-memory host, and an in-memory
 * stand-in for the alarms API (the fake browser has none).
 */
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { IndexDocument } from '@/lib/index-format/types';
import type { FeedStatus } from '@/lib/domain/feed-status';
import type { SigningKey } from '@/lib/feed/keys';
import { FEED_URL, FOLDER, MemoryHost, NOW, keys, publish } from '../feed/fixtures';
import { popup, startHarness, type Harness } from '../background/harness';
import { sampleIndex } from '../store/sample-index';

export { FEED_URL, FOLDER, MemoryHost, NOW };
export const FEED_PATTERN = 'https://feeds.example.org/*';

export interface Alarm {
  name: string;
  scheduledTime: number;
}

/** In-memory alarms with the browser's rules (create replaces, get by name). */
export function fakeAlarms(): Map<string, Alarm> {
  const alarms = new Map<string, Alarm>();
  const create = async (name: unknown, info: unknown): Promise<void> => {
    alarms.set(String(name), { name: String(name), scheduledTime: (info as { when: number }).when });
  };
  vi.spyOn(fakeBrowser.alarms, 'create').mockImplementation(create as never);
  vi.spyOn(fakeBrowser.alarms, 'get').mockImplementation(async (name) => alarms.get(String(name)) as never);
  vi.spyOn(fakeBrowser.alarms, 'clear').mockImplementation(async (name) => alarms.delete(String(name)));
  vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
  return alarms;
}

/** The sample index as a feed's content: same events, its own source URLs unless `sameSources`. */
export function feedIndex(version: number, options: { sameSources?: boolean } = {}): IndexDocument {
  const doc = sampleIndex(version);
  doc.title = 'Example feed';
  doc.publisher = { name: 'Example Newsroom' };
  // A feed's events must name an entity or give a phrase (the bundled sample's summit does neither).
  const summit = doc.events.find((e) => e.id === 'summit');
  if (summit) summit.match = { ...summit.match, phrases: ['summit in a northern city'] };
  if (!options.sameSources) {
    for (const e of doc.events) e.sources = e.sources.map((s) => ({ ...s, url: s.url.replace('news.example.org', 'other.example.com') }));
  }
  return doc;
}

export async function signingKey(n = 0): Promise<SigningKey> {
  return (await keys())[n]!;
}

/** Publishes `doc` under the test key into `host` at FOLDER (replacing what was there). */
export async function serve(host: MemoryHost, doc: IndexDocument, key?: SigningKey): Promise<void> {
  const published = await publish(doc, key ?? (await signingKey()));
  for (const url of [...host.files.keys()]) if (url.endsWith('feed.json') || url.endsWith('.sig')) host.files.delete(url);
  host.serve(FOLDER, published);
  host.etag = `"v${doc.version}"`;
}

export interface FeedHarness extends Harness {
  host: MemoryHost;
  alarms: Map<string, Alarm>;
  clock: { now: number };
  call<T>(type: string, payload: unknown): Promise<T>;
  subscribe(): Promise<FeedStatus>;
}

/** A background with the feed origin granted; `factory` again for a worker restart. */
export function startFeedHarness(factory = new IDBFactory(), host = new MemoryHost(), clock = { now: NOW }): FeedHarness {
  const alarms = fakeAlarms();
  const h = startHarness(factory, new Set([FEED_PATTERN]), { transport: host, now: () => clock.now });
  async function call<T>(type: string, payload: unknown): Promise<T> {
    const reply = await h.send({ type, payload }, popup);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as T;
  }
  return {
    ...h,
    host,
    alarms,
    clock,
    call,
    subscribe: async () => call<FeedStatus>('feeds/subscribe', { url: FEED_URL, publicKey: (await signingKey()).trust.publicKey }),
  };
}
