/**
 * One page result from the results of several feeds (pure).
 *
 * Each active feed's matcher runs on the page in turn (feeds in their listed order, the bundled
 * one first); the found events are merged and sorted main events first, then by score (ties keep feed order).
 *
 * A source URL listed by two feeds is shown once: walking the cards best first, a source whose
 * URL (compared as readers mean it: lib/url/identity.ts) an earlier card of ANOTHER feed
 * already shows is left off the later card. Within one feed nothing changes (one publisher may
 * cite one article for two events on purpose). A card left with no source of its own is dropped:
 * the reporting it points to is already on the page's result, under the publisher that ranked it
 * higher; a card that keeps at least one source stays, with the sources only it adds.
 */
import type { Source } from '../index-format/types';
import type { FoundEvent } from '../domain/event';
import { articleKey } from '../url/identity';
import { mainFirst } from '../matcher/prominence';

export function mergeFeedResults(perFeed: readonly (readonly FoundEvent[])[]): FoundEvent[] {
  const all = perFeed.flat();
  // Array.prototype.sort is stable: equal scores keep feed order.
  all.sort(mainFirst);
  if (perFeed.filter((list) => list.length > 0).length < 2) return all;

  const shownBy = new Map<string, string>(); // url key -> feed id of the first card showing it
  const merged: FoundEvent[] = [];
  for (const card of all) {
    const kept: Source[] = card.sources.filter((s) => {
      const key = articleKey(s.url) ?? s.url;
      const owner = shownBy.get(key);
      return owner === undefined || owner === card.feed.id;
    });
    if (kept.length === 0 && card.sources.length > 0) continue;
    for (const s of kept) {
      const key = articleKey(s.url) ?? s.url;
      if (!shownBy.has(key)) shownBy.set(key, card.feed.id);
    }
    merged.push(kept.length === card.sources.length ? card : { ...card, sources: kept });
  }
  return merged;
}
