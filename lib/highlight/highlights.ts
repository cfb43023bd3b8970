/**
 * Optional in-page highlights (the "highlights" setting; off by default): underline each mention of
 * a found event in the page and show a card about the event on hover or focus.
 *
 * Runs in the content script's isolated world and uses the DOM only (no extension API): the content
 * script passes the events, the translated labels and an AbortSignal that it aborts on extension
 * reload/update or SPA navigation. What one call placed is removed when its signal aborts;
 * clearHighlights and a new showHighlights remove that and also the marks and hosts an earlier
 * instance of the extension left, found by their stable names (./constants).
 *
 * The marks are in the page's DOM, where its scripts can read them: they carry only the page's own
 * words and the brand name (no event title, id or source), and everything about the events lives
 * in the card's closed shadow root.
 */
import type { FoundEvent } from '../domain/event';
import { isMention } from '../results/prominence-groups';
import { createCard, type CardController } from './card';
import { DEFAULT_LIMITS, MARK_TAG, UI_HOST_ATTR, type HighlightLimits } from './constants';
import { findMentions } from './find-mentions';
import { makeLabels } from './labels';
import { removeStrayMarks, unwrapAll, wrapHits, type MarkSet } from './mark-ranges';
import { collectMentions } from './mention-texts';
import { dom } from './safe-dom';

export interface HighlightOptions {
  signal: AbortSignal;
  /** UI strings by key, with $1.. substitutions (see ./labels); English when missing. */
  label?: (key: string, subs?: string[]) => string;
  /** Where to look for mentions: the article element when the content script knows it; default body. */
  root?: Element;
  /** Tighter or looser bounds than DEFAULT_LIMITS. */
  limits?: Partial<HighlightLimits>;
}

interface Instance {
  card: CardController | null;
  marks: MarkSet;
  /** Removes our abort listener from the caller's signal when this instance is cleared. */
  done: AbortController;
}

const instances = new WeakMap<Document, Instance>();

export function showHighlights(doc: Document, events: FoundEvent[], opts: HighlightOptions): void {
  clearHighlights(doc);
  if (opts.signal.aborted || events.length === 0) return;
  const limits: HighlightLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const root = opts.root ?? dom.body(doc);
  if (!root) return;

  // Main events first, as in the popup (the background sends them so; a stable sort keeps the rest):
  // their words win the mark budget and a word shared with a mentioned event opens the main one's card.
  const ordered = [...events].sort((a, b) => Number(isMention(a)) - Number(isMention(b)));
  const mentions = collectMentions(ordered, limits.maxMentions);
  const hits = findMentions(doc, root, mentions, limits);
  if (hits.length === 0) return;

  const labels = makeLabels(opts.label);
  const byId = new Map(ordered.map((e) => [e.id, e]));
  const instance: Instance = { card: null, marks: { marks: [], records: [] }, done: new AbortController() };
  instances.set(doc, instance);
  try {
    const card = createCard(doc, labels);
    instance.card = card;
    const hasTabStop = new Set<number>();
    instance.marks = wrapHits(doc, hits, (el, hit, words) => {
      const mention = mentions[hit.mention]!;
      const evs = mention.eventIds.map((id) => byId.get(id)).filter((e): e is FoundEvent => e !== undefined);
      // One tab stop per distinct mention, so a long article does not gain hundreds of them.
      const focusable = !hit.passive && !hasTabStop.has(hit.mention);
      if (focusable) {
        hasTabStop.add(hit.mention);
        // Not the event's title: the page can read the marks (only the closed card shows it).
        el.setAttribute('aria-label', `${words} (${labels('highlightBrand')})`);
      }
      card.bindMark(el, evs, focusable);
    });
  } catch (error) {
    clearHighlights(doc);
    throw error;
  }
  // Aborting removes only what this call placed: a copy of the script that ends because it was
  // orphaned or superseded must not take away the marks of the copy that replaced it.
  opts.signal.addEventListener('abort', () => drop(doc, instance), { once: true, signal: instance.done.signal });
}

function drop(doc: Document, instance: Instance): void {
  if (instances.get(doc) === instance) instances.delete(doc);
  instance.done.abort();
  instance.card?.destroy();
  unwrapAll(instance.marks);
}

/** Removes this copy's highlights, and any an earlier copy of the extension left behind. */
export function clearHighlights(doc: Document): void {
  const instance = instances.get(doc);
  if (instance) drop(doc, instance);
  // Whatever is left is not ours: an earlier instance of the extension (reloaded, updated) left it.
  for (const host of dom.querySelectorAll(doc, `[${UI_HOST_ATTR}]`)) dom.remove(host);
  removeStrayMarks(doc);
}

export { MARK_TAG, UI_HOST_ATTR };
