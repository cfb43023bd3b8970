/** Options: the events hidden with "Not this event", with their titles and a Restore button each. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '@/lib/domain/settings';
import { t } from '@/lib/i18n/i18n';
import { errorMessage } from './error-message';
import { Message } from './Message';
import type { UiServices } from './ui-services';
import { InlineError } from './InlineError';

export interface HiddenEventsProps {
  ids: readonly string[];
  services: UiServices;
  onSaved: (settings: Settings) => void;
}

export function HiddenEvents({ ids, services, onSaved }: HiddenEventsProps) {
  /** id -> title; null: not in the current index; missing: still loading. */
  const [titles, setTitles] = useState<Record<string, string | null>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    const missing = ids.filter((id) => !(id in titles));
    void Promise.all(
      missing.map((id) =>
        services.send('event/get', { id }).then(
          (event) => [id, event ? event.title : null] as const,
          () => [id, null] as const,
        ),
      ),
    ).then((pairs) => {
      if (live && pairs.length) setTitles((known) => ({ ...known, ...Object.fromEntries(pairs) }));
    });
    return () => {
      live = false;
    };
  }, [ids.join('\n')]);

  const restore = (id: string): void => {
    setBusy(true);
    setError(undefined);
    services
      .send('event/dismiss', { id, dismissed: false })
      .then((settings) => {
        onSaved(settings);
        setTimeout(() => headingRef.current?.focus(), 0); // the focused button is gone
      })
      .catch((err: unknown) => setError(t('saveFailed', [errorMessage(err)])))
      .finally(() => setBusy(false));
  };

  return (
    <section class="panel" aria-labelledby="hidden-heading">
      <h2 id="hidden-heading" ref={headingRef} tabIndex={-1}>
        {t('hiddenHeading')}
      </h2>
      <p class="hint">{t('hiddenHint')}</p>
      {ids.length === 0 ? (
        <p class="muted" data-testid="hidden-none">
          {t('hiddenNone')}
        </p>
      ) : (
        <ul class="hidden-list" data-testid="hidden-list">
          {ids.map((id) => {
            const title = titles[id];
            return (
              <li key={id} data-testid="hidden-event" data-event-id={id}>
                <span class="hidden-title" dir={title ? 'auto' : undefined}>
                  {title ?? (title === null ? <Message k="hiddenUnknown" subs={[id]} /> : t('loading'))}
                </span>
                <button
                  type="button"
                  class="quiet-button"
                  data-testid="restore"
                  aria-label={t('restoreLabel', [title ?? id])}
                  aria-disabled={busy ? 'true' : undefined}
                  onClick={() => !busy && restore(id)}
                >
                  {t('restore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <InlineError message={error} />
    </section>
  );
}
