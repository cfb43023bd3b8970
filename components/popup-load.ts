/**
 * What the popup loads when it opens, started before anything is rendered: the tab's events and
 * the site's automatic-checking state in parallel, then the index's age.
 *
 * The tab's result is read straight from storage (UiServices.storedTab) when the background has
 * one, which it has for any page it scanned: no message round trip, and no waiting for a stopped
 * service worker to start. Only without a stored result (or on a rescan) does the popup ask the
 * background ('tab/get'), which then reads the page with the one-click lookup.
 *
 * popup.html waits for `firstRender` before its first render, so a stored result is painted in
 * the first frame instead of after a "Looking at this page…" frame (measured in
 * `npm run bench:popup`: that extra frame cost about 15-20 ms on the way to the events).
 */
import type { IndexStatus } from '@/lib/domain/index-status';
import type { SiteAccess } from '@/lib/domain/site-access';
import type { TabResult } from '@/lib/domain/tab-result';
import { errorMessage } from './error-message';
import type { UiServices } from './ui-services';

export type PageState =
  | { status: 'loading' }
  | { status: 'ok'; result: TabResult }
  | { status: 'not-text' | 'off' | 'unsupported' }
  | { status: 'error'; message?: string };

export interface PageLoad {
  page: PageState;
  /** The tab's address, when the browser lets the extension see it. */
  tabUrl?: string;
}

/** A load in flight; `current` is set (before any other callback runs) once it has settled. */
export interface Loading<T> {
  readonly promise: Promise<T>;
  current?: { value: T };
}

export interface PopupLoad {
  page: Loading<PageLoad>;
  /** undefined: could not be read (the header then shows no age). */
  index: Loading<IndexStatus | null | undefined>;
  access: Loading<SiteAccess | undefined>;
  /**
   * Resolves when the first render can show the final state (the page and site access are
   * known), or as soon as the page needs the background to read it (a scan takes a while: the
   * popup shows that it is looking), and at the latest after `maxWaitMs`.
   */
  firstRender: Promise<void>;
}

/** Longest the popup waits for its data before it renders the loading state instead. */
export const FIRST_RENDER_WAIT_MS = 60;

function loading<T>(promise: Promise<T>): Loading<T> {
  const load: Loading<T> = { promise };
  void promise.then((value) => {
    load.current = { value };
  });
  return load;
}

/**
 * The tab's page state: its stored result, else the background's answer to 'tab/get'. Never
 * rejects (a failure is an error state). `onAskingBackground` is called when the stored result
 * could not answer, before the (possibly long) one-click lookup starts.
 */
export async function loadPage(
  services: UiServices,
  tabId: number | undefined,
  rescan: boolean,
  onAskingBackground?: () => void,
): Promise<PageLoad> {
  try {
    const active = tabId === undefined ? services.activeTab() : undefined;
    const id = tabId ?? (await active)?.id;
    if (id === undefined) return { page: { status: 'unsupported' } };
    const stored = rescan ? null : await services.storedTab(id).catch(() => null);
    if (stored) return { page: stateOf(stored), tabUrl: stored.url };
    onAskingBackground?.();
    const [res, tab] = await Promise.all([
      services.send('tab/get', rescan ? { tabId: id, rescan: true } : { tabId: id }),
      (active ?? services.getTab(id)).catch(() => undefined),
    ]);
    const tabUrl = tab?.url;
    if ('events' in res) return { page: stateOf(res), tabUrl };
    if (res.status === 'error') return { page: res.message ? { status: 'error', message: res.message } : { status: 'error' }, tabUrl };
    return { page: { status: res.status }, tabUrl };
  } catch (err) {
    return { page: { status: 'error', message: errorMessage(err) } };
  }
}

function stateOf(result: TabResult): PageState {
  return result.status === 'not-text' ? { status: 'not-text' } : { status: 'ok', result };
}

export function startPopupLoad(services: UiServices, tabId: number | undefined, maxWaitMs = FIRST_RENDER_WAIT_MS): PopupLoad {
  let asking: () => void = () => undefined;
  const askingBackground = new Promise<void>((resolve) => {
    asking = resolve;
  });
  const page = loading(loadPage(services, tabId, false, () => asking()));
  const access = loading(
    services.siteAccess().then(
      (value) => value,
      () => undefined,
    ),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const firstRender = Promise.race([
    Promise.all([Promise.race([page.promise, askingBackground]), access.promise]),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, maxWaitMs);
    }),
  ]).then(() => clearTimeout(timer));
  // The index's age is asked for once the first render is under way: the message wakes the
  // service worker when Chrome has stopped it (the usual case), and starting it competed with the
  // popup for the processor (the events showed about 14 ms later in `npm run bench:popup`).
  const index = loading(
    firstRender
      .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
      .then(() => services.send('index/status', {}))
      .then(
        (status) => status,
        () => undefined,
      ),
  );
  return { page, index, access, firstRender };
}
