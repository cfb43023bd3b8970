/** One event: title, dates, who asserts it, summary, why it was flagged, its sources by kind, related events. */
import { useEffect, useId, useRef } from 'preact/hooks';
import type { Source } from '@/lib/index-format/types';
import type { Evidence } from '@/lib/matcher/types';
import type { EventView } from '@/lib/domain/event';
import { t } from '@/lib/i18n/i18n';
import { sameArticle } from '@/lib/url/identity';
import { EventDates } from './EventDates';
import { EventFeedLine } from './EventFeedLine';
import { SourceList } from './SourceList';
import { WhyFlagged } from './WhyFlagged';
import { whyFlagged } from './why-flagged';
import { InlineError } from './InlineError';

export interface EventCardProps {
  event: EventView;
  locale: string;
  /** Present when the event was found on the current page. */
  found?: { evidence: readonly Evidence[]; pageIsSource: boolean };
  onOpenRelated: (id: string, title: string) => void;
  /** Shows "Not this event" when given. */
  onDismiss?: (event: EventView) => void;
  dismissing?: boolean;
  error?: string;
  /** Move keyboard focus to the card when it mounts (after Undo). */
  autoFocus?: boolean;
}

export function EventCard(props: EventCardProps) {
  const { event, locale, found } = props;
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (props.autoFocus) ref.current?.focus();
  }, []);

  // The sources the engine found this page to be (its 'page-url' evidence), by the same identity.
  const pageUrls = found ? whyFlagged(found.evidence).pageUrls : [];
  const isReading = (source: Source): boolean => pageUrls.some((url) => sameArticle(url, source.url));

  return (
    <article
      ref={ref}
      class="event"
      data-testid="event"
      data-event-id={event.id}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <h3 class="event-title" id={headingId} lang={event.language} dir="auto">
        {event.title}
      </h3>
      <EventDates dates={event.dates} locale={locale} />
      <EventFeedLine feed={event.feed} locale={locale} />
      {found?.pageIsSource && (
        <p class="reading-marker" data-testid="reading-marker">
          {t('readingSource')}
        </p>
      )}
      <p class="event-summary" lang={event.language} dir="auto">
        {event.summary}
      </p>
      {found && <WhyFlagged evidence={found.evidence} />}
      <SourceList sources={event.sources} locale={locale} isReading={isReading} />
      {event.related.length > 0 && (
        <div class="related">
          <h4 class="related-heading">{t('relatedHeading')}</h4>
          <ul>
            {event.related.map((rel) => (
              <li key={rel.id}>
                <button
                  type="button"
                  class="link-button"
                  data-testid="related-event"
                  data-event-id={rel.id}
                  onClick={() => props.onOpenRelated(rel.id, rel.title)}
                >
                  <bdi>{rel.title}</bdi>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <InlineError message={props.error} />
      {props.onDismiss && (
        <div class="event-actions">
          <button
            type="button"
            class="quiet-button"
            data-testid="dismiss"
            aria-label={t('notThisEventLabel', [event.title])}
            aria-disabled={props.dismissing ? 'true' : undefined}
            onClick={() => !props.dismissing && props.onDismiss?.(event)}
          >
            {t('notThisEvent')}
          </button>
        </div>
      )}
    </article>
  );
}
