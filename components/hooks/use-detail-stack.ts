/**
 * Related events opened from a card, as a stack of detail views: each is loaded with 'event/get',
 * Back closes the top one and returns focus to the card whose link opened it.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EventView } from '@/lib/domain/event';
import type { UiServices } from '../ui-services';

export interface Detail {
  id: string;
  title: string;
  /** The card whose related link opened this, to return focus on Back. */
  from?: string;
  status: 'loading' | 'done' | 'error';
  event?: EventView | null;
}

export interface DetailStack {
  /** The view on top, if any. */
  detail: Detail | undefined;
  /** The handler for a card's related links (`from`: that card's event id). */
  openRelated: (from: string | undefined) => (id: string, title: string) => void;
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

  const back = (): void => {
    const closing = details[details.length - 1];
    setDetails((stack) => stack.slice(0, -1));
    // Return focus to the card whose related link was followed, once it is back in the DOM.
    setTimeout(() => {
      const target = closing?.from
        ? mainRef.current?.querySelector<HTMLElement>(`[data-testid="event"][data-event-id="${CSS.escape(closing.from)}"]`)
        : null;
      (target ?? mainRef.current)?.focus();
    }, 0);
  };

  const detail = details[details.length - 1];
  useEffect(() => {
    if (detail) backRef.current?.focus();
  }, [details.length]);

  return { detail, openRelated, back, backRef };
}
