/**
 * The toolbar popup: events found on the current tab with their sources, a search over the
 * whole index, the index's age, and the offer to check a site automatically.
 * Its data is loaded in parallel (components/popup-load.ts), the tab's result straight from
 * storage when the background has one; nothing heavy runs here.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EventView, FoundEvent } from '@/lib/domain/event';
import type { IndexStatus } from '@/lib/domain/index-status';
import type { SiteAccess } from '@/lib/domain/site-access';
import { t, tPlural, uiDirection, uiLanguage } from '@/lib/i18n/i18n';
import { DismissedNotice } from './DismissedNotice';
import { EmptyState, emptyTitle, type EmptyKind } from './EmptyState';
import { errorMessage } from './error-message';
import { EventCard } from './EventCard';
import { IndexAge } from './IndexAge';
import { Message } from './Message';
import { loadPage, startPopupLoad, type Loading, type PageLoad, type PopupLoad } from './popup-load';
import { SearchBox } from './SearchBox';
import { SiteAccessControl } from './SiteAccessControl';
import { pageOrigin } from '@/lib/sites/site-access';
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

type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'done'; query: string; results: EventView[] }
  | { status: 'error'; query: string };

interface CardState {
  hidden: boolean;
  busy: boolean;
  error?: string;
  /** Focus the card when it comes back (after Undo). */
  refocus?: boolean;
}

interface Detail {
  id: string;
  title: string;
  /** The card whose related link opened this, to return focus on Back. */
  from?: string;
  status: 'loading' | 'done' | 'error';
  event?: EventView | null;
}

const LOADING: PageLoad = { page: { status: 'loading' } };

const SEARCH_LIMIT = 20;
/** Event cards in the first frame: about what the popup (600 px high at most) shows before scrolling. */
export const FIRST_FRAME_CARDS = 2;

export function PopupApp({ services = defaultServices(), tabId, initialQuery = '', debounceMs = 250, load: given }: PopupAppProps) {
  const locale = uiLanguage();
  // Whatever has already arrived is in the first render (see popup-load.ts).
  const [load] = useState(() => given ?? startPopupLoad(services, tabId));
  const [{ page, tabUrl }, setPageLoad] = useState<PageLoad>(load.page.current?.value ?? LOADING);
  const [access, setAccess] = useState<SiteAccess | undefined>(load.access.current?.value);
  const [query, setQuery] = useState(initialQuery);
  const [search, setSearch] = useState<SearchState>({ status: 'idle' });
  const [cards, setCards] = useState<Record<string, CardState>>({});
  const [details, setDetails] = useState<Detail[]>([]);
  const searchSeq = useRef(0);
  const debounce = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mainRef = useRef<HTMLElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);

  const rescan = (): void => {
    setPageLoad(LOADING);
    void loadPage(services, tabId, true).then(setPageLoad);
  };

  const runSearch = (raw: string): void => {
    clearTimeout(debounce.current);
    const q = raw.trim();
    const seq = ++searchSeq.current;
    if (!q) {
      setSearch({ status: 'idle' });
      return;
    }
    setSearch({ status: 'loading', query: q });
    services.send('index/search', { query: q, limit: SEARCH_LIMIT }).then(
      (results) => {
        if (seq === searchSeq.current) setSearch({ status: 'done', query: q, results });
      },
      () => {
        if (seq === searchSeq.current) setSearch({ status: 'error', query: q });
      },
    );
  };

  // A layout effect, not useEffect: what arrives after the first render is shown without waiting
  // a frame, and the search from ?q= leaves before the first paint.
  useLayoutEffect(() => {
    // Already in the first render: the same value again, which Preact skips.
    void load.page.promise.then(setPageLoad);
    void load.access.promise.then(setAccess);
    if (initialQuery.trim()) runSearch(initialQuery);
    return () => clearTimeout(debounce.current);
  }, []);

  // The first frame with the tab's answer shows the cards that fill the popup; the others follow in
  // the next frame (they are below the fold). That keeps the first frame's script, style and
  // layout work small: measured in `npm run bench:popup`.
  const [allCards, setAllCards] = useState(false);

  // Read by `npm run bench:popup` (performance.now(), from this page's navigation): data-rendered-ms
  // once the frame showing the tab's answer has been drawn, data-complete-ms once every card has.
  // An animation frame callback runs as a frame starts and a timeout after it once it is drawn, as
  // the bench's empty "floor" page marks its first frame. Not an effect: Preact runs pending effects
  // early, before any frame, when the component renders again (another answer arriving).
  const marked = useRef({ rendered: false, complete: false });
  useLayoutEffect(() => {
    if (page.status === 'loading') return;
    const pending = !allCards && page.status === 'ok' && page.result.events.length > FIRST_FRAME_CARDS;
    requestAnimationFrame(() =>
      setTimeout(() => {
        const now = String(Math.round(performance.now()));
        const marks = marked.current;
        if (!marks.rendered) document.documentElement.dataset.renderedMs = now;
        marks.rendered = true;
        if (pending) {
          setAllCards(true);
        } else if (!marks.complete) {
          marks.complete = true;
          document.documentElement.dataset.completeMs = now;
        }
      }),
    );
  }, [page.status, allCards]);

  const onQueryInput = (value: string): void => {
    setQuery(value);
    clearTimeout(debounce.current);
    if (!value.trim()) runSearch('');
    else debounce.current = setTimeout(() => runSearch(value), debounceMs);
  };

  const pageEvents: FoundEvent[] = page.status === 'ok' ? page.result.events : [];
  const pageUrl = page.status === 'ok' ? page.result.url : tabUrl;
  const foundOnPage = (id: string): FoundEvent | undefined => pageEvents.find((e) => e.id === id);

  const setCard = (id: string, patch: Partial<CardState>): void =>
    setCards((all) => ({ ...all, [id]: { hidden: false, busy: false, ...all[id], ...patch } }));

  const dismiss = (event: EventView): void => {
    setCard(event.id, { busy: true, error: undefined });
    services.send('event/dismiss', { id: event.id, dismissed: true }).then(
      () => setCard(event.id, { hidden: true, busy: false, refocus: false }),
      () => setCard(event.id, { busy: false, error: t('dismissFailed') }),
    );
  };

  const undo = (id: string): void => {
    setCard(id, { busy: true, error: undefined });
    services.send('event/dismiss', { id, dismissed: false }).then(
      () => setCard(id, { hidden: false, busy: false, refocus: true }),
      (err: unknown) => setCard(id, { busy: false, error: t('saveFailed', [errorMessage(err)]) }),
    );
  };

  const openRelated = (from: string | undefined) => (id: string, title: string): void => {
    setDetails((stack) => [...stack, { id, title, from, status: 'loading' }]);
    services.send('event/get', { id }).then(
      (event) => setDetails((stack) => stack.map((d) => (d.id === id && d.status === 'loading' ? { ...d, status: 'done', event } : d))),
      () => setDetails((stack) => stack.map((d) => (d.id === id && d.status === 'loading' ? { ...d, status: 'error' } : d))),
    );
  };

  const back = (): void => {
    const closing = details[details.length - 1];
    setDetails((stack) => stack.slice(0, -1));
    // Return focus to the card whose related link was followed, once it is back in the DOM.
    setTimeout(() => {
      const target = closing?.from
        ? mainRef.current?.querySelector<HTMLElement>(`[data-testid="event"][data-event-id="${CSS.escape(closing.from)}"]`)
        : null;
      (target ?? mainRef.current)?.focus();
    }, 0);
  };

  const detail = details[details.length - 1];
  useEffect(() => {
    if (detail) backRef.current?.focus();
  }, [details.length]);

  const queryActive = query.trim() !== '';
  const origin = pageOrigin(pageUrl);

  const renderCard = (event: EventView, withDismiss: boolean) => {
    const found = foundOnPage(event.id);
    const state = cards[event.id];
    if (withDismiss && state?.hidden) {
      return (
        <DismissedNotice
          key={event.id}
          id={event.id}
          title={event.title}
          busy={state.busy}
          error={state.error}
          onUndo={() => undo(event.id)}
        />
      );
    }
    return (
      <EventCard
        key={event.id}
        event={event}
        locale={locale}
        found={found && { evidence: found.evidence, pageIsSource: found.pageIsSource }}
        onOpenRelated={openRelated(event.id)}
        onDismiss={withDismiss ? dismiss : undefined}
        dismissing={state?.busy}
        error={state?.error}
        autoFocus={state?.refocus}
      />
    );
  };

  let announcement = '';
  let body;
  if (detail) {
    announcement = detail.status === 'loading' ? t('eventLoading') : detail.event ? detail.event.title : '';
    body = (
      <section class="detail" aria-busy={detail.status === 'loading'} aria-label={detail.title}>
        <button ref={backRef} type="button" class="quiet-button back-button" data-testid="back" onClick={back}>
          {/* Arrows are not mirrored by the bidi algorithm: "back" points to the start side. */}
          <span aria-hidden="true">{uiDirection() === 'rtl' ? '→ ' : '← '}</span>
          {t('back')}
        </button>
        {detail.status === 'loading' && <p class="muted">{t('eventLoading')}</p>}
        {detail.status === 'error' && <EmptyState kind="error" />}
        {detail.status === 'done' && !detail.event && <p class="muted" data-testid="event-missing">{t('eventMissing')}</p>}
        {detail.status === 'done' && detail.event && renderCard(detail.event, false)}
      </section>
    );
  } else if (queryActive) {
    const loading = search.status !== 'done' && search.status !== 'error';
    const results = search.status === 'done' ? search.results : [];
    announcement =
      search.status === 'error'
        ? t('searchFailed')
        : loading
          ? t('searching')
          : results.length > 0
            ? tPlural('searchCount', results.length)
            : t('searchNone', [search.query]);
    body = (
      <section class="results" aria-labelledby="search-heading" aria-busy={loading} data-testid="search-results">
        <h2 id="search-heading">{t('searchHeading')}</h2>
        <p class={search.status === 'error' ? 'count inline-error' : 'count'} data-testid="search-count">
          {search.status === 'done' && results.length === 0 ? <Message k="searchNone" subs={[search.query]} /> : announcement}
        </p>
        {results.map((event) => renderCard(event, false))}
      </section>
    );
  } else {
    const empty: EmptyKind | null =
      page.status === 'loading' ? null : page.status === 'ok' ? (pageEvents.length ? null : 'none') : page.status;
    announcement =
      page.status === 'loading' ? t('pageLoading') : empty ? emptyTitle(empty) : tPlural('pageCount', pageEvents.length);
    const cardsPending = !allCards && pageEvents.length > FIRST_FRAME_CARDS;
    // Below the cards: it waits for all of them rather than jump down when the others come.
    const offer =
      origin && access && !cardsPending && ((page.status === 'ok' && pageEvents.length > 0) || page.status === 'off');
    body = (
      <>
        <section class="results" aria-labelledby="page-heading" aria-busy={page.status === 'loading'} data-testid="page-results">
          <h2 id="page-heading">{t('pageHeading')}</h2>
          {page.status === 'loading' && <p class="muted loading">{t('pageLoading')}</p>}
          {empty && (
            <EmptyState kind={empty} detail={page.status === 'error' ? page.message : undefined}>
              {page.status === 'error' && (
                <button type="button" class="secondary-button" data-testid="retry" onClick={rescan}>
                  {t('retry')}
                </button>
              )}
            </EmptyState>
          )}
          {(cardsPending ? pageEvents.slice(0, FIRST_FRAME_CARDS) : pageEvents).map((event) => renderCard(event, true))}
        </section>
        {offer && <SiteAccessControl origin={origin} access={access} services={services} onChange={setAccess} />}
      </>
    );
  }

  return (
    <div class="popup">
      <header class="popup-header">
        <div class="brand">
          <img class="brand-icon" src="/icon/32.png" alt="" width={20} height={20} />
          <h1 class="brand-name">{t('extName')}</h1>
          <HeaderIndexAge loading={load.index} now={services.now()} locale={locale} />
        </div>
        <SearchBox value={query} onInput={onQueryInput} onSubmit={runSearch} />
      </header>
      <main class="popup-main" ref={mainRef} tabIndex={-1}>
        <p class="sr-only" role="status" aria-live="polite" data-testid="live-status">
          {announcement}
        </p>
        {body}
      </main>
      <footer class="popup-footer">
        <button type="button" class="link-button" data-testid="open-options" onClick={() => services.openOptionsPage()}>
          {t('settingsButton')}
        </button>
      </footer>
    </div>
  );
}

/**
 * The index's age in the header. It keeps its own state: when the status arrives after the first
 * render, only this line renders again, not every event card.
 */
function HeaderIndexAge({ loading, now, locale }: { loading: Loading<IndexStatus | null | undefined>; now: number; locale: string }) {
  const [status, setStatus] = useState(loading.current?.value);
  useLayoutEffect(() => {
    void loading.promise.then(setStatus);
  }, []);
  return <IndexAge status={status} now={now} locale={locale} />;
}
