/**
 * The options page's subscribe link (pure): options.html?subscribe=URL&key=KEY&title=TITLE, which
 * the popup opens for a feed a page announces. The options page only pre-fills its form from it;
 * the reader confirms with "Subscribe", and the form checks both values as if they were typed.
 */
import type { DiscoveredFeed } from '@/lib/domain/page';

/** Longest value read from the query (the form checks the real limits). */
const MAX_PARAM = 4_096;

/** "?subscribe=…&key=…&title=…" */
export function subscribeQuery(feed: DiscoveredFeed): string {
  const params = new URLSearchParams({ subscribe: feed.url, key: feed.key });
  if (feed.title) params.set('title', feed.title);
  return `?${params.toString()}`;
}

/** The feed to pre-fill from the options page's query, if it has one. */
export function readSubscribeQuery(search: string): DiscoveredFeed | undefined {
  const params = new URLSearchParams(search);
  const url = params.get('subscribe');
  if (!url || url.length > MAX_PARAM) return undefined;
  const key = (params.get('key') ?? '').slice(0, MAX_PARAM);
  const title = (params.get('title') ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return title ? { url, key, title } : { url, key };
}
