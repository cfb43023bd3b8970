/**
 * SEAM (storage.local): the reader's settings, highlights on/off and dismissed events, read and
 * written here and nowhere else. Written by the background (after 'settings/set' and
 * 'event/dismiss'); read by the background and, on its hot path, by the popup directly (no message
 * round trip). A stored value that does not look right is replaced by defaults field by field,
 * never trusted as is.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../domain/settings';
import { MAX_DISMISSED, MAX_ID } from '../messaging/validate';

export const SETTINGS_KEY = 'settings';

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
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return sanitizeSettings(stored[SETTINGS_KEY]);
}

export async function setSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await getSettings();
  const next = sanitizeSettings({ ...current, ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export async function setDismissed(id: string, dismissed: boolean): Promise<Settings> {
  const current = await getSettings();
  const rest = current.dismissed.filter((d) => d !== id);
  return setSettings({ dismissed: dismissed ? [...rest, id] : rest });
}
