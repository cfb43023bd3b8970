/**
 * The options page: automatic-checking sites, highlights, hidden events, and the feeds (the
 * bundled index and subscriptions). Three parallel messages on load; each section saves on its own.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FeedStatus } from '@/lib/domain/feed-status';
import type { DiscoveredFeed } from '@/lib/domain/page';
import type { Settings } from '@/lib/domain/settings';
import type { SiteAccess } from '@/lib/domain/site-access';
import { t, uiLanguage } from '@/lib/i18n/i18n';
import { errorMessage } from './error-message';
import { HiddenEvents } from './HiddenEvents';
import { HighlightsSetting } from './HighlightsSetting';
import { FeedsSection } from './FeedsSection';
import { SitesSetting } from './SitesSetting';
import type { UiServices } from './ui-services';
import { defaultServices } from './use-services';
import { InlineError } from './InlineError';

type Loaded<T> = { state: 'loading' } | { state: 'ok'; value: T } | { state: 'error'; message: string };

function useLoaded<T>(load: () => Promise<T>): [Loaded<T>, (value: T) => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    load().then(
      (value) => setLoaded({ state: 'ok', value }),
      (err: unknown) => setLoaded({ state: 'error', message: errorMessage(err) }),
    );
  }, []);
  return [loaded, (value: T) => setLoaded({ state: 'ok', value })];
}

export interface OptionsAppProps {
  services?: UiServices;
  /** options.html?subscribe=…: a feed a page announced, to confirm (components/subscribe-link.ts). */
  suggested?: DiscoveredFeed;
}

export function OptionsApp({ services = defaultServices(), suggested }: OptionsAppProps) {
  const locale = uiLanguage();
  const [settings, setSettings] = useLoaded<Settings>(() => services.send('settings/get', {}));
  const [access, setAccess] = useLoaded<SiteAccess>(() => services.send('sites/get', {}));
  const [feeds] = useLoaded<FeedStatus[]>(() => services.send('feeds/list', {}));

  return (
    <div class="options">
      <header class="options-header">
        <img class="brand-icon" src="/icon/48.png" alt="" width={32} height={32} />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <main class="options-main">
        {section(access, (value) => (
          <SitesSetting access={value} services={services} onChange={setAccess} />
        ), 'autoHeading')}
        {section(settings, (value) => (
          <HighlightsSetting enabled={value.highlights} services={services} onSaved={setSettings} />
        ), 'highlightsHeading')}
        {section(settings, (value) => (
          <HiddenEvents ids={value.dismissed} services={services} onSaved={setSettings} />
        ), 'hiddenHeading')}
        {section(feeds, (value) => (
          <FeedsSection feeds={value} services={services} locale={locale} suggested={suggested} />
        ), 'feedsHeading')}
      </main>
    </div>
  );
}

function section<T>(
  loaded: Loaded<T>,
  render: (value: T) => preact.JSX.Element,
  heading: 'autoHeading' | 'highlightsHeading' | 'hiddenHeading' | 'feedsHeading',
) {
  if (loaded.state === 'ok') return render(loaded.value);
  return (
    <section class="panel" aria-label={t(heading)} aria-busy={loaded.state === 'loading'}>
      <h2>{t(heading)}</h2>
      {loaded.state === 'loading' ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <InlineError message={t('loadFailed', [loaded.message])} />
      )}
    </section>
  );
}
