/**
 * Events opened from the popup's main area, as a stack of detail views: a card's related events
 * (each loaded with 'event/get') and the page's mentioned events (already known). Back closes the
 * top one and returns focus to what opened it.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EventView } from '@/lib/domain/event';
import type { UiServices } from '../ui-services';

export interface Detail {
  id: string;
  title: string;
  /** The event whose card (or list line) opened this, to return focus on Back. */
  from?: string;
  /** One of the page's events (opened from the mentions list): its card can be hidden. */
  found?: boolean;
  status: 'loading' | 'done' | 'error';
  event?: EventView | null;
}

export interface DetailStack {
  /** The view on top, if any. */
  detail: Detail | undefined;
  /** The handler for a card's related links (`from`: that card's event id). */
  openRelated: (from: string | undefined) => (id: string, title: string) => void;
  /** Opens one of the page's events (a line of the mentions list) in the detail view. */
  openFound: (event: EventView) => void;
  back: () => void;
  /** The Back button: focused when a view opens. */
  backRef: RefObject<HTMLButtonElement | null>;
}

/** `mainRef`: where the cards are (and what gets focus when the card is gone). */
export function useDetailStack(services: UiServices, mainRef: RefObject<HTMLElement | null>): DetailStack {
  const [details, setDetails] = useState<Detail[]>([]);
  const backRef = useRef<HTMLButtonElement>(null);

  const openRelated = (from: string | undefined) => (id: string, title: string): void => {
    setDetails((stack) => [...stack, { id, title, from, status: 'loading' }]);
    services.send('event/get', { id }).then(
      (event) => setDetails((stack) => stack.map((d) => (d.id === id && d.status === 'loading' ? { ...d, status: 'done', event } : d))),
      () => setDetails((stack) => stack.map((d) => (d.id === id && d.status === 'loading' ? { ...d, status: 'error' } : d))),
    );
  };

  const openFound = (event: EventView): void => {
    setDetails((stack) => [...stack, { id: event.id, title: event.title, from: event.id, found: true, status: 'done', event }]);
  };

  const back = (): void => {
    const closing = details[details.length - 1];
    setDetails((stack) => stack.slice(0, -1));
    // Return focus to the card or list line the view was opened from (or the Undo of its notice,
    // if it was hidden meanwhile), once it is back in the DOM.
    setTimeout(() => {
      const id = closing?.from && CSS.escape(closing.from);
      const target = id
        ? mainRef.current?.querySelector<HTMLElement>(
            [`[data-testid="event"][data-event-id="${id}"]`, `[data-testid="mention"][data-event-id="${id}"]`, `[data-testid="dismissed"][data-event-id="${id}"] [data-testid="undo"]`].join(', '),
          )
        : null;
      (target ?? mainRef.current)?.focus();
    }, 0);
  };

  const detail = details[details.length - 1];
  useEffect(() => {
    if (detail) backRef.current?.focus();
  }, [details.length]);

  return { detail, openRelated, openFound, back, backRef };
}
