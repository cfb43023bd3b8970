/**
 * What the popup's main area shows, with a live region that says it: an event opened from a card
 * or the mentions list, else the search results while there is a query, else the events found on
 * the tab: the main events' cards, then the events the page only mentions, one line each.
 */
import type { EventView } from '@/lib/domain/event';
import { isMention, splitByProminence } from '@/lib/results/prominence-groups';
import { pageOrigin } from '@/lib/sites/site-access';
import { detailAnnouncement, DetailView } from './DetailView';
import type { DetailStack } from './hooks/use-detail-stack';
import type { Dismissals } from './hooks/use-dismiss';
import type { PageLoadState } from './hooks/use-page-load';
import type { Search } from './hooks/use-search';
import type { StagedCards } from './hooks/use-staged-cards';
import { MentionList } from './MentionList';
import { pageAnnouncement, PageResults } from './PageResults';
import { PopupCard, type CardContext } from './PopupCard';
import { searchAnnouncement, SearchResults } from './SearchResults';
import type { UiServices } from './ui-services';

export interface PopupBodyProps {
  services: UiServices;
  locale: string;
  pageLoad: PageLoadState;
  staged: StagedCards;
  search: Search;
  dismissals: Dismissals;
  details: DetailStack;
}

export function PopupBody({ services, locale, pageLoad, staged, search, dismissals, details }: PopupBodyProps) {
  const { page, tabUrl, access, setAccess, rescan } = pageLoad;
  const { detail, back, backRef, openRelated, openFound } = details;
  const pageEvents = page.status === 'ok' ? page.result.events : [];
  const pageUrl = page.status === 'ok' ? page.result.url : tabUrl;
  const ctx: CardContext = { locale, pageEvents, dismissals, openRelated };
  const card = (event: EventView, withDismiss: boolean) => <PopupCard key={event.id} event={event} withDismiss={withDismiss} ctx={ctx} />;

  let announcement: string;
  let view;
  if (detail) {
    announcement = detailAnnouncement(detail);
    view = (
      <DetailView detail={detail} back={back} backRef={backRef}>
        {detail.event && card(detail.event, detail.found === true)}
      </DetailView>
    );
  } else if (search.query.trim() !== '') {
    announcement = searchAnnouncement(search.search);
    view = <SearchResults search={search.search}>{search.search.status === 'done' && search.search.results.map((event) => card(event, false))}</SearchResults>;
  } else {
    announcement = pageAnnouncement(page);
    const { main, mentions } = splitByProminence(staged.shown);
    view = (
      <PageResults
        page={page}
        rescan={rescan}
        cardsPending={staged.pending}
        origin={pageOrigin(pageUrl)}
        access={access}
        onAccessChange={setAccess}
        services={services}
      >
        {main.map((event) => card(event, true))}
        <MentionList
          events={mentions}
          afterMain={pageEvents.some((event) => !isMention(event))}
          locale={locale}
          dismissals={dismissals}
          onOpen={openFound}
        />
      </PageResults>
    );
  }

  return (
    <>
      <p class="sr-only" role="status" aria-live="polite" data-testid="live-status">
        {announcement}
      </p>
      {view}
    </>
  );
}
