/**
 * The index's age in the popup's header. It keeps its own state: when the status arrives after
 * the first render, only this line renders again, not every event card.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { IndexStatus } from '@/lib/domain/index-status';
import { IndexAge } from './IndexAge';
import type { Loading } from './popup-load';

export function HeaderIndexAge({ loading, now, locale }: { loading: Loading<IndexStatus | null | undefined>; now: number; locale: string }) {
  const [status, setStatus] = useState(loading.current?.value);
  useLayoutEffect(() => {
    void loading.promise.then(setStatus);
  }, []);
  return <IndexAge status={status} now={now} locale={locale} />;
}
