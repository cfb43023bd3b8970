/**
 * Feeds a page announces (pure; the content script bundles it):
 *   <link rel="alternate" type="application/vnd.backstory.feed+json" href="https://…/feed.json"
 *         title="…" data-backstory-key="ed25519:…">
 * Read as data only: nothing is fetched because a page announces a feed; the reader sees an offer
 * in the popup and confirms on the options page, which checks the key's form properly. Here every
 * value is capped and cleaned so a hostile page cannot send anything large or strange onwards.
 */
import type { DiscoveredFeed } from '../domain/page';
import { checkFeedUrl } from '../feeds/feed-url';

export const FEED_LINK_TYPE = 'application/vnd.backstory.feed+json';
/** Feeds kept per page. */
export const MAX_FEED_LINKS = 8;
/** Announcing <link> elements looked at per page (the rest are ignored unread). */
export const MAX_FEED_LINK_CANDIDATES = 32;
/** Longest announced address read (a manifest URL; real ones are far shorter). */
export const MAX_FEED_URL = 2_048;
export const MAX_FEED_KEY = 128;
export const MAX_FEED_TITLE = 200;
/** What a key may look like when it travels from a page: one word of printable ASCII. */
export const FEED_KEY_FORM = /^[\x21-\x7e]+$/;

/** The attributes of one candidate <link>, as the document survey read them. */
export interface FeedLinkAttributes {
  rel: string | null;
  type: string | null;
  href: string | null;
  title: string | null;
  key: string | null;
}

/** Is this <link> an announcement (rel contains "alternate", type is ours)? Cheap: the survey asks for every <link>. */
export function isFeedLink(rel: string | null, type: string | null): boolean {
  if (type === null || type.trim().toLowerCase() !== FEED_LINK_TYPE) return false;
  return rel !== null && rel.toLowerCase().split(/\s+/).includes('alternate');
}

// Control characters, and the invisible ones that reorder or hide text (bidi overrides, zero-width).
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

function cleanTitle(title: string | null): string | undefined {
  if (title === null) return undefined;
  // Cut first: the regular expressions below then never see more than a few hundred characters.
  const cleaned = title.slice(0, MAX_FEED_TITLE * 4).replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? undefined : Array.from(cleaned).slice(0, MAX_FEED_TITLE).join('');
}

/** A key is one token of printable ASCII ("ed25519:" + base64); its real check is on the options page. */
function cleanKey(key: string | null): string | undefined {
  if (key === null || key.length > MAX_FEED_KEY * 2) return undefined;
  const trimmed = key.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_FEED_KEY && FEED_KEY_FORM.test(trimmed) ? trimmed : undefined;
}

/** One announced feed, or undefined when its address or key is missing or not acceptable. */
export function readFeedLink(link: FeedLinkAttributes, base: string | undefined): DiscoveredFeed | undefined {
  if (!isFeedLink(link.rel, link.type) || link.href === null || link.href.length > MAX_FEED_URL) return undefined;
  const key = cleanKey(link.key);
  if (key === undefined) return undefined;
  let href: string;
  try {
    href = base === undefined ? link.href.trim() : new URL(link.href.trim(), base).href;
  } catch {
    return undefined;
  }
  const address = checkFeedUrl(href);
  if (!address.ok || address.url.length > MAX_FEED_URL) return undefined;
  const title = cleanTitle(link.title);
  return title === undefined ? { url: address.url, key } : { url: address.url, key, title };
}

/** The page's announced feeds: valid ones in document order, one per address, at most MAX_FEED_LINKS. */
export function readFeedLinks(links: readonly FeedLinkAttributes[], base: string | undefined): DiscoveredFeed[] {
  const feeds: DiscoveredFeed[] = [];
  for (const link of links.slice(0, MAX_FEED_LINK_CANDIDATES)) {
    const feed = readFeedLink(link, base);
    if (feed && !feeds.some((f) => f.url === feed.url)) feeds.push(feed);
    if (feeds.length === MAX_FEED_LINKS) break;
  }
  return feeds;
}
