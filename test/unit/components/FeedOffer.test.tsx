// @vitest-environment happy-dom
// The popup's side of feeds: who asserts each event, stale feeds marked, and the offer to
// subscribe to a feed the page announces (which opens the options page; nothing is fetched here).
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PopupApp } from '@/components/PopupApp';
import { startPopupLoad } from '@/components/popup-load';
import { readSubscribeQuery } from '@/components/subscribe-link';
import type { FeedStatus } from '@/lib/domain/feed-status';
import type { DiscoveredFeed } from '@/lib/domain/page';
import type { TabResult } from '@/lib/domain/tab-result';
import { fakeServices, type Handlers } from './fake-services';
import { bundledFeed, EXAMPLE_KEY, exampleFeed, indexStatus, pageResult, witkoffCall } from './fixtures';
import { click, mount, settle, texts, useEnglish, waitFor, type Mounted } from './render';

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());
beforeAll(useEnglish);

const announced: DiscoveredFeed[] = [
  { url: exampleFeed.url!, key: EXAMPLE_KEY, title: 'Example News' },
  { url: 'https://factcheck.example.com/feed.json', key: EXAMPLE_KEY },
];

function handlers(result: TabResult, subscribed: FeedStatus[] = [bundledFeed]): Handlers {
  return {
    'tab/get': () => result,
    'index/status': () => indexStatus,
    'sites/get': () => ({ mode: 'all' }),
    'feeds/list': () => subscribed,
  };
}

async function open(result: TabResult, subscribed?: FeedStatus[]) {
  const services = fakeServices(handlers(result, subscribed), { storedTab: async () => result });
  mounted = await mount(<PopupApp services={services} tabId={result.tabId} />);
  return { root: mounted.root, services };
}

describe('event cards name the feed that asserts them', () => {
  it('says which publisher lists the event', async () => {
    const event = { ...witkoffCall, feed: { id: 'example-news', publisher: 'Example News', stale: false } };
    const { root } = await open({ ...pageResult, events: [event] });
    const line = await waitFor(() => root.querySelector('[data-testid="event-feed"]'));
    expect(line.textContent).toBe('Listed by Example News');
    expect(line.querySelector('[data-testid="stale-note"]')).toBeNull();
  });

  it('marks an event of a stale feed with the date its index expired', async () => {
    const stale = { id: 'example-news', publisher: 'Example News', stale: true, expires: '2025-11-20T00:00:00Z' };
    const { root } = await open({ ...pageResult, events: [{ ...witkoffCall, feed: stale }] });
    const note = await waitFor(() => root.querySelector('[data-testid="stale-note"]'));
    expect(note.textContent).toBe(' · index out of date (expired Nov 20, 2025)');
  });

  it('marks a stale feed without a known date too', async () => {
    const { root } = await open({ ...pageResult, events: [{ ...witkoffCall, feed: { id: 'x', publisher: 'X', stale: true } }] });
    expect((await waitFor(() => root.querySelector('[data-testid="stale-note"]'))).textContent).toBe(' · index out of date');
  });
});

describe('the offer to subscribe to a feed the page announces', () => {
  it('offers the feeds not subscribed yet, by title or else by site', async () => {
    const { root } = await open({ ...pageResult, feeds: announced });
    await waitFor(() => root.querySelector('[data-testid="feed-offer"]'));
    expect(texts(root, '[data-testid="feed-offer-host"]')).toEqual([new URL(exampleFeed.url!).host, 'factcheck.example.com']);
    expect(texts(root, '[data-testid="feed-offer-button"]')).toEqual([
      'Subscribe to Example News’s events',
      'Subscribe to factcheck.example.com’s events',
    ]);
    // Each button is described by its host line.
    const [button] = root.querySelectorAll('[data-testid="feed-offer-button"]');
    expect(root.querySelector(`#${CSS.escape(button!.getAttribute('aria-describedby')!)}`)?.textContent).toBe(new URL(exampleFeed.url!).host);
  });

  it('shows where the feed really is beside the name the page gives it', async () => {
    // A page may call its feed anything ("Bloomberg"); the host line tells the reader the truth.
    const spoof = { url: 'https://feeds.evil.example/feed.json', key: EXAMPLE_KEY, title: 'Bloomberg\u202E' };
    const { root } = await open({ ...pageResult, feeds: [spoof] });
    await waitFor(() => root.querySelector('[data-testid="feed-offer"]'));
    expect(texts(root, '[data-testid="feed-offer-host"]')).toEqual(['feeds.evil.example']);
    expect(root.querySelector('[data-testid="feed-offer-button"]')!.textContent).not.toContain('\u202E');
  });

  it('leaves out a feed already subscribed, and shows nothing when all are', async () => {
    const one = await open({ ...pageResult, feeds: announced }, [bundledFeed, exampleFeed]);
    await waitFor(() => one.root.querySelector('[data-testid="feed-offer"]'));
    expect(texts(one.root, '[data-testid="feed-offer-host"]')).toEqual(['factcheck.example.com']);
    mounted?.unmount();

    const all = await open({ ...pageResult, feeds: [announced[0]!] }, [bundledFeed, exampleFeed]);
    await waitFor(() => all.services.sent('feeds/list').length === 1);
    await settle(10); // its answer arrives and is rendered
    expect(all.root.querySelector('[data-testid="feed-offer"]')).toBeNull();
  });

  it('opens the options page with the feed filled in, and fetches nothing itself', async () => {
    const { root, services } = await open({ ...pageResult, feeds: announced });
    const opened: string[] = [];
    services.openOptionsPage = (query) => opened.push(query ?? '');
    await click(await waitFor(() => root.querySelector('[data-testid="feed-offer-button"]')));
    expect(opened).toHaveLength(1);
    expect(readSubscribeQuery(opened[0]!)).toEqual(announced[0]);
    expect(services.calls.map((c) => c.type).filter((t) => t.startsWith('feeds/'))).toEqual(['feeds/list']);
    expect(services.permissionLog).toEqual([]);
  });

  it('asks for the subscriptions only after the first frame, and only when the page announced a feed', async () => {
    const result: TabResult = { ...pageResult, feeds: announced };
    const services = fakeServices(handlers(result), { storedTab: async () => result });
    const load = startPopupLoad(services, result.tabId, 60_000);
    await load.firstRender;
    const root = document.createElement('div');
    document.body.append(root);
    try {
      render(<PopupApp services={services} tabId={result.tabId} load={load} />, root);
      expect(root.querySelector('[data-testid="event"]')).not.toBeNull(); // the first render has the events
      expect(services.sent('feeds/list')).toEqual([]);
      await waitFor(() => root.querySelector('[data-testid="feed-offer"]'));
      expect(services.sent('feeds/list')).toEqual([{}]);
    } finally {
      render(null, root);
      root.remove();
    }

    const { services: quiet, root: plain } = await open(pageResult);
    await waitFor(() => plain.querySelector('[data-testid="event"]'));
    await waitFor(() => quiet.sent('index/status').length === 1);
    expect(quiet.sent('feeds/list')).toEqual([]);
  });

  it('offers a feed on a page without known events too', async () => {
    const { root } = await open({ ...pageResult, events: [], feeds: [announced[1]!] });
    await waitFor(() => root.querySelector('[data-testid="feed-offer"]'));
    expect(root.querySelector('[data-testid="empty-state"]')).not.toBeNull();
  });
});
