// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OptionsApp } from '@/components/OptionsApp';
import type { Settings } from '@/lib/domain/settings';
import type { SiteAccess } from '@/lib/domain/site-access';
import { fakeServices, type Handlers } from './fake-services';
import { bundledFeed, exampleFeed, peacePlan } from './fixtures';
import { click, mount, texts, useEnglish, waitFor, type Mounted } from './render';

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());
beforeAll(useEnglish);

/** A background with state, so that each answer reflects the previous calls. */
function backgroundWith(initial: { settings: Settings; access: SiteAccess; granted?: string[] }) {
  const state = { ...initial, granted: initial.granted ?? [] };
  const toAccess = (): SiteAccess =>
    state.granted.includes('*://*/*')
      ? { mode: 'all' }
      : state.granted.length
        ? { mode: 'sites', origins: [...state.granted] }
        : { mode: 'none' };
  const handlers: Handlers = {
    'settings/get': () => state.settings,
    'settings/set': (patch) => (state.settings = { ...state.settings, ...patch }),
    'sites/get': () => state.access,
    'sites/sync': () => (state.access = toAccess()),
    'feeds/list': () => [exampleFeed, bundledFeed],
    'event/get': ({ id }) => (id === peacePlan.id ? peacePlan : null),
    'event/dismiss': ({ id, dismissed }) =>
      (state.settings = {
        ...state.settings,
        dismissed: dismissed ? [...state.settings.dismissed, id] : state.settings.dismissed.filter((d) => d !== id),
      }),
  };
  const services = fakeServices(handlers, {
    requestOrigins: async (origins) => {
      services.permissionLog.push(`request ${origins.join(' ')}`);
      state.granted.push(...origins);
      return true;
    },
    removeOrigins: async (origins) => {
      services.permissionLog.push(`remove ${origins.join(' ')}`);
      state.granted = state.granted.filter((o) => !origins.includes(o));
      return true;
    },
  });
  return { state, services };
}

async function open(bg: ReturnType<typeof backgroundWith>) {
  mounted = await mount(<OptionsApp services={bg.services} />);
  return mounted.root;
}

describe('OptionsApp', () => {
  it('turns highlights on and off with settings/set', async () => {
    const bg = backgroundWith({ settings: { highlights: false, dismissed: [] }, access: { mode: 'none' } });
    const root = await open(bg);
    const toggle = await waitFor(() => root.querySelector<HTMLInputElement>('[data-testid="highlights-toggle"]'));
    expect(toggle.checked).toBe(false);
    expect(root.querySelector(`label[for="${toggle.id}"]`)?.textContent).toBe('Underline known events in pages');
    await click(toggle);
    await waitFor(() => bg.state.settings.highlights);
    expect(bg.services.sent('settings/set')).toEqual([{ highlights: true }]);
    await waitFor(() => bg.services.sent('settings/set').length === 1);
    await click(toggle);
    await waitFor(() => !bg.state.settings.highlights);
    expect(bg.services.sent('settings/set')).toEqual([{ highlights: true }, { highlights: false }]);
  });

  it('reverts the highlights box and says so when saving fails', async () => {
    const bg = backgroundWith({ settings: { highlights: false, dismissed: [] }, access: { mode: 'none' } });
    const services = { ...bg.services, send: ((type, payload) => (type === 'settings/set' ? Promise.reject(new Error('quota')) : bg.services.send(type, payload))) as typeof bg.services.send };
    mounted = await mount(<OptionsApp services={services} />);
    const toggle = await waitFor(() => mounted!.root.querySelector<HTMLInputElement>('[data-testid="highlights-toggle"]'));
    await click(toggle);
    await waitFor(() => mounted!.root.querySelector('[role="alert"]'), 'error');
    expect(mounted.root.querySelector('[role="alert"]')?.textContent).toBe('Could not save: quota');
    expect(toggle.checked).toBe(false);
  });

  it('lists granted sites and removes one with permissions.remove then sites/sync', async () => {
    const granted = ['https://meduza.io/*', 'https://www.mediaite.com/*'];
    const bg = backgroundWith({
      settings: { highlights: false, dismissed: [] },
      access: { mode: 'sites', origins: granted },
      granted: [...granted],
    });
    const root = await open(bg);
    await waitFor(() => root.querySelector('[data-testid="site-list"]'));
    expect(texts(root, '.site-name')).toEqual(['meduza.io', 'www.mediaite.com']);
    const remove = root.querySelector('[data-origin="https://meduza.io/*"] [data-testid="remove-site"]');
    expect(remove?.getAttribute('aria-label')).toBe('Remove meduza.io');
    await click(remove);
    await waitFor(() => texts(root, '.site-name').length === 1);
    expect(bg.services.permissionLog).toEqual(['remove https://meduza.io/*']);
    expect(bg.services.sent('sites/sync')).toEqual([{}]);
    expect(texts(root, '.site-name')).toEqual(['www.mediaite.com']);
  });

  it('switches all sites on (request) and off (remove)', async () => {
    const bg = backgroundWith({ settings: { highlights: false, dismissed: [] }, access: { mode: 'none' } });
    const root = await open(bg);
    const all = await waitFor(() => root.querySelector<HTMLInputElement>('[data-testid="all-sites-toggle"]'));
    expect(root.querySelector('[data-testid="sites-none"]')).not.toBeNull();
    await click(all);
    await waitFor(() => bg.state.access.mode === 'all' && !all.hasAttribute('aria-disabled'));
    expect(all.checked).toBe(true);
    await click(all);
    await waitFor(() => bg.state.access.mode === 'none' && !all.hasAttribute('aria-disabled'));
    expect(all.checked).toBe(false);
    expect(bg.services.permissionLog).toEqual(['request *://*/*', 'remove *://*/*']);
    expect(bg.services.sent('sites/sync')).toHaveLength(2);
  });

  it('lists hidden events by title and restores one', async () => {
    const bg = backgroundWith({
      settings: { highlights: false, dismissed: ['peace-plan-28', 'gone-event'] },
      access: { mode: 'none' },
    });
    const root = await open(bg);
    await waitFor(() => texts(root, '.hidden-title').includes('The 28-point peace plan'), 'titles');
    expect(texts(root, '.hidden-title')).toEqual(['The 28-point peace plan', 'gone-event (not in the current index)']);
    const restore = root.querySelector('[data-event-id="peace-plan-28"] [data-testid="restore"]');
    expect(restore?.getAttribute('aria-label')).toBe('Restore The 28-point peace plan');
    await click(restore);
    await waitFor(() => texts(root, '.hidden-title').length === 1);
    expect(bg.services.sent('event/dismiss')).toEqual([{ id: 'peace-plan-28', dismissed: false }]);
    expect(bg.state.settings.dismissed).toEqual(['gone-event']);
  });

  it('lists the feeds, the bundled index first', async () => {
    const bg = backgroundWith({ settings: { highlights: false, dismissed: [] }, access: { mode: 'none' } });
    const root = await open(bg);
    await waitFor(() => root.querySelector('[data-testid="feed"]'));
    expect(texts(root, '.feed-title')).toEqual(['Backstory default index (built in)', 'Example News events']);
    expect(root.querySelector('[data-testid="subscribe-form"]')).not.toBeNull();
  });

  it('says when a section could not be loaded', async () => {
    const bg = backgroundWith({ settings: { highlights: false, dismissed: [] }, access: { mode: 'none' } });
    const services = { ...bg.services, send: ((type, payload) => (type === 'feeds/list' ? Promise.reject(new Error('no database')) : bg.services.send(type, payload))) as typeof bg.services.send };
    mounted = await mount(<OptionsApp services={services} />);
    await waitFor(() => mounted!.root.querySelector('[role="alert"]'));
    expect(mounted.root.querySelector('[role="alert"]')?.textContent).toBe('Could not load: no database');
    expect(mounted.root.querySelector('[data-testid="highlights-toggle"]')).not.toBeNull();
  });
});
