// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PopupApp } from '@/components/PopupApp';
import { startPopupLoad } from '@/components/popup-load';
import type { TabResult } from '@/lib/domain/tab-result';
import type { TabGetReply } from '@/lib/messaging/protocol';
import { fakeServices, type Handlers } from './fake-services';
import { indexStatus, MEDIAITE, pageResult, peacePlan, witkoffCall } from './fixtures';
import { click, mount, settle, texts, type, useEnglish, waitFor, type Mounted } from './render';

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());
beforeAll(useEnglish);

function handlers(tab: TabGetReply = pageResult, extra: Handlers = {}): Handlers {
  return {
    'tab/get': () => tab,
    'index/status': () => indexStatus,
    'sites/get': () => ({ mode: 'none' }),
    'index/search': () => [],
    'event/get': ({ id }) => (id === peacePlan.id ? peacePlan : null),
    'event/dismiss': ({ id, dismissed }) => ({ highlights: false, dismissed: dismissed ? [id] : [] }),
    'sites/sync': () => ({ mode: 'sites', origins: ['https://www.mediaite.com/*'] }),
    ...extra,
  };
}

async function open(services = fakeServices(handlers()), props: { tabId?: number; initialQuery?: string } = {}) {
  mounted = await mount(<PopupApp services={services} debounceMs={5} {...props} />);
  return { root: mounted.root, services };
}

describe('PopupApp: events on the page', () => {
  it('asks for the given tab and renders the event with dates, summary and why it was flagged', async () => {
    const { root, services } = await open(undefined, { tabId: 42 });
    expect(services.sent('tab/get')).toEqual([{ tabId: 42 }]);
    const card = await waitFor(() => root.querySelector('[data-testid="event"]'), 'event card');
    expect(card.getAttribute('data-event-id')).toBe('witkoff-ushakov-call');
    expect(card.querySelector('h3')?.textContent).toBe(witkoffCall.title);
    expect(card.querySelector('.event-dates')?.textContent).toBe('Oct 14, 2025 · reported Nov 25, 2025');
    expect(card.textContent).toContain(witkoffCall.summary);
    const why = card.querySelector('[data-testid="why-flagged"]')!;
    // Names as written on the page, once each; phrases quoted; the page-is-a-source fact.
    expect(texts(why, '.why-row')).toEqual(['NamesWitkoff, Ushakov', 'Phrases“leaked phone call”', 'Contextleaked']);
    expect(why.textContent).toContain('This page is a source');
  });

  it('uses the active tab when no tab id is given', async () => {
    const { services } = await open(fakeServices(handlers(), { activeTab: async () => ({ id: 99 }) }));
    expect(services.sent('tab/get')).toEqual([{ tabId: 99 }]);
  });

  it('groups sources by kind in reading order and links only https URLs, in a new tab', async () => {
    const { root } = await open();
    const card = await waitFor(() => root.querySelector('[data-testid="event"]'));
    expect(texts(card, '.source-kind')).toEqual([
      'Original report',
      'Primary documents',
      'Reactions',
      'Fact-checks',
      'Analysis',
      'Other coverage',
    ]);
    const links = [...card.querySelectorAll<HTMLAnchorElement>('[data-testid="source-link"]')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      witkoffCall.sources[5]!.url,
      witkoffCall.sources[3]!.url,
      witkoffCall.sources[1]!.url,
      witkoffCall.sources[0]!.url,
    ]);
    for (const a of links) {
      expect(a.target).toBe('_blank');
      expect(a.rel).toBe('noopener noreferrer');
    }
    expect(card.innerHTML).not.toContain('javascript:');
    // The unsafe and plain-http sources are still listed, as text.
    expect(card.textContent).toContain('Unsafe link');
    expect(card.textContent).toContain('Plain http');
  });

  it('labels a source without a title by host and path, with outlet, language and date', async () => {
    const { root } = await open();
    const analysis = await waitFor(() => root.querySelector('[data-kind="analysis"] [data-testid="source"]'));
    expect(analysis.querySelector('a')?.textContent).toMatch(/^meduza\.io\/feature\/2025\/11\/26\/zapisi/);
    expect(analysis.querySelector('.source-meta')?.textContent).toBe('meduza.io · RURussian · Nov 26, 2025');
    const original = root.querySelector('[data-kind="original"] .source-meta');
    expect(original?.textContent).toBe('elpais.com · ESSpanish · Nov 2025');
  });

  it('marks the source the reader has open', async () => {
    const { root } = await open();
    await waitFor(() => root.querySelector('[data-testid="event"]'));
    expect(root.querySelector('[data-testid="reading-marker"]')?.textContent).toBe('You are reading one of these sources');
    const reading = [...root.querySelectorAll('[data-reading="true"]')];
    expect(reading).toHaveLength(1);
    expect(reading[0]!.querySelector('a')?.getAttribute('href')).toBe(MEDIAITE);
    expect(reading[0]!.textContent).toContain('You are reading this');
  });

  it('shows the index age, and a warning once the index has expired', async () => {
    const fresh = await open();
    expect(fresh.root.querySelector('[data-testid="index-age"]')?.textContent).toBe('Index as of Nov 28, 2025');
    mounted?.unmount();
    const stale = await open(
      fakeServices(handlers(), { now: () => Date.parse('2026-03-01T00:00:00Z') }),
    );
    const age = stale.root.querySelector('[data-testid="index-age"]');
    expect(age?.getAttribute('data-expired')).toBe('true');
    expect(age?.textContent).toContain('Index out of date (expired Feb 28, 2026)');
  });

  it('announces the number of events found in a live region', async () => {
    const { root } = await open();
    const live = root.querySelector('[data-testid="live-status"]');
    expect(live?.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => live?.textContent === '1 known event on this page', 'announcement');
  });
});

describe('PopupApp: empty states', () => {
  const cases: [string, TabGetReply, string][] = [
    ['none', { ...pageResult, events: [] }, 'No known events on this page'],
    ['not-text', { ...pageResult, status: 'not-text', events: [] }, 'This page is not text'],
    ['off', { status: 'off' }, 'Backstory is off on this site'],
    ['unsupported', { status: 'unsupported' }, 'Backstory can’t read this page'],
    ['error', { status: 'error', message: 'index not loaded' }, 'Something went wrong'],
  ];
  it.each(cases)('%s', async (state, reply, title) => {
    const { root } = await open(fakeServices(handlers(reply)));
    const empty = await waitFor(() => root.querySelector('[data-testid="empty-state"]'), 'empty state');
    expect(empty.getAttribute('data-state')).toBe(state);
    expect(empty.querySelector('h3')?.textContent).toBe(title);
    expect(root.querySelector('[data-testid="live-status"]')?.textContent).toBe(title);
    expect(root.querySelectorAll('[data-testid="event"]')).toHaveLength(0);
  });

  it('shows an error state with a retry when the background cannot be reached', async () => {
    let attempts = 0;
    const services = fakeServices(
      handlers(pageResult, {
        'tab/get': () => {
          attempts += 1;
          if (attempts === 1) throw new Error('Could not establish connection');
          return pageResult;
        },
      }),
    );
    const { root } = await open(services, { tabId: 3 });
    const empty = await waitFor(() => root.querySelector('[data-state="error"]'));
    expect(empty.textContent).toContain('Details: Could not establish connection');
    await click(root.querySelector('[data-testid="retry"]'));
    await waitFor(() => root.querySelector('[data-testid="event"]'), 'event after retry');
    expect(services.sent('tab/get')).toEqual([{ tabId: 3 }, { tabId: 3, rescan: true }]);
  });

  it('says the page cannot be read when there is no active tab', async () => {
    const { root, services } = await open(fakeServices(handlers(), { activeTab: async () => undefined }));
    expect(root.querySelector('[data-testid="empty-state"]')?.getAttribute('data-state')).toBe('unsupported');
    expect(services.sent('tab/get')).toEqual([]);
  });
});

describe('PopupApp: search', () => {
  it('searches the index after typing (debounced) and shows results as cards with a count', async () => {
    const services = fakeServices(handlers(pageResult, { 'index/search': ({ query }) => (query === 'peace plan' ? [peacePlan] : []) }));
    const { root } = await open(services);
    const input = root.querySelector<HTMLInputElement>('[data-testid="search-input"]');
    expect(input?.type).toBe('search');
    expect(root.querySelector(`label[for="${input?.id}"]`)?.textContent).toBe('Search events');
    await type(input, 'peace');
    await type(input, 'peace plan');
    await waitFor(() => root.querySelector('[data-testid="search-results"] [data-testid="event"]'), 'result card');
    // Only the last input reached the background.
    expect(services.sent('index/search')).toEqual([{ query: 'peace plan', limit: 20 }]);
    expect(root.querySelector('[data-testid="search-count"]')?.textContent).toBe('1 event found');
    expect(root.querySelector('[data-testid="live-status"]')?.textContent).toBe('1 event found');
    // The page's results come back when the search is cleared.
    await type(input, '');
    await settle();
    expect(root.querySelector('[data-testid="page-results"] [data-event-id="witkoff-ushakov-call"]')).not.toBeNull();
  });

  it('pre-fills and runs the search from ?q=, even without a page match', async () => {
    const services = fakeServices(
      handlers({ status: 'unsupported' }, { 'index/search': () => [witkoffCall, peacePlan] }),
    );
    const { root } = await open(services, { initialQuery: 'Witkoff' });
    expect(root.querySelector<HTMLInputElement>('[data-testid="search-input"]')?.value).toBe('Witkoff');
    await waitFor(() => root.querySelectorAll('[data-testid="search-results"] [data-testid="event"]').length === 2);
    expect(services.sent('index/search')).toEqual([{ query: 'Witkoff', limit: 20 }]);
    expect(root.querySelector('[data-testid="search-count"]')?.textContent).toBe('2 events found');
  });

  it('clears the search with Escape and shows the page again', async () => {
    const { root } = await open(undefined, { initialQuery: 'peace' });
    const input = root.querySelector<HTMLInputElement>('[data-testid="search-input"]')!;
    await waitFor(() => root.querySelector('[data-testid="search-results"]'));
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    });
    await settle();
    expect(input.value).toBe('');
    expect(root.querySelector('[data-testid="search-results"]')).toBeNull();
    expect(root.querySelector('[data-testid="page-results"]')).not.toBeNull();
  });

  it('says so when nothing matches', async () => {
    const { root } = await open(undefined, { initialQuery: 'zzz' });
    await waitFor(() => root.querySelector('[data-testid="search-count"]')?.textContent === 'No events match “zzz”');
  });
});

describe('PopupApp: not this event', () => {
  it('hides the card with an Undo that restores it', async () => {
    const { root, services } = await open();
    await waitFor(() => root.querySelector('[data-testid="event"]'));
    const dismiss = root.querySelector<HTMLButtonElement>('[data-testid="dismiss"]');
    expect(dismiss?.getAttribute('aria-label')).toBe(`Not this event: ${witkoffCall.title}`);
    await click(dismiss);
    await waitFor(() => root.querySelector('[data-testid="dismissed"]'), 'undo notice');
    expect(root.querySelector('[data-testid="event"]')).toBeNull();
    expect(services.sent('event/dismiss')).toEqual([{ id: witkoffCall.id, dismissed: true }]);
    const undo = root.querySelector('[data-testid="undo"]');
    expect(document.activeElement).toBe(undo);
    await click(undo);
    await waitFor(() => root.querySelector('[data-testid="event"]'), 'restored card');
    expect(services.sent('event/dismiss')).toEqual([
      { id: witkoffCall.id, dismissed: true },
      { id: witkoffCall.id, dismissed: false },
    ]);
    expect(document.activeElement).toBe(root.querySelector('[data-testid="event"]'));
  });

  it('keeps the card and says so when hiding fails', async () => {
    const services = fakeServices(handlers(pageResult, { 'event/dismiss': () => Promise.reject(new Error('storage full')) }));
    const { root } = await open(services);
    await waitFor(() => root.querySelector('[data-testid="event"]'));
    await click(root.querySelector('[data-testid="dismiss"]'));
    await waitFor(() => root.querySelector('[data-testid="event"] [role="alert"]'), 'error');
    expect(root.querySelector('[data-testid="dismissed"]')).toBeNull();
  });
});

describe('PopupApp: related events', () => {
  it('opens a related event with event/get and goes back', async () => {
    const { root, services } = await open();
    await waitFor(() => root.querySelector('[data-testid="related-event"]'));
    await click(root.querySelector('[data-testid="related-event"]'));
    await waitFor(() => root.querySelector('[data-event-id="peace-plan-28"][data-testid="event"]'), 'related card');
    expect(services.sent('event/get')).toEqual([{ id: 'peace-plan-28' }]);
    expect(root.querySelector('[data-event-id="witkoff-ushakov-call"][data-testid="event"]')).toBeNull();
    expect(root.querySelector('.event-dates')?.textContent).toMatch(/^Nov 19\s*–\s*21, 2025$/);
    await click(root.querySelector('[data-testid="back"]'));
    await waitFor(() => root.querySelector('[data-event-id="witkoff-ushakov-call"][data-testid="event"]'));
  });

  it('says when the related event is not in the index', async () => {
    const services = fakeServices(handlers(pageResult, { 'event/get': () => null }));
    const { root } = await open(services);
    await waitFor(() => root.querySelector('[data-testid="related-event"]'));
    await click(root.querySelector('[data-testid="related-event"]'));
    await waitFor(() => root.querySelector('[data-testid="event-missing"]'), 'missing notice');
  });
});

describe('PopupApp: automatic checking', () => {
  it('asks for this site inside the click, then syncs and shows the new state', async () => {
    const { root, services } = await open();
    const button = await waitFor(() => root.querySelector('[data-testid="auto-this-site"]'), 'offer');
    expect(root.querySelector('[data-testid="site-access"]')?.textContent).toContain('www.mediaite.com');
    await click(button);
    await waitFor(() => root.querySelector('[data-testid="site-access"][data-mode="sites"]'), 'granted state');
    expect(services.permissionLog).toEqual(['request https://www.mediaite.com/*']);
    expect(services.sent('sites/sync')).toEqual([{}]);
    expect(root.querySelector('[data-testid="site-access"]')?.textContent).toBe(
      'Pages on www.mediaite.com are checked automatically.',
    );
  });

  it('asks for all sites from the second button', async () => {
    const services = fakeServices(handlers(pageResult, { 'sites/sync': () => ({ mode: 'all' }) }));
    const { root } = await open(services);
    const all = await waitFor(() => root.querySelector('[data-testid="auto-all-sites"]'));
    expect(all.getAttribute('aria-label')).toBe('Check pages on all sites automatically');
    await click(all);
    await waitFor(() => root.querySelector('[data-testid="site-access"][data-mode="all"]'));
    expect(services.permissionLog).toEqual(['request *://*/*']);
  });

  it('does not sync when the permission is refused', async () => {
    const services = fakeServices(handlers(), { requestOrigins: async () => false });
    const { root } = await open(services);
    await click(await waitFor(() => root.querySelector('[data-testid="auto-this-site"]')));
    await waitFor(() => root.querySelector('[data-testid="site-access"] [role="alert"]'));
    expect(services.sent('sites/sync')).toEqual([]);
  });

  it('shows no offer when the site is already checked', async () => {
    const services = fakeServices(handlers(pageResult, { 'sites/get': () => ({ mode: 'sites', origins: ['https://www.mediaite.com/*'] }) }));
    const { root } = await open(services);
    await waitFor(() => root.querySelector('[data-testid="site-access"]'));
    expect(root.querySelector('[data-testid="auto-this-site"]')).toBeNull();
  });
});

describe('PopupApp: settings link', () => {
  it('opens the options page', async () => {
    const { root, services } = await open();
    await click(root.querySelector('[data-testid="open-options"]'));
    expect(services.permissionLog).toEqual(['options']);
  });
});

describe('PopupApp: opening fast', () => {
  const stored = (id: number) => (id === pageResult.tabId ? Promise.resolve(pageResult) : Promise.resolve(null));

  it('shows the result the background stored for the tab without a message round trip', async () => {
    const services = fakeServices(handlers(), { storedTab: stored });
    const { root } = await open(services, { tabId: pageResult.tabId });
    await waitFor(() => root.querySelector('[data-testid="event"]'), 'event card');
    expect(services.sent('tab/get')).toEqual([]);
    expect(root.querySelector('[data-testid="live-status"]')?.textContent).toBe('1 known event on this page');
  });

  it('asks the background to read the page when nothing is stored for the tab, and on retry', async () => {
    const services = fakeServices(handlers({ status: 'error', message: 'gone' }), { storedTab: stored });
    const { root } = await open(services, { tabId: 3 });
    await waitFor(() => root.querySelector('[data-state="error"]'));
    expect(services.sent('tab/get')).toEqual([{ tabId: 3 }]);
    await click(root.querySelector('[data-testid="retry"]'));
    expect(services.sent('tab/get')).toEqual([{ tabId: 3 }, { tabId: 3, rescan: true }]);
  });

  it('renders a stored result in its very first render, once the loads it waits for are in', async () => {
    // Storage answers a little later, as a real one does.
    const later = (id: number) => new Promise<TabResult | null>((resolve) => setTimeout(() => resolve(stored(id)), 30));
    const services = fakeServices(handlers(), { storedTab: later });
    const load = startPopupLoad(services, pageResult.tabId, 60_000);
    await load.firstRender;
    const root = document.createElement('div');
    document.body.append(root);
    try {
      render(<PopupApp services={services} tabId={pageResult.tabId} load={load} />, root); // no act: no effect has run
      expect(root.querySelector('[data-testid="page-results"]')?.getAttribute('aria-busy')).toBe('false');
      expect(root.querySelector('[data-testid="event"]')?.getAttribute('data-event-id')).toBe(witkoffCall.id);
      expect(root.querySelector('[data-testid="auto-this-site"]')).not.toBeNull();
    } finally {
      render(null, root);
      root.remove();
    }
  });

  it('does not hold the first render while the background reads the page (one-click lookup)', async () => {
    let answer: (reply: TabGetReply) => void = () => undefined;
    const services = fakeServices(handlers(pageResult, { 'tab/get': () => new Promise((resolve) => (answer = resolve)) }));
    const load = startPopupLoad(services, 7, 60_000); // a wait this long would time the test out
    await load.firstRender;
    expect(load.page.current).toBeUndefined();
    mounted = await mount(<PopupApp services={services} tabId={7} load={load} />);
    expect(mounted.root.querySelector('[data-testid="page-results"]')?.getAttribute('aria-busy')).toBe('true');
    answer(pageResult);
    await waitFor(() => mounted?.root.querySelector('[data-testid="event"]'), 'event after the lookup');
  });

  it('draws the cards that fill the popup first and the rest in the next frame', async () => {
    const events = ['a', 'b', 'c', 'd'].map((id) => ({ ...witkoffCall, id, title: `Event ${id}` }));
    const many: TabResult = { ...pageResult, events };
    const services = fakeServices(handlers(), { storedTab: async () => many });
    const load = startPopupLoad(services, pageResult.tabId, 60_000);
    await load.firstRender;
    const root = document.createElement('div');
    document.body.append(root);
    try {
      render(<PopupApp services={services} tabId={pageResult.tabId} load={load} />, root);
      const ids = () => [...root.querySelectorAll('[data-testid="event"]')].map((el) => el.getAttribute('data-event-id'));
      expect(ids()).toEqual(['a', 'b']);
      // Every event is announced at once.
      expect(root.querySelector('[data-testid="live-status"]')?.textContent).toBe('4 known events on this page');
      await waitFor(() => ids().length === 4, 'the other cards');
      expect(ids()).toEqual(['a', 'b', 'c', 'd']);
    } finally {
      render(null, root);
      root.remove();
    }
  });

  it('shows every card after a retry that finds many events', async () => {
    const events = ['a', 'b', 'c'].map((id) => ({ ...witkoffCall, id, title: `Event ${id}` }));
    let attempts = 0;
    const services = fakeServices(
      handlers(pageResult, {
        'tab/get': () => (++attempts === 1 ? { status: 'error', message: 'try again' } : { ...pageResult, events }),
      }),
    );
    const { root } = await open(services, { tabId: 3 });
    await click(await waitFor(() => root.querySelector('[data-testid="retry"]'), 'retry'));
    await waitFor(() => root.querySelectorAll('[data-testid="event"]').length === 3, 'all three cards');
  });

  it('asks the background for the index age only once the first render is under way', async () => {
    const services = fakeServices(handlers(), { storedTab: stored });
    const load = startPopupLoad(services, pageResult.tabId, 60_000);
    expect(services.sent('index/status')).toEqual([]);
    await load.firstRender;
    expect(services.sent('index/status')).toEqual([]);
    expect(await load.index.promise).toEqual(indexStatus);
    expect(services.sent('index/status')).toEqual([{}]);
  });

  it('renders the loading state after a short wait when storage does not answer', async () => {
    const services = fakeServices(handlers(), { storedTab: () => new Promise(() => undefined) });
    const load = startPopupLoad(services, 7, 20); // a wait of 20 ms, not forever
    await load.firstRender;
    expect(load.page.current).toBeUndefined();
    mounted = await mount(<PopupApp services={services} tabId={7} load={load} />);
    const results = mounted.root.querySelector('[data-testid="page-results"]');
    expect(results?.getAttribute('aria-busy')).toBe('true');
    expect(results?.querySelector('.loading')?.textContent).toBe('Checking this page…');
    expect(mounted.root.querySelector('[data-testid="live-status"]')?.textContent).toBe('Checking this page…');
    expect(mounted.root.querySelector('[data-testid="event"]')).toBeNull();
  });
});
