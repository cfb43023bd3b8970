/**
 * The reader's settings in storage.local: highlights on/off and dismissed events. A stored value
 * that does not look right is replaced by defaults field by field, never trusted as is.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/messaging/protocol';
import { MAX_DISMISSED, MAX_ID } from '@/lib/messaging/validate';

const KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = { highlights: false, dismissed: [] };

export function sanitizeSettings(raw: unknown): Settings {
  const r = typeof raw === 'object' && raw !== null ? (raw as Partial<Record<keyof Settings, unknown>>) : {};
  const dismissed = Array.isArray(r.dismissed)
    ? [...new Set(r.dismissed.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= MAX_ID))]
    : [];
  return {
    highlights: typeof r.highlights === 'boolean' ? r.highlights : DEFAULT_SETTINGS.highlights,
    dismissed: dismissed.slice(-MAX_DISMISSED),
  };
}

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return sanitizeSettings(stored[KEY]);
}

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
