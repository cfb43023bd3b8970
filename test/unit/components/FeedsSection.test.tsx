// @vitest-environment happy-dom
// The options page's feeds section: the list, each feed's actions, and subscribing.
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FeedsSection } from '@/components/FeedsSection';
import type { FeedStatus } from '@/lib/domain/feed-status';
import type { DiscoveredFeed } from '@/lib/domain/page';
import { fakeServices, type FakeServices } from './fake-services';
import { bundledFeed, EXAMPLE_KEY, exampleFeed } from './fixtures';
import { click, mount, settle, texts, type, useEnglish, waitFor, type Mounted } from './render';

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());
beforeAll(useEnglish);

const LOCAL_FEED = 'http://127.0.0.1:4173/feed.json';

/** A background that keeps its feeds, and a browser whose permission answer tests choose. */
function background(initial: FeedStatus[], opts: { grant?: boolean; subscribe?: (url: string) => FeedStatus | Promise<FeedStatus> } = {}) {
  const state = { feeds: [...initial], gesture: false, requestedInGesture: [] as boolean[] };
  const services: FakeServices = fakeServices(
    {
      'feeds/list': () => state.feeds,
      'feeds/prepare': ({ url }) => ({ origins: [`${new URL(url).protocol}//${new URL(url).hostname}/*`] }),
      'feeds/subscribe': async ({ url }) => {
        const feed = await (opts.subscribe ?? ((u: string) => ({ ...exampleFeed, id: 'local', url: u, title: 'Local events', version: 1 })))(url);
        state.feeds.push(feed);
        return feed;
      },
      'feeds/update': ({ id }) => {
        const feed = state.feeds.find((f) => f.id === id)!;
        const next = { ...feed, version: feed.version + 1, error: undefined };
        state.feeds = state.feeds.map((f) => (f.id === id ? next : f));
        return next;
      },
      'feeds/pause': ({ id, paused }) => {
        const next = { ...state.feeds.find((f) => f.id === id)!, paused };
        state.feeds = state.feeds.map((f) => (f.id === id ? next : f));
        return next;
      },
      'feeds/remove': ({ id }) => {
        state.feeds = state.feeds.filter((f) => f.id !== id);
        return null;
      },
    },
    {
      requestOrigins: async (origins) => {
        services.permissionLog.push(`request ${origins.join(' ')}`);
        state.requestedInGesture.push(state.gesture);
        return opts.grant ?? true;
      },
    },
  );
  return { state, services };
}

async function open(bg: ReturnType<typeof background>, suggested?: DiscoveredFeed) {
  mounted = await mount(<FeedsSection feeds={bg.state.feeds} services={bg.services} locale="en" suggested={suggested} />);
  return mounted.root;
}

function row(root: HTMLElement, id: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(`[data-testid="feed"][data-feed-id="${id}"]`);
  if (!el) throw new Error(`no row for ${id}`);
  return el;
}

/** The input whose <label> reads exactly `name`. */
function field(root: HTMLElement, name: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent === name);
  const input = label && root.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`);
  if (!input) throw new Error(`no field labelled ${name}`);
  return input;
}

function button(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

/** A click as the browser delivers it: a user gesture while the handler runs synchronously. */
async function userClick(bg: ReturnType<typeof background>, el: HTMLElement): Promise<void> {
  await act(() => {
    bg.state.gesture = true;
    el.click();
    bg.state.gesture = false;
  });
  await settle();
}

async function fill(root: HTMLElement, address: string, key: string): Promise<void> {
  await type(field(root, 'Feed address'), address);
  await type(field(root, 'Public key'), key);
}

describe('FeedsSection: the list', () => {
  it('shows every feed, the bundled one first, with its facts and status', async () => {
    const root = await open(background([exampleFeed, bundledFeed]));
    expect(texts(root, '.feed-title')).toEqual(['Backstory default index (built in)', 'Example News events']);
    expect(texts(row(root, 'example-news'), '.fact')).toEqual([
      'PublisherExample News',
      'Version12',
      'Events1,234',
      expect.stringMatching(/^Last updatedDec 1, 2025/),
      expect.stringMatching(/^Next checkDec 1, 2025/),
    ]);
    expect(row(root, 'example-news').querySelector('[data-testid="feed-status"]')?.textContent).toBe('Up to date');
    expect(row(root, 'example-news').getAttribute('data-version')).toBe('12');
    // The bundled index comes with the extension: it cannot be removed; "Update now" checks it is installed.
    const builtin = row(root, 'bundled');
    expect(builtin.querySelector('[data-testid="feed-status"]')?.textContent).toBe('Comes with Backstory; updated with it');
    expect(texts(builtin, 'button')).toEqual(['Update now', 'Pause']);
  });

  it('says the last error in plain words, with the details, and that the old version keeps working', async () => {
    const failing: FeedStatus = {
      ...exampleFeed,
      error: { code: 'invalid', message: 'invalid at shards/ab.json: events[3].sources[1].url: must be an https URL' },
    };
    const root = await open(background([bundledFeed, failing]));
    const status = row(root, 'example-news').querySelector('[data-testid="feed-status"]');
    expect(status?.textContent).toBe('⚠ Last update failed: the feed is not valid. The installed version keeps working.');
    expect(status?.getAttribute('data-tone')).toBe('error');
    expect(row(root, 'example-news').querySelector('[data-testid="feed-error-detail"]')?.textContent).toBe(
      'Details: invalid at shards/ab.json: events[3].sources[1].url: must be an https URL',
    );
  });

  it.each([
    ['unreachable', 'the feed could not be reached.'],
    ['signature', "the signature does not match the publisher's key."],
    ['rollback', 'the feed offered a version older than the installed one.'],
    ['expired', 'the feed has expired.'],
    ['too-large', 'the feed is too large.'],
    ['storage-full', "the browser's storage is full."],
  ] as const)('names a %s problem', async (code, words) => {
    const root = await open(background([{ ...exampleFeed, error: { code, message: code } }]));
    expect(row(root, 'example-news').querySelector('[data-testid="feed-status"]')?.textContent).toContain(words);
  });

  it('marks paused and out-of-date feeds', async () => {
    const root = await open(background([{ ...exampleFeed, paused: true }, { ...exampleFeed, id: 'old', stale: true }]));
    expect(row(root, 'example-news').querySelector('[data-testid="feed-status"]')?.textContent).toBe('⚠ Paused: not updated and not used on pages');
    expect(button(row(root, 'example-news'), 'Resume')).toBeDefined();
    expect(row(root, 'old').querySelector('[data-testid="feed-status"]')?.textContent).toMatch(/^⚠ Out of date/);
  });
});

describe('FeedsSection: a feed’s actions', () => {
  it('"Update now" asks the background and shows the new version', async () => {
    const bg = background([bundledFeed, { ...exampleFeed, error: { code: 'unreachable', message: 'unreachable' } }]);
    const root = await open(bg);
    const update = button(row(root, 'example-news'), 'Update now');
    // Its description names the feed, so a screen reader says which one.
    expect(root.querySelector(`#${CSS.escape(update.getAttribute('aria-describedby')!)}`)?.textContent).toBe('Example News events');
    await click(update);
    await waitFor(() => row(root, 'example-news').getAttribute('data-version') === '13');
    expect(bg.services.sent('feeds/update')).toEqual([{ id: 'example-news' }]);
    expect(row(root, 'example-news').querySelector('[data-testid="feed-status"]')?.textContent).toBe('Up to date');
  });

  it('says so when an action fails, and keeps the row as it was', async () => {
    const bg = background([exampleFeed]);
    bg.services.send = ((t: string) => Promise.reject(new Error(`${t} broke`))) as typeof bg.services.send;
    const root = await open(bg);
    await click(button(row(root, 'example-news'), 'Update now'));
    await waitFor(() => row(root, 'example-news').querySelector('[role="alert"]'));
    expect(row(root, 'example-news').querySelector('[role="alert"]')?.textContent).toBe('Could not do that: feeds/update broke');
    expect(row(root, 'example-news').getAttribute('data-version')).toBe('12');
  });

  it('pauses and resumes', async () => {
    const bg = background([exampleFeed]);
    const root = await open(bg);
    await click(button(row(root, 'example-news'), 'Pause'));
    await waitFor(() => row(root, 'example-news').textContent?.includes('Resume'));
    await click(button(row(root, 'example-news'), 'Resume'));
    await waitFor(() => row(root, 'example-news').textContent?.includes('Pause'));
    expect(bg.services.sent('feeds/pause')).toEqual([
      { id: 'example-news', paused: true },
      { id: 'example-news', paused: false },
    ]);
  });

  it('removes a feed only after confirmation; Cancel removes nothing', async () => {
    const bg = background([bundledFeed, exampleFeed]);
    const root = await open(bg);
    await click(button(row(root, 'example-news'), 'Remove'));
    const confirm = await waitFor(() => row(root, 'example-news').querySelector('[data-testid="remove-confirm"]'));
    expect(confirm.textContent).toContain('Remove “Example News events” and delete its events from Backstory?');
    expect(document.activeElement?.textContent).toBe('Remove feed');
    await click(button(confirm, 'Cancel'));
    expect(row(root, 'example-news').querySelector('[data-testid="remove-confirm"]')).toBeNull();
    expect(bg.services.sent('feeds/remove')).toEqual([]);

    await click(button(row(root, 'example-news'), 'Remove'));
    await click(button(row(root, 'example-news'), 'Remove feed'));
    await waitFor(() => !root.querySelector('[data-feed-id="example-news"]'));
    expect(bg.services.sent('feeds/remove')).toEqual([{ id: 'example-news' }]);
    expect(texts(root, '.feed-title')).toEqual(['Backstory default index (built in)']);
    await settle();
    expect(document.activeElement?.id).toBe('feeds-heading');
  });
});

describe('FeedsSection: subscribing', () => {
  it('has fields named "Feed address" and "Public key" and a "Subscribe" button', async () => {
    const root = await open(background([bundledFeed]));
    expect(field(root, 'Feed address').type).toBe('url');
    expect(field(root, 'Public key').type).toBe('text');
    expect(button(root, 'Subscribe').type).toBe('submit');
  });

  it.each([
    ['', EXAMPLE_KEY, 'address', 'Enter the feed address.'],
    ['feeds.example.org/feed.json', EXAMPLE_KEY, 'address', 'This is not a web address. It looks like https://example.org/feed.json.'],
    ['http://feeds.example.org/feed.json', EXAMPLE_KEY, 'address', 'The address must start with https:// (plain http:// only for 127.0.0.1 and localhost).'],
    ['javascript:alert(1)', EXAMPLE_KEY, 'address', 'The address must start with https:// (plain http:// only for 127.0.0.1 and localhost).'],
    ['https://me:pw@feeds.example.org/feed.json', EXAMPLE_KEY, 'address', 'The address may not contain a user name or password.'],
    [exampleFeed.url!, EXAMPLE_KEY, 'address', 'You already subscribe to this feed.'],
    [LOCAL_FEED, '', 'key', "Enter the publisher's public key."],
    [LOCAL_FEED, 'ed25519:short', 'key', 'This is not a public key. It is one line that starts with ed25519:, as the publisher gives it.'],
    [LOCAL_FEED, `rsa:${'A'.repeat(43)}=`, 'key', 'This is not a public key. It is one line that starts with ed25519:, as the publisher gives it.'],
  ])('refuses address %j with key %j inline, asking nothing', async (address, key, which, message) => {
    const bg = background([bundledFeed, exampleFeed]);
    const root = await open(bg);
    await fill(root, address, key);
    await userClick(bg, button(root, 'Subscribe'));
    const input = field(root, which === 'address' ? 'Feed address' : 'Public key');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector(`#${CSS.escape(input.getAttribute('aria-describedby')!)}`)?.textContent).toBe(message);
    expect(document.activeElement).toBe(input);
    expect(bg.services.permissionLog).toEqual([]);
    expect(bg.services.calls).toEqual([]);
  });

  it('asks for exactly the feed’s site inside the click, then subscribes and lists the feed with its version', async () => {
    const bg = background([bundledFeed]);
    const root = await open(bg);
    await fill(root, `  ${LOCAL_FEED}  `, ` ${EXAMPLE_KEY}\n`);
    expect(root.textContent).toContain('Subscribing asks your browser to let Backstory download files from 127.0.0.1, only for this feed.');
    await userClick(bg, button(root, 'Subscribe'));
    await waitFor(() => root.querySelector('[data-feed-id="local"]'));
    expect(bg.services.permissionLog).toEqual(['request http://127.0.0.1/*']);
    expect(bg.state.requestedInGesture).toEqual([true]);
    expect(bg.services.calls.map((c) => c.type)).toEqual(['feeds/prepare', 'feeds/subscribe']);
    expect(bg.services.sent('feeds/subscribe')).toEqual([{ url: LOCAL_FEED, publicKey: EXAMPLE_KEY }]);
    expect(row(root, 'local').getAttribute('data-version')).toBe('1');
    expect(root.querySelector('[data-testid="subscribe-progress"]')?.textContent).toBe('Subscribed to “Local events”, version 1.');
    expect(field(root, 'Feed address').value).toBe('');
  });

  it('shows progress while the background installs the feed', async () => {
    let finish: (feed: FeedStatus) => void = () => undefined;
    const bg = background([bundledFeed], { subscribe: () => new Promise<FeedStatus>((resolve) => (finish = resolve)) });
    const root = await open(bg);
    await fill(root, LOCAL_FEED, EXAMPLE_KEY);
    await userClick(bg, button(root, 'Subscribe'));
    const progress = root.querySelector('[data-testid="subscribe-progress"]')!;
    await waitFor(() => progress.getAttribute('data-step') === 'installing');
    expect(progress.getAttribute('role')).toBe('status');
    expect(progress.textContent).toBe('Downloading and checking the feed from 127.0.0.1…');
    expect(button(root, 'Subscribe').getAttribute('aria-disabled')).toBe('true');
    await act(() => finish({ ...exampleFeed, id: 'local', url: LOCAL_FEED, title: 'Local events', version: 4 }));
    await waitFor(() => progress.getAttribute('data-step') === 'done');
  });

  it('adds nothing and says why when the browser does not grant the site', async () => {
    const bg = background([bundledFeed], { grant: false });
    const root = await open(bg);
    await fill(root, 'https://feeds.example.org/news/feed.json', EXAMPLE_KEY);
    await userClick(bg, button(root, 'Subscribe'));
    const alert = await waitFor(() => root.querySelector('[data-testid="subscribe-error"]'));
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('Access to feeds.example.org was not granted, so Backstory cannot download this feed. Nothing was added.');
    expect(bg.services.sent('feeds/subscribe')).toEqual([]);
    expect(root.querySelectorAll('[data-testid="feed"]')).toHaveLength(1);
  });

  it('shows the background’s reason when the feed is refused, and keeps what was typed', async () => {
    const bg = background([bundledFeed], {
      subscribe: () => Promise.reject(new Error("signature does not match: feed.json was not signed by the feed's key")),
    });
    const root = await open(bg);
    await fill(root, LOCAL_FEED, EXAMPLE_KEY);
    await userClick(bg, button(root, 'Subscribe'));
    const alert = await waitFor(() => root.querySelector('[data-testid="subscribe-error"]'));
    expect(alert.textContent).toBe(
      "Could not subscribe: signature does not match: feed.json was not signed by the feed's key Nothing was added.",
    );
    expect(root.querySelectorAll('[data-testid="feed"]')).toHaveLength(1);
    expect(field(root, 'Feed address').value).toBe(LOCAL_FEED);
  });

  it('pre-fills a feed a page announced and fetches nothing until the reader confirms', async () => {
    const bg = background([bundledFeed]);
    const suggested = { url: LOCAL_FEED, key: EXAMPLE_KEY, title: 'Example News events' };
    const root = await open(bg, suggested);
    expect(field(root, 'Feed address').value).toBe(LOCAL_FEED);
    expect(field(root, 'Public key').value).toBe(EXAMPLE_KEY);
    const notice = root.querySelector('[data-testid="subscribe-suggested"]');
    expect(notice?.textContent).toContain('A page you visited announces the feed “Example News events”.');
    expect(notice?.textContent).toContain('Nothing has been downloaded yet.');
    expect(document.activeElement).toBe(notice);
    await settle(20);
    expect(bg.services.calls).toEqual([]);
    expect(bg.services.permissionLog).toEqual([]);
    await userClick(bg, button(root, 'Subscribe'));
    await waitFor(() => root.querySelector('[data-feed-id="local"]'));
    expect(bg.state.requestedInGesture).toEqual([true]);
    // Confirmed: the page's suggestion is done with.
    expect(root.querySelector('[data-testid="subscribe-suggested"]')).toBeNull();
  });

  it('checks a suggested feed like a typed one', async () => {
    const bg = background([bundledFeed]);
    const root = await open(bg, { url: 'javascript:alert(1)', key: 'ed25519:<script>' });
    await userClick(bg, button(root, 'Subscribe'));
    expect(field(root, 'Feed address').getAttribute('aria-invalid')).toBe('true');
    expect(field(root, 'Public key').getAttribute('aria-invalid')).toBe('true');
    expect(bg.services.calls).toEqual([]);
  });
});
