/** A page as the content script reads it (text and lists already capped in length). */
export interface PagePayload {
  /** The page's address (location.href when it was read). */
  url: string;
  title: string;
  lang?: string;
  text: string;
  /** The address the page names as its own (link rel=canonical or og:url), resolved. */
  canonicalUrl?: string;
  published?: string;
  /** Outbound links found in the main text. */
  links: string[];
  /** Feeds the page announces (lib/extract/feed-links.ts), as data: nothing is fetched for them. */
  feeds?: DiscoveredFeed[];
}

/** A feed a page announces with <link rel="alternate" type="application/vnd.backstory.feed+json">. */
export interface DiscoveredFeed {
  /** The manifest's address (https, or http on 127.0.0.1/localhost). */
  url: string;
  /** The publisher's public key as the page gives it (checked on the options page). */
  key: string;
  title?: string;
}
