/**
 * The events found on the current tab (or why there are none, with Retry after an error), and
 * below them the offer to check the site automatically and to subscribe to feeds the page announces.
 */
import type { ComponentChildren } from 'preact';
import type { SiteAccess } from '@/lib/domain/site-access';
import { t, tPlural } from '@/lib/i18n/i18n';
import { EmptyState, emptyTitle, type EmptyKind } from './EmptyState';
import { FeedOffer } from './FeedOffer';
import type { PageState } from './popup-load';
import { SiteAccessControl } from './SiteAccessControl';
import type { UiServices } from './ui-services';

/** Why there is no card to show, once the page's state is known. */
function emptyKind(page: PageState): EmptyKind | null {
  if (page.status === 'loading') return null;
  if (page.status === 'ok') return page.result.events.length ? null : 'none';
  return page.status;
}

/** What the live region says about the page. */
export function pageAnnouncement(page: PageState): string {
  if (page.status === 'loading') return t('pageLoading');
  const empty = emptyKind(page);
  return empty ? emptyTitle(empty) : tPlural('pageCount', page.status === 'ok' ? page.result.events.length : 0);
}

export interface PageResultsProps {
  page: PageState;
  rescan: () => void;
  /** Some cards wait for the next frame (hooks/use-staged-cards.ts). */
  cardsPending: boolean;
  /** The page's origin, when it has one the extension could be allowed on. */
  origin: string | null;
  access: SiteAccess | undefined;
  onAccessChange: (access: SiteAccess) => void;
  services: UiServices;
  /** The cards to show now. */
  children?: ComponentChildren;
}

export function PageResults({ page, rescan, cardsPending, origin, access, onAccessChange, services, children }: PageResultsProps) {
  const empty = emptyKind(page);
  const found = page.status === 'ok' && page.result.events.length > 0;
  // Below the cards: it waits for all of them rather than jump down when the others come.
  const offer = origin && access && !cardsPending && (found || page.status === 'off');
  // Feeds the page announces: offered below the cards too, once they are all there.
  const announced = page.status === 'ok' && !cardsPending ? page.result.feeds : undefined;
  return (
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
        {children}
      </section>
      {offer && <SiteAccessControl origin={origin} access={access} services={services} onChange={onAccessChange} />}
      {announced && announced.length > 0 && <FeedOffer feeds={announced} services={services} />}
    </>
  );
}
