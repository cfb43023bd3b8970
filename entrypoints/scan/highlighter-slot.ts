/**
 * Where the content script finds the highlighter (lib/highlight: the marks and the in-page card),
 * which is a script of its own, entrypoints/highlighter: most pages have nothing to highlight
 * (highlights are off by default, and most pages mention no event), so scan.js leaves it out and
 * asks the background to inject it ('page/highlighter') the first time it has something to show
 * or to take away. The injected script puts its two functions here, on the content script's own
 * global (page scripts cannot see it; a symbol key, so no page element can take its name), and the
 * copy of scan.js that asked takes them: a copy of a newer version of the extension loads its own.
 */
import { MARK_TAG, UI_HOST_ATTR } from '@/lib/highlight/constants';
import type { clearHighlights, showHighlights } from '@/lib/highlight/highlights';

export interface Highlighter {
  show: typeof showHighlights;
  clear: typeof clearHighlights;
}

const SLOT = Symbol.for('backstory.highlighter');

type Slotted = typeof globalThis & { [SLOT]?: Highlighter };

/** Called by the injected highlighter script. */
export function provideHighlighter(highlighter: Highlighter): void {
  (globalThis as Slotted)[SLOT] = highlighter;
}

/** The highlighter the last injection provided (once: the slot is emptied), if any. */
export function takeHighlighter(): Highlighter | undefined {
  const slotted = globalThis as Slotted;
  const highlighter = slotted[SLOT];
  delete slotted[SLOT];
  return highlighter;
}

/** Are there marks or a card host in the page (this copy's, or left by an earlier one)? */
export function pageHasHighlights(doc: Document): boolean {
  // The prototype's method: a page element named "querySelector" cannot stand in for it.
  return Document.prototype.querySelector.call(doc, `${MARK_TAG}, [${UI_HOST_ATTR}]`) !== null;
}
