/**
 * Options: sites checked automatically. Granting asks the browser inside the click (a user gesture is
 * required); removing drops the host permission; either way the background re-syncs its registration.
 */
import { useRef, useState } from 'preact/hooks';
import type { SiteAccess } from '@/lib/domain/site-access';
import { t } from '@/lib/i18n/i18n';
import { errorMessage } from './error-message';
import { ALL_SITES_PATTERN, originPattern, siteLabel } from '@/lib/sites/site-access';
import type { UiServices } from './ui-services';
import { InlineError } from './InlineError';

export interface SitesSettingProps {
  access: SiteAccess;
  services: UiServices;
  onChange: (access: SiteAccess) => void;
}

export function SitesSetting({ access, services, onChange }: SitesSettingProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const listRef = useRef<HTMLUListElement>(null);
  const allRef = useRef<HTMLInputElement>(null);
  const origins = access.mode === 'sites' ? access.origins : [];

  /**
   * `change` must be started by the caller before any await (it may show a permission prompt).
   * Resolves true when the browser applied the change.
   */
  const apply = async (change: Promise<boolean>): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      const ok = await change;
      if (!ok) setError(t('autoDenied'));
      onChange(await services.send('sites/sync', {}));
      return ok;
    } catch (err) {
      setError(t('autoFailed', [errorMessage(err)]));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const toggleAll = (input: HTMLInputElement): void => {
    const wanted = input.checked;
    if (busy) {
      input.checked = !wanted; // a change is still in flight
      return;
    }
    const change = wanted ? services.requestOrigins([ALL_SITES_PATTERN]) : services.removeOrigins([ALL_SITES_PATTERN]);
    void apply(change).then((ok) => {
      if (!ok) input.checked = !wanted; // nothing changed: show the real state again
    });
  };

  const remove = (pattern: string, position: number): void => {
    void apply(services.removeOrigins([originPattern(pattern)])).then(() => {
      // The focused button may be gone: move to the next site's button, or to the toggle.
      setTimeout(() => {
        if (document.activeElement && document.activeElement !== document.body) return;
        const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
        (buttons[Math.min(position, buttons.length - 1)] ?? allRef.current)?.focus();
      }, 0);
    });
  };

  return (
    <section class="panel" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('autoHeading')}</h2>
      <p class="hint" id="sites-hint">
        {t('sitesHint')}
      </p>
      <div class="check-row">
        <input
          ref={allRef}
          id="all-sites-toggle"
          data-testid="all-sites-toggle"
          type="checkbox"
          checked={access.mode === 'all'}
          aria-disabled={busy ? 'true' : undefined}
          onChange={(e) => toggleAll(e.currentTarget)}
        />
        <label for="all-sites-toggle">{t('allSitesLabel')}</label>
      </div>
      {access.mode !== 'all' &&
        (origins.length > 0 ? (
          <ul class="site-list" ref={listRef} aria-label={t('sitesListLabel')} data-testid="site-list">
            {origins.map((pattern, i) => (
              <li key={pattern} data-testid="site" data-origin={pattern}>
                <span class="site-name" dir="ltr">
                  {siteLabel(pattern)}
                </span>
                <button
                  type="button"
                  class="quiet-button"
                  data-testid="remove-site"
                  aria-label={t('removeSiteLabel', [siteLabel(pattern)])}
                  aria-disabled={busy ? 'true' : undefined}
                  onClick={() => !busy && remove(pattern, i)}
                >
                  {t('remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted" data-testid="sites-none">
            {t('sitesNone')}
          </p>
        ))}
      <InlineError message={error} />
    </section>
  );
}
