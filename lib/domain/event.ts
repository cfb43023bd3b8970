/** Events as the reader sees them: in the popup, on the badge and in the page's highlights. */
import type { EventDates, Source } from '../index-format/types';
import type { Evidence, Prominence } from '../matcher/types';

/**
 * Which feed asserts an event. `id` is the extension's feed id ('bundled' for the built-in index);
 * `stale`: the feed's installed version has expired (or its newer version came expired).
 */
export interface EventFeed {
  id: string;
  publisher: string;
  stale: boolean;
  /** The installed version's `expires` (ISO date-time): the date a stale feed's cards show. */
  expires?: string;
}

/** An event as the UI shows it. */
export interface EventView {
  /**
   * Event id, namespaced per feed inside the extension (lib/feeds/ids.ts): the bundled
   * feed's events keep their own id ("louvre-heist"), another feed's are "<feedId>:<eventId>".
   */
  id: string;
  title: string;
  summary: string;
  /** Language of title and summary (the index's, unless the event has its own). */
  language?: string;
  dates: EventDates;
  sources: Source[];
  related: { id: string; title: string }[];
  feed: EventFeed;
}

/** An event the engine found on a page, with its score and the evidence for it. */
export interface FoundEvent extends EventView {
  score: number;
  /** `main`: the page is about it; `mention`: the page names it. Main events come first. */
  prominence: Prominence;
  evidence: Evidence[];
  /** The current page is itself one of the event's sources (the engine's 'page-url' evidence). */
  pageIsSource: boolean;
}
