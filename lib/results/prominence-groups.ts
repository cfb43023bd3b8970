/**
 * Main events and mentions as the reader sees them (popup, badge tooltip): the events a page is
 * about, then the ones it only names. A page that is one of an event's sources is about it, and a
 * result stored before prominence existed (no field) shows its events as main, as it did then.
 */
import type { FoundEvent } from '../domain/event';

type Ranked = Pick<FoundEvent, 'prominence' | 'pageIsSource'>;

/** Shown in the "Also mentioned" list rather than as a main event. */
export function isMention(event: Ranked): boolean {
  return event.prominence === 'mention' && !event.pageIsSource;
}

/** The events split by how they are shown, each part in the given order. */
export function splitByProminence<T extends Ranked>(events: readonly T[]): { main: T[]; mentions: T[] } {
  const main: T[] = [];
  const mentions: T[] = [];
  for (const event of events) (isMention(event) ? mentions : main).push(event);
  return { main, mentions };
}
