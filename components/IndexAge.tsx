/** "Index as of <date>", or a warning once the index is past its expiry date. */
import type { IndexStatus } from '@/lib/domain/index-status';
import { formatMoment, isPast } from '@/lib/i18n/format-date';
import { t } from '@/lib/i18n/i18n';

/** `status` undefined: still loading (renders nothing); null: no index yet. */
export function IndexAge({ status, now, locale }: { status: IndexStatus | null | undefined; now: number; locale: string }) {
  if (status === undefined) return null;
  if (status === null) {
    return (
      <p class="index-age warn" data-testid="index-age" data-expired="false">
        {t('indexNone')}
      </p>
    );
  }
  const expired = isPast(status.expires, now);
  return (
    <p
      class={expired ? 'index-age warn' : 'index-age'}
      data-testid="index-age"
      data-expired={expired ? 'true' : 'false'}
      title={status.title}
    >
      {expired && (
        <span class="warn-icon" aria-hidden="true">
          ⚠{' '}
        </span>
      )}
      {expired
        ? t('indexExpired', [formatMoment(status.expires, locale, false)])
        : t('indexAsOf', [formatMoment(status.generated, locale, false)])}
    </p>
  );
}
