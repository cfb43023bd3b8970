/**
 * Feeds preset at build time (pure): whoever distributes a build sets BACKSTORY_PRESET_FEEDS to
 * a JSON array of {"url": "<feed.json address>", "publicKey": "ed25519:..."}; wxt.config.ts checks
 * it with parsePresetFeeds and bakes it into the worker. This repository presets none.
 */
import { parsePublicKey } from '../feed/keys';
import { checkFeedUrl } from './feed-url';

export interface PresetFeed {
  url: string;
  publicKey: string;
}

/** The presets in `text` (empty or unset: none). Throws one clear line on anything wrong. */
export function parsePresetFeeds(text: string | undefined): PresetFeed[] {
  if (text === undefined || text.trim() === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('BACKSTORY_PRESET_FEEDS is not JSON: expected [{"url": "https://…/feed.json", "publicKey": "ed25519:…"}]');
  }
  if (!Array.isArray(value)) throw new Error('BACKSTORY_PRESET_FEEDS must be a JSON array');
  return value.map((item: unknown, i) => {
    const { url, publicKey } = (item ?? {}) as { url?: unknown; publicKey?: unknown };
    if (typeof url !== 'string' || typeof publicKey !== 'string') {
      throw new Error(`BACKSTORY_PRESET_FEEDS[${i}] needs "url" and "publicKey" strings`);
    }
    const checked = checkFeedUrl(url);
    if (!checked.ok) throw new Error(`BACKSTORY_PRESET_FEEDS[${i}].url: ${checked.message}`);
    const key = parsePublicKey(publicKey.trim());
    if (!key.ok) throw new Error(`BACKSTORY_PRESET_FEEDS[${i}].publicKey: ${key.problems.map((p) => p.message).join('; ')}`);
    return { url: checked.url, publicKey: publicKey.trim() };
  });
}
