/**
 * Under an event's dates: which publisher's feed asserts it, and, when that feed is out of date,
 * a small note with the date its installed version expired.
 */
import type { EventFeed } from '@/lib/domain/event';
import { formatMoment } from '@/lib/i18n/format-date';
import { t } from '@/lib/i18n/i18n';
import { Message } from './Message';

export function EventFeedLine({ feed, locale }: { feed: EventFeed | undefined; locale: string }) {
  // An older background (or a result stored before feeds existed) sends no feed.
  if (!feed) return null;
  return (
    <p class="event-feed" data-testid="event-feed" data-feed-id={feed.id}>
      <Message k="eventPublisher" subs={[feed.publisher]} />
      {feed.stale && (
        <span class="stale-note" data-testid="stale-note">
          {' · '}
          {feed.expires ? t('feedStaleNote', [formatMoment(feed.expires, locale, false)]) : t('feedStaleNoteNoDate')}
        </span>
      )}
    </p>
  );
}
