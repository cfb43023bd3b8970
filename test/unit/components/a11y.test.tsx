// @vitest-environment happy-dom
/**
 * axe-core over the rendered popup and options page. happy-dom has no layout, so rules that need
 * geometry or computed colours (color-contrast, target-size, scrollable-region-focusable) cannot
 * judge here; the real-browser tests run the full rule set in Chromium.
 */
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OptionsApp } from '@/components/OptionsApp';
import { PopupApp } from '@/components/PopupApp';
import { fakeServices } from './fake-services';
import { bundledFeed, EXAMPLE_KEY, exampleFeed, gazaDeal, indexStatus, pageResult, peacePlan, putinCall } from './fixtures';
import { click, mount, type, useEnglish, waitFor, type Mounted } from './render';

const LAYOUT_RULES = ['color-contrast', 'color-contrast-enhanced', 'target-size', 'scrollable-region-focusable'];

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());
beforeAll(() => {
  useEnglish();
  document.documentElement.lang = 'en';
  document.title = 'Backstory';
});

async function violations(root: Element): Promise<string[]> {
  const result = await axe.run(root, {
    rules: Object.fromEntries(LAYOUT_RULES.map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const services = () =>
  fakeServices({
    'tab/get': () => pageResult,
    'index/status': () => indexStatus,
    'sites/get': () => ({ mode: 'sites', origins: ['https://meduza.io/*'] }),
    'index/search': () => [peacePlan],
    'event/get': () => peacePlan,
    'settings/get': () => ({ highlights: true, dismissed: ['peace-plan-28'] }),
    'event/dismiss': ({ id }) => ({ highlights: true, dismissed: [id] }),
    'feeds/list': () => [bundledFeed, exampleFeed, { ...exampleFeed, id: 'broken', title: 'Broken feed', error: { code: 'signature', message: 'signature does not match' } }],
  });

describe('accessibility (axe-core in happy-dom)', () => {
  it('finds no violations in the popup with an event, its sources and the site offer', async () => {
    mounted = await mount(<PopupApp services={services()} tabId={7} />);
    await waitFor(() => mounted!.root.querySelector('[data-testid="auto-this-site"]'));
    expect(await violations(document.body)).toEqual([]);
  });

  it('finds no violations in the popup error state', async () => {
    const s = services();
    s.send = ((type, payload) =>
      type === 'tab/get' ? Promise.resolve({ status: 'error', message: 'boom' }) : services().send(type, payload)) as typeof s.send;
    mounted = await mount(<PopupApp services={s} tabId={7} />);
    await waitFor(() => mounted!.root.querySelector('[data-testid="retry"]'));
    expect(await violations(document.body)).toEqual([]);
  });

  it('finds no violations in the popup search results', async () => {
    const s = services();
    s.send = ((type, payload) =>
      type === 'tab/get' ? Promise.resolve({ status: 'unsupported' }) : services().send(type, payload)) as typeof s.send;
    mounted = await mount(<PopupApp services={s} initialQuery="peace" />);
    await waitFor(() => mounted!.root.querySelector('[data-testid="search-results"] [data-testid="event"]'));
    expect(await violations(document.body)).toEqual([]);
  });

  it('finds no violations in the options page', async () => {
    mounted = await mount(<OptionsApp services={services()} />);
    await waitFor(() => mounted!.root.querySelector('[data-testid="hidden-event"]'));
    expect(await violations(document.body)).toEqual([]);
  });

  it('finds no violations in the options page’s feeds: rows, a removal to confirm, a suggested feed, field errors', async () => {
    mounted = await mount(<OptionsApp services={services()} suggested={{ url: 'http://feeds.example.org/feed.json', key: EXAMPLE_KEY, title: 'Example News' }} />);
    const root = mounted.root;
    await waitFor(() => root.querySelector('[data-feed-id="broken"]'));
    await click(root.querySelector('[data-feed-id="example-news"] [data-testid="remove-feed"]'));
    await type(root.querySelector('[data-testid="public-key"]'), 'not a key');
    await click(root.querySelector('[data-testid="subscribe"]'));
    await waitFor(() => root.querySelector('[data-testid="feed-address-error"]') && root.querySelector('[data-testid="public-key-error"]'));
    expect(root.querySelector('[data-testid="remove-confirm"]')).not.toBeNull();
    expect(await violations(document.body)).toEqual([]);
  });

  it('finds no violations in the popup offering a feed the page announces', async () => {
    const s = services();
    const withFeeds = { ...pageResult, feeds: [{ url: 'https://feeds.example.org/feed.json', key: EXAMPLE_KEY, title: 'Example News' }] };
    s.send = ((type, payload) => (type === 'tab/get' ? Promise.resolve(withFeeds) : services().send(type, payload))) as typeof s.send;
    mounted = await mount(<PopupApp services={s} tabId={7} />);
    await waitFor(() => mounted!.root.querySelector('[data-testid="feed-offer"]'));
    expect(await violations(document.body)).toEqual([]);
  });

  it.each([
    ['after a main event', [pageResult.events[0]!, gazaDeal, putinCall]],
    ['on a page about none of them', [gazaDeal, putinCall]],
  ])('finds no violations in the popup listing mentioned events %s, one hidden', async (_, events) => {
    const s = services();
    const result = { ...pageResult, events };
    s.send = ((type, payload) => (type === 'tab/get' ? Promise.resolve(result) : services().send(type, payload))) as typeof s.send;
    mounted = await mount(<PopupApp services={s} tabId={7} />);
    const root = mounted.root;
    await click(await waitFor(() => root.querySelector(`[data-testid="mention"][data-event-id="${gazaDeal.id}"]`)));
    await click(await waitFor(() => root.querySelector('.detail [data-testid="dismiss"]')));
    await click(await waitFor(() => root.querySelector('.detail [data-testid="dismissed"]') && root.querySelector('[data-testid="back"]')));
    await waitFor(() => root.querySelector('[data-testid="mentions"] [data-testid="dismissed"]') && root.querySelector('[data-testid="mention"]'));
    expect(await violations(document.body)).toEqual([]);
  });

  it('catches a real problem (the check is live)', async () => {
    const root = document.createElement('div');
    root.innerHTML = '<button></button><img src="x.png">';
    document.body.append(root);
    const found = await violations(root);
    root.remove();
    expect(found.map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['button-name', 'image-alt']));
  });
});
