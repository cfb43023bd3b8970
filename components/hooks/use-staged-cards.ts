/**
 * The first frame with the tab's answer shows the cards that fill the popup; the others follow in
 * the next frame (they are below the fold). That keeps the first frame's script, style and layout
 * work small: measured in `npm run bench:popup`.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { markFrameDrawn } from '../bench/frame-marks';
import type { FoundEvent } from '@/lib/domain/event';
import type { PageState } from '../popup-load';

/** Event cards in the first frame: about what the popup (600 px high at most) shows before scrolling. */
export const FIRST_FRAME_CARDS = 2;

// MODE is a constant in every build: outside the bench build the marks and their module are dropped.
const benchMark = import.meta.env.MODE === 'bench' ? markFrameDrawn : undefined;

export interface StagedCards {
  /** The tab's events to draw now. */
  shown: FoundEvent[];
  /** Some are left for the next frame. */
  pending: boolean;
}

export function useStagedCards(page: PageState): StagedCards {
  const [allCards, setAllCards] = useState(false);
  // An animation frame callback runs as a frame starts and a timeout after it once it is drawn.
  // Not an effect: Preact runs pending effects early, before any frame, when the component renders
  // again (another answer arriving).
  useLayoutEffect(() => {
    if (page.status === 'loading') return;
    const pending = !allCards && page.status === 'ok' && page.result.events.length > FIRST_FRAME_CARDS;
    requestAnimationFrame(() =>
      setTimeout(() => {
        benchMark?.(!pending);
        if (pending) setAllCards(true);
      }),
    );
  }, [page.status, allCards]);
  const events = page.status === 'ok' ? page.result.events : [];
  const pending = !allCards && events.length > FIRST_FRAME_CARDS;
  return { shown: pending ? events.slice(0, FIRST_FRAME_CARDS) : events, pending };
}
