/** Events as the reader sees them: in the popup, on the badge and in the page's highlights. */
import type { EventDates, Source } from '../index-format/types';
import type { Evidence } from '../matcher/types';

/** An event as the UI shows it. */
export interface EventView {
  id: string;
  title: string;
  summary: string;
  /** Language of title and summary (the index's, unless the event has its own). */
  language?: string;
  dates: EventDates;
  sources: Source[];
  related: { id: string; title: string }[];
}

/** An event the engine found on a page, with its score and the evidence for it. */
export interface FoundEvent extends EventView {
  score: number;
  evidence: Evidence[];
  /** The current page is itself one of the event's sources (the engine's 'page-url' evidence). */
  pageIsSource: boolean;
}
