/** Does a page's extracted text have anything to read? (pure) */

/** Fewer letters and digits than this and the page counts as "no readable text". */
export const MIN_READABLE = 20;

export function isReadableText(text: string): boolean {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]/gu)) {
    if (++n >= MIN_READABLE) return true;
  }
  return false;
}
