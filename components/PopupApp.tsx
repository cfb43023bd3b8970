/**
 * The toolbar popup: events found on the current tab with their sources, a search over the
 * whole index, the index's age, and the offer to check a site automatically.
 * Its data is loaded in parallel (components/popup-load.ts), the tab's result straight from
 * storage when the background has one; nothing heavy runs here. Its state lives in hooks
 * (components/hooks/), what the main area shows in PopupBody.
 */
import { useRef } from 'preact/hooks';
import { t, uiLanguage } from '@/lib/i18n/i18n';
import { HeaderIndexAge } from './HeaderIndexAge';
import { useDetailStack } from './hooks/use-detail-stack';
import { useDismiss } from './hooks/use-dismiss';
import { usePageLoad } from './hooks/use-page-load';
import { useSearch } from './hooks/use-search';
import { useStagedCards } from './hooks/use-staged-cards';
import type { PopupLoad } from './popup-load';
import { PopupBody } from './PopupBody';
import { SearchBox } from './SearchBox';
import type { UiServices } from './ui-services';
import { defaultServices } from './use-services';

export interface PopupAppProps {
  services?: UiServices;
  /** popup.html?tabId=N (automation, or a popup opened as a page); otherwise the active tab. */
  tabId?: number;
  /** popup.html?q=...: pre-fills the search and runs it. */
  initialQuery?: string;
  debounceMs?: number;
  /** Loads already started (popup.html starts them before rendering); started here otherwise. */
  load?: PopupLoad;
}

export function PopupApp({ services = defaultServices(), tabId, initialQuery = '', debounceMs = 250, load }: PopupAppProps) {
  const locale = uiLanguage();
  // Whatever has already arrived is in the first render (see popup-load.ts).
  const pageLoad = usePageLoad(services, tabId, load);
  const search = useSearch(services, initialQuery, debounceMs);
  const staged = useStagedCards(pageLoad.page);
  const dismissals = useDismiss(services);
  const mainRef = useRef<HTMLElement>(null);
  const details = useDetailStack(services, mainRef);

  return (
    <div class="popup">
      <header class="popup-header">
        <div class="brand">
          <img class="brand-icon" src="/icon/32.png" alt="" width={20} height={20} />
          <h1 class="brand-name">{t('extName')}</h1>
          <HeaderIndexAge loading={pageLoad.load.index} now={services.now()} locale={locale} />
        </div>
        <SearchBox value={search.query} onInput={search.onQueryInput} onSubmit={search.runSearch} />
      </header>
      <main class="popup-main" ref={mainRef} tabIndex={-1}>
        <PopupBody services={services} locale={locale} pageLoad={pageLoad} staged={staged} search={search} dismissals={dismissals} details={details} />
      </main>
      <footer class="popup-footer">
        <button type="button" class="link-button" data-testid="open-options" onClick={() => services.openOptionsPage()}>
          {t('settingsButton')}
        </button>
      </footer>
    </div>
  );
}
