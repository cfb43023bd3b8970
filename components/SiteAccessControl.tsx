/**
 * The automatic-checking offer shown after a result: check pages on this site (or on all sites)
 * as they load. Host access is requested inside the click itself, which browsers require.
 */
import { useId, useState } from 'preact/hooks';
import type { SiteAccess } from '@/lib/domain/site-access';
import { t } from '@/lib/i18n/i18n';
import { errorMessage } from './error-message';
import { Message } from './Message';
import { ALL_SITES_PATTERN, coversOrigin, originPattern, siteLabel } from '@/lib/sites/site-access';
import type { UiServices } from './ui-services';
import { InlineError } from './InlineError';

export interface SiteAccessControlProps {
  /** "https://example.com" */
  origin: string;
  access: SiteAccess;
  services: UiServices;
  onChange: (access: SiteAccess) => void;
}

export function SiteAccessControl({ origin, access, services, onChange }: SiteAccessControlProps) {
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | undefined>();
  const site = siteLabel(origin);

  if (access.mode === 'all' || coversOrigin(access, origin)) {
    return (
      <p class="auto-state" data-testid="site-access" data-mode={access.mode}>
        {access.mode === 'all' ? t('autoOnAll') : <Message k="autoOnSite" subs={[site]} />}
      </p>
    );
  }

  const enable = (origins: string[]): void => {
    const granted = services.requestOrigins(origins); // first statement: still inside the user gesture
    setBusy(true);
    setNote(undefined);
    granted
      .then(async (ok) => {
        if (!ok) {
          setNote(t('autoDenied'));
          return;
        }
        onChange(await services.send('sites/sync', {}));
      })
      .catch((err: unknown) => setNote(t('autoFailed', [errorMessage(err)])))
      .finally(() => setBusy(false));
  };

  return (
    <section class="auto" aria-labelledby={headingId} data-testid="site-access" data-mode={access.mode}>
      <h2 class="auto-heading" id={headingId}>
        {t('autoHeading')}
      </h2>
      <p class="auto-offer">
        <Message k="autoOffer" subs={[site]} />
      </p>
      <div class="auto-buttons">
        <button
          type="button"
          class="primary-button"
          data-testid="auto-this-site"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => !busy && enable([originPattern(origin)])}
        >
          {t('autoThisSite')}
        </button>
        <button
          type="button"
          class="secondary-button"
          data-testid="auto-all-sites"
          aria-label={t('autoAllSitesLabel')}
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => !busy && enable([ALL_SITES_PATTERN])}
        >
          {t('autoAllSites')}
        </button>
      </div>
      <InlineError message={note} />
    </section>
  );
}
