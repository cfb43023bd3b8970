/** Options: what the loaded index is (publisher, title, version, size, dates). */
import type { IndexStatus } from '@/lib/domain/index-status';
import { formatMoment, isPast } from '@/lib/i18n/format-date';
import { t } from '@/lib/i18n/i18n';

export function IndexStatusPanel({ status, now, locale }: { status: IndexStatus | null; now: number; locale: string }) {
  const expired = status !== null && isPast(status.expires, now);
  // [label, value, value is the index's own text (shown in its own direction)]
  const rows: [string, string, boolean?][] = status
    ? [
        [t('indexPublisher'), status.publisher, true],
        [t('indexTitle'), status.title, true],
        [t('indexVersion'), new Intl.NumberFormat(locale, { useGrouping: false }).format(status.version)],
        [t('indexEvents'), new Intl.NumberFormat(locale).format(status.events)],
        [t('indexGenerated'), formatMoment(status.generated, locale)],
        [t('indexExpires'), formatMoment(status.expires, locale)],
        [t('indexLoadedAt'), formatMoment(status.loadedAt, locale)],
      ]
    : [];
  return (
    <section class="panel" aria-labelledby="index-heading" data-testid="index-status">
      <h2 id="index-heading">{t('indexHeading')}</h2>
      {status === null ? (
        <p class="muted">{t('indexNone')}</p>
      ) : (
        <>
          <dl class="facts">
            {rows.map(([label, value, own]) => (
              <div class="fact" key={label}>
                <dt>{label}</dt>
                <dd>{own ? <bdi>{value}</bdi> : value}</dd>
              </div>
            ))}
          </dl>
          {expired && (
            <p class="warning" data-testid="index-expired">
              <span aria-hidden="true">⚠ </span>
              {t('indexStale')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
