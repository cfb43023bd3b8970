/** Public types of the matching engine (pure TypeScript, no browser API). */
import type { IsoDate } from '../index-format/types';

/** What the engine needs to know about a page. Produced by lib/extract from a DOM, or by hand. */
export interface PageInput {
  /** Main text. Paragraphs separated by blank lines ("\n\n"). Offsets in evidence refer to it. */
  text: string;
  /** The page's address: in the extension, the one the browser reports for the tab. */
  url?: string;
  /**
   * The address the page names as its own (link rel=canonical, og:url), when it names one. Only
   * the page's own claim: it counts as the page's address on the same site as `url`
   * (lib/url/identity.ts sameSite), and otherwise at most as a link.
   */
  canonicalUrl?: string;
  /** Outbound link URLs found in the main text. */
  links?: string[];
  /** Publication date, when known. Events first public after it are not matched. */
  published?: IsoDate;
  /** BCP 47 / ISO 639 language of the page, when known. */
  lang?: string;
  title?: string;
}

export type Evidence =
  /** An entity's name, as written on the page. */
  | { kind: 'entity'; entity: string; text: string; start: number; end: number }
  /** A context term; `group` is the index of the context group in the event's rule. */
  | { kind: 'context'; group: number; text: string; start: number; end: number }
  /** A distinctive phrase of the event. */
  | { kind: 'phrase'; text: string; start: number; end: number }
  /** The page itself is one of the event's sources (the same article: lib/url/identity.ts); `url` is the page's. */
  | { kind: 'page-url'; url: string }
  /** The page links to one of the event's sources. */
  | { kind: 'link'; url: string };

/** `main`: the page is about the event; `mention`: the page names it (background, in passing). */
export type Prominence = 'main' | 'mention';

export interface EventMatch {
  /** Event id. */
  id: string;
  /** Main events are listed first (lib/matcher/prominence.ts). */
  prominence: Prominence;
  /** 0..1; higher means more and closer evidence. */
  score: number;
  evidence: Evidence[];
}
