/**
 * The events a page names without being about them: one line each (title, date, and the publisher
 * of a feed other than the bundled one), below the main events' cards. Activating a line opens the
 * event's card in the detail view, where it can be hidden with "Not this event"; a hidden one
 * stays in the list as its notice with Undo.
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import type { FoundEvent } from '@/lib/domain/event';
import { BUNDLED_FEED_ID } from '@/lib/feeds/ids';
import { formatDayRange } from '@/lib/i18n/format-date';
import { t } from '@/lib/i18n/i18n';
import { DismissedNotice } from './DismissedNotice';
import type { Dismissals } from './hooks/use-dismiss';

export interface MentionListProps {
  events: readonly FoundEvent[];
  /** The page has main events above: the list is "also" mentioned; else it says the page is about none. */
  afterMain: boolean;
  locale: string;
  dismissals: Dismissals;
  onOpen: (event: FoundEvent) => void;
}

export function MentionList({ events, afterMain, locale, dismissals, onOpen }: MentionListProps) {
  const labelId = useId();
  if (events.length === 0) return null;
  return (
    <div class="mentions" data-testid="mentions">
      {afterMain ? (
        <h3 class="mentions-heading" id={labelId}>
          {t('mentionsHeading')}
        </h3>
      ) : (
        <p class="mentions-intro" id={labelId} data-testid="mentions-only">
          {t('mentionsOnlyIntro')}
        </p>
      )}
      <ul class="mention-list" aria-labelledby={labelId}>
        {events.map((event) => {
          const state = dismissals.cards[event.id];
          return (
            <li key={event.id} class="mention-item">
              {state?.hidden ? (
                <DismissedNotice
                  id={event.id}
                  title={event.title}
                  busy={state.busy}
                  error={state.error}
                  onUndo={() => dismissals.undo(event.id)}
                  autoFocus={false}
                />
              ) : (
                <MentionLine event={event} locale={locale} onOpen={onOpen} autoFocus={state?.refocus} />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface MentionLineProps {
  event: FoundEvent;
  locale: string;
  onOpen: (event: FoundEvent) => void;
  /** Focus the line when it mounts (it replaces its notice after Undo). */
  autoFocus?: boolean;
}

function MentionLine({ event, locale, onOpen, autoFocus }: MentionLineProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, []);
  const publisher = event.feed && event.feed.id !== BUNDLED_FEED_ID ? event.feed.publisher : undefined;
  return (
    <button
      ref={ref}
      type="button"
      class="mention"
      data-testid="mention"
      data-event-id={event.id}
      title={event.title}
      onClick={() => onOpen(event)}
    >
      <bdi class="mention-title" lang={event.language} dir="auto">
        {event.title}
      </bdi>
      <span class="mention-meta">
        <time dateTime={event.dates.start}>{formatDayRange(event.dates.start, event.dates.end, locale)}</time>
        {publisher && (
          <>
            {' · '}
            <bdi>{publisher}</bdi>
          </>
        )}
      </span>
    </button>
  );
}
