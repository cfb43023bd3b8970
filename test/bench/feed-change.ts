/**
 * Generated feeds shaped like a news index over time, and the two kinds of 1% update the feed
 * benchmark and the sharding tests measure:
 *  - recent (the realistic case): half the changed events are new events after the newest one,
 *    half are edits (a new summary) to events drawn at random from the most recent 2% by date;
 *    as many of the oldest events leave as arrive (a rolling window: the feed keeps its size, and
 *    a 100k feed stays within the index format's 100k-event cap);
 *  - scattered (the worst case): edits to events drawn at random from all dates.
 */
import type { IndexDocument, NewsEvent } from '../../lib/index-format/types';
import { generateIndex, rng } from './generate';

const DAY = 86_400_000;
const START = Date.parse('2016-01-01T00:00:00Z');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** generateIndex(n) with events spread evenly over ten years (newest last). */
export function newsIndex(events: number, seed = 1): IndexDocument {
  const doc = generateIndex(events, seed);
  const span = 3650;
  doc.events.forEach((e, i) => {
    e.dates = { start: isoDay(START + Math.floor((i * span) / events) * DAY) };
  });
  doc.generated = '2026-01-01T00:00:00Z';
  doc.expires = '2036-01-01T00:00:00Z';
  return doc;
}

const byDate = (a: NewsEvent, b: NewsEvent) => (a.dates.start < b.dates.start ? -1 : a.dates.start > b.dates.start ? 1 : 0);

function edit(e: NewsEvent, version: number): void {
  e.summary = `${e.summary} Updated in version ${version}.`;
}

/** Changes `fraction` of the events the realistic way (see the file header); version + 1. */
export function recentChange(doc: IndexDocument, fraction = 0.01, seed = 7): IndexDocument {
  const next = structuredClone(doc);
  next.version += 1;
  const r = rng(seed);
  const count = Math.max(2, Math.round(doc.events.length * fraction));
  const sorted = [...next.events].sort(byDate);
  const recent = sorted.slice(Math.floor(sorted.length * 0.98));
  const picked = new Set<NewsEvent>();
  while (picked.size < Math.min(count >> 1, recent.length)) picked.add(recent[Math.floor(r() * recent.length)]!);
  for (const e of picked) edit(e, next.version);
  const newest = Date.parse(`${sorted.at(-1)!.dates.start}T00:00:00Z`);
  const arriving = count - (count >> 1);
  const leaving = new Set(sorted.slice(0, arriving));
  next.events = next.events.filter((e) => !leaving.has(e));
  for (let i = 0; i < arriving; i++) {
    const model = next.events[Math.floor(r() * next.events.length)]!;
    next.events.push({ ...structuredClone(model), id: `new-${next.version}-${i}`, title: `New event ${i}`, dates: { start: isoDay(newest + (1 + Math.floor(i / 30)) * DAY) } });
  }
  return next;
}

/** Edits `fraction` of the events drawn from all dates; version + 1. */
export function scatteredChange(doc: IndexDocument, fraction = 0.01, seed = 7): IndexDocument {
  const next = structuredClone(doc);
  next.version += 1;
  const r = rng(seed);
  const count = Math.max(1, Math.round(doc.events.length * fraction));
  const picked = new Set<number>();
  while (picked.size < count) picked.add(Math.floor(r() * next.events.length));
  for (const i of picked) edit(next.events[i]!, next.version);
  return next;
}
