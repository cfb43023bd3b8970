import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, sanitizeSettings, setDismissed, setSettings } from '@/lib/settings/settings';

describe('settings', () => {
  it('defaults to highlights off and nothing dismissed', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.highlights).toBe(false);
  });

  it('persists changes in storage.local', async () => {
    await setSettings({ highlights: true });
    await setDismissed('a', true);
    await setDismissed('b', true);
    await setDismissed('a', true); // no duplicate
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { highlights: true, dismissed: ['b', 'a'] } });
    await setDismissed('b', false);
    expect((await getSettings()).dismissed).toEqual(['a']);
  });

  it('repairs a damaged stored value field by field instead of failing', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlights: 'yes', dismissed: ['ok', 7, '', null, 'ok'] } });
    expect(await getSettings()).toEqual({ highlights: false, dismissed: ['ok'] });
    expect(sanitizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });
});
