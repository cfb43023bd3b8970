/** Options: in-page highlights on or off ('settings/set' {highlights}). */
import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/domain/settings';
import { t } from '@/lib/i18n/i18n';
import { errorMessage } from './error-message';
import type { UiServices } from './ui-services';
import { InlineError } from './InlineError';

export interface HighlightsSettingProps {
  enabled: boolean;
  services: UiServices;
  onSaved: (settings: Settings) => void;
}

export function HighlightsSetting({ enabled, services, onSaved }: HighlightsSettingProps) {
  const [error, setError] = useState<string | undefined>();

  const toggle = (input: HTMLInputElement): void => {
    const wanted = input.checked;
    setError(undefined);
    services
      .send('settings/set', { highlights: wanted })
      .then(onSaved, (err: unknown) => {
        input.checked = !wanted; // the stored value did not change
        setError(t('saveFailed', [errorMessage(err)]));
      });
  };

  return (
    <section class="panel" aria-labelledby="highlights-heading">
      <h2 id="highlights-heading">{t('highlightsHeading')}</h2>
      <div class="check-row">
        <input
          id="highlights-toggle"
          data-testid="highlights-toggle"
          type="checkbox"
          checked={enabled}
          aria-describedby="highlights-hint"
          onChange={(e) => toggle(e.currentTarget)}
        />
        <label for="highlights-toggle">{t('highlightsLabel')}</label>
      </div>
      <p class="hint" id="highlights-hint">
        {t('highlightsHint')}
      </p>
      <InlineError message={error} />
    </section>
  );
}
