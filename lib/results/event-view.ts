/**
 * Builds what the UI shows about events (pure). Every index string on its way to a reader (popup,
 * in-page card, badge tooltip) passes through displayText here, once: no bidi override or
 * invisible character from the index reaches the screen (lib/text/display-text.ts).
 */
import type { NewsEvent, Source } from '../index-format/types';
import { displayText } from '../text/display-text';
import type { EventMatch } from '../matcher/types';
import type { EventFeed, EventView, FoundEvent } from '../domain/event';
import { qualifyId } from '../feeds/ids';
import { byProminence } from '../matcher/prominence';

/** Finds an event of the same feed by its own (feed-local) id. */
export type EventLookup = (id: string) => NewsEvent | undefined;

/**
 * An event of `feed` for display, its id and its related events' ids namespaced per feed
 * (lib/feeds/ids.ts); related events are listed with their titles when the feed has them.
 */
export function toEventView(event: NewsEvent, lookup: EventLookup, feed: EventFeed): EventView {
  const related: EventView['related'] = [];
  for (const id of event.related ?? []) {
    const other = lookup(id);
    if (other) related.push({ id: qualifyId(feed.id, id), title: displayText(other.title) });
  }
  return {
    id: qualifyId(feed.id, event.id),
    title: displayText(event.title),
    summary: displayText(event.summary),
    ...(event.language ? { language: event.language } : {}),
    dates: event.dates,
    sources: event.sources.map(sourceView),
    related,
    feed,
  };
}

/** A source for display: its URL as the index has it (links show its parsed host), its text cleaned. */
function sourceView(source: Source): Source {
  const view: Source = { ...source, outlet: displayText(source.outlet) };
  if (source.title !== undefined) view.title = displayText(source.title);
  return view;
}

/**
 * One feed's matches as FoundEvents, main events first, then best score; matches of unknown events are dropped.
 * "This page is a source" is the engine's own 'page-url' evidence, never a second comparison.
 */
export function buildFoundEvents(matches: readonly EventMatch[], lookup: EventLookup, feed: EventFeed): FoundEvent[] {
  const found: FoundEvent[] = [];
  const seen = new Set<string>();
  for (const m of matches) {
    const event = lookup(m.id);
    if (!event || seen.has(m.id)) continue;
    seen.add(m.id);
    found.push({
      ...toEventView(event, lookup, feed),
      score: m.score,
      prominence: m.prominence,
      evidence: m.evidence,
      pageIsSource: m.evidence.some((e) => e.kind === 'page-url'),
    });
  }
  return found.sort(byProminence);
}

/** Events the reader has not dismissed. */
export function visibleEvents<T extends { id: string }>(events: readonly T[], dismissed: readonly string[]): T[] {
  if (dismissed.length === 0) return [...events];
  const hidden = new Set(dismissed);
  return events.filter((e) => !hidden.has(e.id));
}
