/**
 * An event card in the popup, with what the popup knows about it: whether it was found on this
 * page (and why), and, where the reader can hide it, its "Not this event" state; a hidden card
 * becomes its notice with Undo.
 */
import type { EventView, FoundEvent } from '@/lib/domain/event';
import { DismissedNotice } from './DismissedNotice';
import { EventCard } from './EventCard';
import type { Dismissals } from './hooks/use-dismiss';

export interface CardContext {
  locale: string;
  /** The events found on the page, with their evidence. */
  pageEvents: readonly FoundEvent[];
  dismissals: Dismissals;
  openRelated: (from: string | undefined) => (id: string, title: string) => void;
}

export function PopupCard({ event, withDismiss, ctx }: { event: EventView; withDismiss: boolean; ctx: CardContext }) {
  const found = ctx.pageEvents.find((e) => e.id === event.id);
  const { cards, dismiss, undo } = ctx.dismissals;
  const state = cards[event.id];
  if (withDismiss && state?.hidden) {
    return <DismissedNotice id={event.id} title={event.title} busy={state.busy} error={state.error} onUndo={() => undo(event.id)} />;
  }
  return (
    <EventCard
      event={event}
      locale={ctx.locale}
      found={found && { evidence: found.evidence, pageIsSource: found.pageIsSource }}
      onOpenRelated={ctx.openRelated(event.id)}
      onDismiss={withDismiss ? dismiss : undefined}
      dismissing={state?.busy}
      error={state?.error}
      autoFocus={state?.refocus}
    />
  );
}
