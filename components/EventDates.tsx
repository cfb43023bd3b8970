/** The dates line of an event: when it happened, and when it was reported or announced if that differs. */
import type { EventDates as Dates } from '@/lib/index-format/types';
import { formatDay, formatDayRange } from '@/lib/i18n/format-date';
import { t } from '@/lib/i18n/i18n';

export function EventDates({ dates, locale }: { dates: Dates; locale: string }) {
  const reported = dates.reported && dates.reported !== dates.start ? dates.reported : undefined;
  return (
    <p class="event-dates">
      <time dateTime={dates.start}>{formatDayRange(dates.start, dates.end, locale)}</time>
      {reported && (
        <>
          {' · '}
          {t('dateReported', [formatDay(reported, locale)])}
        </>
      )}
      {dates.announced && !reported && dates.announced < dates.start && (
        <>
          {' · '}
          {t('dateAnnounced', [formatDay(dates.announced, locale)])}
        </>
      )}
    </p>
  );
}
