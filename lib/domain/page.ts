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
}
