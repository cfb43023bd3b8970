/**
 * Whether a page is about an event (`main`) or names it (`mention`), and the order events are
 * listed in everywhere (scan CLI, popup, badge tooltip, highlights): main events first, then by
 * score, then by id.
 */
import type { EventMatch, Prominence } from './types';

/** Evidence starting within this many characters of the text's start is in the page's lead. */
export const LEAD_CHARS = 600;
/** A page is about a few events at most. */
export const MAX_MAIN = 3;

/** First version: an event evidenced in the lead (or the page being its source) is main. */
export function decideProminence(matches: { id: string; score: number; evidence: EventMatch['evidence'] }[]): Prominence[] {
  return matches.map((m) => {
    const lead = m.evidence.some((e) => e.kind === 'page-url' || ('start' in e && e.start < LEAD_CHARS));
    return lead ? 'main' : 'mention';
  });
}

/** Main events first, then higher scores, then ids: the one order of found events. */
export function byProminence<T extends { id: string; score: number; prominence: Prominence }>(a: T, b: T): number {
  if (a.prominence !== b.prominence) return a.prominence === 'main' ? -1 : 1;
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
