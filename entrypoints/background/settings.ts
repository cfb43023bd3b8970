/**
 * The reader's settings in storage.local: highlights on/off and dismissed events. Reading and
 * repairing a damaged value are shared with the popup (lib/settings/settings.ts); writing is here.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS, getSettings, sanitizeSettings, SETTINGS_KEY as KEY } from '@/lib/settings/settings';

export { DEFAULT_SETTINGS, getSettings, sanitizeSettings };

export async function setSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await getSettings();
  const next = sanitizeSettings({ ...current, ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export async function setDismissed(id: string, dismissed: boolean): Promise<Settings> {
  const current = await getSettings();
  const rest = current.dismissed.filter((d) => d !== id);
  return setSettings({ dismissed: dismissed ? [...rest, id] : rest });
}
