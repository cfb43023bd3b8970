/** The results of a search over the whole index, with their count (see hooks/use-search.ts). */
import type { ComponentChildren } from 'preact';
import { t, tPlural } from '@/lib/i18n/i18n';
import type { SearchState } from './hooks/use-search';
import { Message } from './Message';

/** What the live region (and the count line) says about the search. */
export function searchAnnouncement(search: SearchState): string {
  if (search.status === 'error') return t('searchFailed');
  if (search.status !== 'done') return t('searching');
  return search.results.length > 0 ? tPlural('searchCount', search.results.length) : t('searchNone', [search.query]);
}

/** `children`: the result cards. */
export function SearchResults({ search, children }: { search: SearchState; children?: ComponentChildren }) {
  const loading = search.status !== 'done' && search.status !== 'error';
  return (
    <section class="results" aria-labelledby="search-heading" aria-busy={loading} data-testid="search-results">
      <h2 id="search-heading">{t('searchHeading')}</h2>
      <p class={search.status === 'error' ? 'count inline-error' : 'count'} data-testid="search-count">
        {search.status === 'done' && search.results.length === 0 ? <Message k="searchNone" subs={[search.query]} /> : searchAnnouncement(search)}
      </p>
      {children}
    </section>
  );
}
