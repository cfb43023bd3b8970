/**
 * Which texts to underline: the words of each event's evidence as the page wrote them
 * (entity names, distinctive phrases, context terms), deduplicated across events.
 */
import type { FoundEvent } from '../domain/event';

/** Lower is preferred when the mark budget runs out: phrases, then names, then context words. */
export type MentionPriority = 0 | 1 | 2;

export interface Mention {
  /** The text as first seen in the evidence, whitespace runs collapsed to one space. */
  text: string;
  priority: MentionPriority;
  /** Events this text is evidence for, in the order the events were given (best first). */
  eventIds: string[];
}

const MIN_LENGTH = 3;
const MAX_LENGTH = 200;

const PRIORITY: Record<string, MentionPriority | undefined> = { phrase: 0, entity: 1, context: 2 };

export function collapseSpace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** Case-insensitive identity of a mention text (also used to dedupe). */
function keyOf(text: string): string {
  return text.toLowerCase();
}

export function collectMentions(events: readonly FoundEvent[], maxMentions: number): Mention[] {
  const byKey = new Map<string, Mention>();
  for (const event of events) {
    for (const ev of event.evidence) {
      const priority = PRIORITY[ev.kind];
      if (priority === undefined || !('text' in ev) || typeof ev.text !== 'string') continue;
      const text = collapseSpace(ev.text);
      if (text.length < MIN_LENGTH || text.length > MAX_LENGTH) continue;
      const key = keyOf(text);
      const known = byKey.get(key);
      if (!known) {
        byKey.set(key, { text, priority, eventIds: [event.id] });
        continue;
      }
      if (priority < known.priority) known.priority = priority;
      if (!known.eventIds.includes(event.id)) known.eventIds.push(event.id);
    }
  }
  // Stable sort: by priority, then first-seen order (which follows the events' order).
  return [...byKey.values()].sort((a, b) => a.priority - b.priority).slice(0, maxMentions);
}
