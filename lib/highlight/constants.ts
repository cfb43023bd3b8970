/**
 * Names the in-page highlight UI leaves in the page DOM. They are stable across extension versions
 * so that a new instance can find and remove what an old (reloaded or updated) one left behind.
 * The content script can use them to ignore its own mutations and to skip our UI when extracting text.
 */

/** Tag of the element wrapping one mention in the page's text. */
export const MARK_TAG = 'backstory-mark';

/** Attribute on the element hosting the card's closed shadow root. */
export const UI_HOST_ATTR = 'data-backstory-ui';

/** Default bounds so that a huge or hostile DOM never makes the page hang. */
export interface HighlightLimits {
  /** Most marks placed on one page. */
  maxMarks: number;
  /** Most text nodes read while looking for mentions. */
  maxTextNodes: number;
  /** Most characters of text read. */
  maxChars: number;
  /** Wall-clock budget for the search, in ms (checked every few nodes). */
  maxMs: number;
  /** Most distinct mention texts searched for. */
  maxMentions: number;
}

export const DEFAULT_LIMITS: HighlightLimits = {
  maxMarks: 200,
  maxTextNodes: 50_000,
  maxChars: 2_000_000,
  maxMs: 30,
  maxMentions: 120,
};
