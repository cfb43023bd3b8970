/**
 * What the worker keeps in memory of a feed's events once their matcher is compiled: everything a
 * card and the search need (title, summary, dates, sources, related, and the rule's entity ids),
 * without the rule's context terms and phrases, which only the compiler reads. A 100k-event feed's
 * terms are millions of strings; keeping them alive beside the matcher made every garbage
 * collection mark them, and an update (old and new version in memory at once) paused the worker
 * for longer than 200 ms (README, Benchmark: bench:feed-browser).
 */
import type { NewsEvent } from '../index-format/types';

export function keptEvent(event: NewsEvent): NewsEvent {
  const { match } = event;
  return { ...event, match: { all: match.all, ...(match.any ? { any: match.any } : {}), context: [] } };
}
