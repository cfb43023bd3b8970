/**
 * Event ids inside the extension are namespaced per feed (pure). The bundled feed's events keep
 * their own ids ("louvre-heist"), so dismissals stored before feeds existed still apply; another
 * feed's events are "<feedId>:<eventId>" ("example-news:louvre-heist"). Index event ids are
 * [a-z0-9-] and feed ids too, so the first ':' separates them unambiguously. The scan CLI, given
 * one index, prints each event's own id.
 */
export const BUNDLED_FEED_ID = 'bundled';

export function qualifyId(feedId: string, eventId: string): string {
  return feedId === BUNDLED_FEED_ID ? eventId : `${feedId}:${eventId}`;
}

/** The feed and the feed's own event id of an extension event id. */
export function splitId(id: string): { feedId: string; eventId: string } {
  const at = id.indexOf(':');
  return at < 0 ? { feedId: BUNDLED_FEED_ID, eventId: id } : { feedId: id.slice(0, at), eventId: id.slice(at + 1) };
}

/**
 * The extension's id for a newly subscribed feed: the manifest's own id (lowercase [a-z0-9-]),
 * or with "-2", "-3"... when another feed (or the bundled one) already has it, so that two
 * publishers choosing the same id never share event ids.
 */
export function allocateFeedId(manifestId: string, taken: ReadonlySet<string>): string {
  const base = /^[a-z0-9-]{1,60}$/.test(manifestId) ? manifestId : 'feed';
  if (base !== BUNDLED_FEED_ID && !taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}
