/**
 * The popup's search over the whole index: the field's text, debounced queries to the background,
 * and the answer to the latest one only (an older answer arriving late is dropped).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EventView } from '@/lib/domain/event';
import type { UiServices } from '../ui-services';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'done'; query: string; results: EventView[] }
  | { status: 'error'; query: string };

const SEARCH_LIMIT = 20;

export interface Search {
  query: string;
  search: SearchState;
  /** The field changed: search after the debounce (at once when emptied). */
  onQueryInput: (value: string) => void;
  /** Search now (Enter). */
  runSearch: (raw: string) => void;
}

export function useSearch(services: UiServices, initialQuery: string, debounceMs: number): Search {
  const [query, setQuery] = useState(initialQuery);
  const [search, setSearch] = useState<SearchState>({ status: 'idle' });
  const searchSeq = useRef(0);
  const debounce = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

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

  // A layout effect: the search from ?q= leaves before the first paint.
  useLayoutEffect(() => {
    if (initialQuery.trim()) runSearch(initialQuery);
    return () => clearTimeout(debounce.current);
  }, []);

  const onQueryInput = (value: string): void => {
    setQuery(value);
    clearTimeout(debounce.current);
    if (!value.trim()) runSearch('');
    else debounce.current = setTimeout(() => runSearch(value), debounceMs);
  };

  return { query, search, onQueryInput, runSearch };
}
