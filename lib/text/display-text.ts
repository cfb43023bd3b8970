/**
 * Index and page text made safe to show (pure). The UI isolates each such string's direction
 * itself (dir="auto", <bdi>), so the text never needs controls of its own; with them, an index
 * could reorder what a reader sees (a right-to-left override in an outlet's name reverses the rest
 * of its line) or hide characters. They are removed, not shown as visible marks: readers could do
 * nothing with "⟨U+202E⟩", and removing them cannot change which link a reader follows (links
 * are labelled by their parsed host: lib/url/links.ts).
 *
 * Removed: the bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI),
 * C0/C1 control characters other than tab and line feed, and the invisible characters that mean
 * nothing in any script (zero-width space, word joiner, BOM, Mongolian vowel separator, invisible
 * math operators, deprecated format characters, interlinear annotations, tag characters).
 *
 * Kept: ZWJ and ZWNJ (U+200D, U+200C), which Hindi, Persian, Arabic and emoji need to be written
 * correctly and which only change how neighbours join, and the directional marks LRM, RLM and ALM
 * (U+200E, U+200F, U+061C), which right-to-left text uses to place punctuation and cannot reorder
 * anything beyond the neutral characters next to them.
 */
const STRIPPED =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u180E\u200B\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;

/** Bidi embedding, override and isolate controls: what this module never lets through. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

export function displayText(text: string): string {
  return text.replace(STRIPPED, '');
}

/**
 * The same characters, and tab and line feed, percent-encoded instead of removed: for a decoded
 * URL path, where they are part of the address and browsers show them encoded too.
 */
export function encodeInvisibles(path: string): string {
  return path.replace(STRIPPED, encodeURIComponent).replace(/[\t\n]/g, encodeURIComponent);
}
