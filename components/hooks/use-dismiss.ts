/**
 * "Not this event" and its Undo: each card's hidden, busy and error state, saved through the
 * background ('event/dismiss'). A card stays as it was when saving fails, and says so.
 */
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/i18n';
import type { EventView } from '@/lib/domain/event';
import { errorMessage } from '../error-message';
import type { UiServices } from '../ui-services';

export interface CardState {
  hidden: boolean;
  busy: boolean;
  error?: string;
  /** Focus the card when it comes back (after Undo). */
  refocus?: boolean;
}

export interface Dismissals {
  cards: Record<string, CardState>;
  dismiss: (event: EventView) => void;
  undo: (id: string) => void;
}

export function useDismiss(services: UiServices): Dismissals {
  const [cards, setCards] = useState<Record<string, CardState>>({});

  const setCard = (id: string, patch: Partial<CardState>): void =>
    setCards((all) => ({ ...all, [id]: { hidden: false, busy: false, ...all[id], ...patch } }));

  const dismiss = (event: EventView): void => {
    setCard(event.id, { busy: true, error: undefined });
    services.send('event/dismiss', { id: event.id, dismissed: true }).then(
      () => setCard(event.id, { hidden: true, busy: false, refocus: false }),
      () => setCard(event.id, { busy: false, error: t('dismissFailed') }),
    );
  };

  const undo = (id: string): void => {
    setCard(id, { busy: true, error: undefined });
    services.send('event/dismiss', { id, dismissed: false }).then(
      () => setCard(id, { hidden: false, busy: false, refocus: true }),
      (err: unknown) => setCard(id, { busy: false, error: t('saveFailed', [errorMessage(err)]) }),
    );
  };

  return { cards, dismiss, undo };
}
