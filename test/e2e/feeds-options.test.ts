// Subscribing to a feed served on 127.0.0.1, in the test build in Debian's Chromium: through the
// options page's fields found by their accessible names, "Update now", a tampered version refused
// in plain words while the installed one keeps working, the feed's events on a page (each card
// says who lists it), and a page that announces a feed (offered in the popup, confirmed on the
// options page, nothing fetched before that).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './harness/axe';
import { openExtensionPage, openPopup, tabIdOf, uniqueUrl } from './harness/extension';
import { articleHtml, feedDoc, SAMPLE_EVENT, SAMPLE_FEED, SAMPLE_PUBLISHER, SAMPLE_TITLE } from './harness/feed-docs';
import { startFeedServer, type FeedServer, type ServedFeed } from './harness/feed-server';
import { waitForPopupEvents, waitForScan } from './harness/session';
import { useSession } from './harness/use-session';
import { waitFor } from './harness/wait';
import { ROOT } from './harness/paths';

const s = useSession();
let server: FeedServer;
let feed: ServedFeed;
let second: ServedFeed;
const publish = (f: ServedFeed, version: number) => f.publish(feedDoc(f.name, version, SAMPLE_FEED));

beforeAll(async () => {
  server = await startFeedServer();
  [feed, second] = await Promise.all([server.feed('local', 'example-local'), server.feed('second', 'second-example')]);
  await Promise.all([publish(feed, 1), publish(second, 1)]);
});
afterAll(async () => {
  await server?.close();
});

const OPTIONS_VIEWPORT = { width: 900, height: 900 };
/** Screenshots for a person to look at (gitignored). */
const SHOTS = join(ROOT, 'out/e2e');

/** The row of the feed with this title. */
function feedRow(options: Page, title: string): Locator {
  return options.getByTestId('feed').filter({ has: options.getByRole('heading', { name: title, exact: true }) });
}

function waitForVersion(row: Locator, version: number, timeout = 20_000): Promise<string | null> {
  return waitFor(() => row.getAttribute('data-version', { timeout: 1_000 }), (v) => v === String(version), {
    what: `the feed row showing version ${version}`,
    timeout,
  });
}

function article(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local news</title>${head}</head>
    <body><article><h1>Weekend in Varnholt</h1><p>${body}</p>
    <p>The mayor thanked the engineers and the neighbours who had waited years for a way across the river.</p>
    <p>Traffic on the old ferry route is expected to fall sharply over the coming months, officials said.</p></article></body></html>`;
}

describe('feeds on the options page', () => {
  it('subscribes by "Feed address", "Public key" and "Subscribe", lists the feed with its version, and "Update now" installs the next', async () => {
    const options = await openExtensionPage(s.browser, 'options.html', OPTIONS_VIEWPORT);
    await options.getByLabel('Feed address', { exact: true }).fill(feed.url);
    await options.getByLabel('Public key', { exact: true }).fill(feed.publicKey);
    await options.getByRole('button', { name: 'Subscribe', exact: true }).click();

    const row = feedRow(options, SAMPLE_TITLE);
    await waitForVersion(row, 1);
    expect(await row.getByTestId('feed-status').textContent()).toBe('Up to date');
    expect(await row.locator('.fact').allTextContents()).toEqual(
      expect.arrayContaining([`Publisher${SAMPLE_PUBLISHER}`, 'Version1', 'Events1']),
    );
    expect(await options.getByTestId('subscribe-progress').textContent()).toBe(`Subscribed to “${SAMPLE_TITLE}”, version 1.`);
    // The bundled index stays first.
    expect(await options.getByTestId('feed').first().getAttribute('data-feed-id')).toBe('bundled');

    await publish(feed, 2);
    await row.getByRole('button', { name: 'Update now', exact: true }).click();
    await waitForVersion(row, 2);
    expect(await row.getByTestId('feed-status').textContent()).toBe('Up to date');
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('refuses a tampered version with a plain message and keeps the installed one', async () => {
    const options = await openExtensionPage(s.browser, 'options.html', OPTIONS_VIEWPORT);
    const row = feedRow(options, SAMPLE_TITLE);
    await waitForVersion(row, 2);
    await publish(feed, 3);
    feed.mode = { kind: 'tampered', file: 'manifest' };
    await row.getByRole('button', { name: 'Update now', exact: true }).click();
    const status = row.getByTestId('feed-status');
    await waitFor(() => status.getAttribute('data-tone'), (tone) => tone === 'error', { what: 'the row reporting the error' });
    expect(await status.textContent()).toBe(
      "⚠ Last update failed: the signature does not match the publisher's key. The installed version keeps working.",
    );
    expect(await row.getAttribute('data-version')).toBe('2');
    expect(await seriousViolations(options)).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await options.screenshot({ path: join(SHOTS, 'options-feeds.png'), fullPage: true });
  });

  it('flags the feed’s event on a page; its card says which publisher lists it', async () => {
    const page = await s.browser.context.newPage();
    // A page about the event (its card, not the compact list of mentions).
    const url = uniqueUrl(server.page('/article.html', articleHtml('Weekend in Varnholt', [SAMPLE_FEED.events[0]!.phrase])));
    await page.goto(url);
    const tabId = await tabIdOf(s.browser, page);
    await waitForScan(s, tabId, url);
    const popup = await openPopup(s.browser, tabId);
    const [id] = await waitForPopupEvents(popup, [`example-local:${SAMPLE_EVENT}`]);
    const card = popup.locator(`[data-testid="event"][data-event-id="${id}"]`);
    expect(await card.getByTestId('event-feed').textContent()).toBe(`Listed by ${SAMPLE_PUBLISHER}`);
    expect(await card.locator('h3').textContent()).toContain('(release 2)');
    expect(await seriousViolations(popup)).toEqual([]);
  });
});

describe('a page that announces its feed', () => {
  it('is offered in the popup, pre-filled on the options page, and fetched only once the reader confirms', async () => {
    const head = `<link rel="alternate" type="application/vnd.backstory.feed+json" href="${second.url}" title="Second Example" data-backstory-key="${second.publicKey}">`;
    const page = await s.browser.context.newPage();
    const url = uniqueUrl(server.page('/home.html', article('Our newsroom publishes its events for Backstory readers.', head)));
    await page.goto(url);
    const tabId = await tabIdOf(s.browser, page);
    const result = await waitForScan(s, tabId, url);
    expect(result.feeds).toEqual([{ url: second.url, key: second.publicKey, title: 'Second Example' }]);

    const popup = await openPopup(s.browser, tabId);
    const offer = popup.getByRole('button', { name: 'Subscribe to Second Example’s events', exact: true });
    await offer.waitFor({ timeout: 10_000 });
    expect(await seriousViolations(popup)).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await popup.screenshot({ path: join(SHOTS, 'popup-feed-offer.png'), fullPage: true });
    const opened = s.browser.context.waitForEvent('page');
    await offer.click();
    const options = await opened;
    await options.setViewportSize(OPTIONS_VIEWPORT);
    await options.waitForURL(/options\.html\?subscribe=/);
    const address = options.getByLabel('Feed address', { exact: true });
    await waitFor(() => address.inputValue(), (v) => v === second.url, { what: 'the address filled in' });
    expect(await options.getByLabel('Public key', { exact: true }).inputValue()).toBe(second.publicKey);
    expect(await options.getByTestId('subscribe-suggested').textContent()).toContain('Nothing has been downloaded yet.');
    // The page and the popup asked for nothing from the feed.
    expect(server.requests.filter((r) => r.feed === second.name)).toEqual([]);

    await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await waitForVersion(options.locator('[data-testid="feed"][data-feed-id="second-example"]'), 1);
    expect(server.requests.some((r) => r.feed === second.name && r.path.endsWith('/feed.json'))).toBe(true);
  });
});
