/** Reads and validates the index shipped with the extension (public/default-index.json). */
import { browser } from 'wxt/browser';
import type { IndexDocument } from '@/lib/index-format/types';
import { formatIssue, parseIndexJson } from '@/lib/index-format/validate-index';

export const BUNDLED_INDEX_PATH = '/default-index.json';

export async function loadBundledIndex(): Promise<IndexDocument> {
  const response = await fetch(browser.runtime.getURL(BUNDLED_INDEX_PATH));
  if (!response.ok) throw new Error(`The bundled index is missing (HTTP ${response.status})`);
  const parsed = parseIndexJson(await response.text());
  if (!parsed.ok) throw new Error(`The bundled index is invalid: ${parsed.errors.slice(0, 3).map(formatIssue).join('; ')}`);
  return parsed.index;
}
