/** When is a page's text change worth a new scan? (pure; the content script's heuristics) */

/** Rescan when the text length moved by at least this many characters and this share. */
const MIN_CHARS = 200;
const MIN_SHARE = 0.05;

export function meaningfulChange(previousLength: number, length: number): boolean {
  const delta = Math.abs(length - previousLength);
  return delta >= Math.max(MIN_CHARS, previousLength * MIN_SHARE);
}

/** After this many change-triggered scans of one URL the content script stops observing it. */
export const MAX_RESCANS_PER_URL = 20;
