/**
 * The popup's view of what it loads on opening (popup-load.ts): the tab's events and the site's
 * automatic-checking state, whatever has already arrived in the first render, the rest as it comes.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { SiteAccess } from '@/lib/domain/site-access';
import { loadPage, startPopupLoad, type PageLoad, type PopupLoad } from '../popup-load';
import type { UiServices } from '../ui-services';

const LOADING: PageLoad = { page: { status: 'loading' } };

export interface PageLoadState extends PageLoad {
  load: PopupLoad;
  access: SiteAccess | undefined;
  setAccess: (access: SiteAccess) => void;
  /** Asks the background to read the page again (Retry). */
  rescan: () => void;
}

export function usePageLoad(services: UiServices, tabId: number | undefined, given: PopupLoad | undefined): PageLoadState {
  const [load] = useState(() => given ?? startPopupLoad(services, tabId));
  const [{ page, tabUrl }, setPageLoad] = useState<PageLoad>(load.page.current?.value ?? LOADING);
  const [access, setAccess] = useState<SiteAccess | undefined>(load.access.current?.value);
  // A layout effect, not useEffect: what arrives after the first render is shown without waiting
  // a frame. Already in the first render: the same value again, which Preact skips.
  useLayoutEffect(() => {
    void load.page.promise.then(setPageLoad);
    void load.access.promise.then(setAccess);
  }, []);
  const rescan = (): void => {
    setPageLoad(LOADING);
    void loadPage(services, tabId, true).then(setPageLoad);
  };
  return { load, page, tabUrl, access, setAccess, rescan };
}
