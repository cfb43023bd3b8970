/**
 * Reads and validates the index shipped with the extension (public/default-index.json), with the
 * matcher the build compiled from it (lib/feeds/bundled-matcher.ts) when that is usable.
 */
import { browser } from 'wxt/browser';
import { BUNDLED_MATCHER_FILE, unpackBundledMatcher } from '@/lib/feeds/bundled-matcher';
import { formatIssue, parseIndexJson } from '@/lib/index-format/validate-index';
import type { BundledIndex } from './index-loader';

export const BUNDLED_INDEX_FILE = 'default-index.json';

/** A file in the extension's root (the matcher file is made by the build, so WXT's typed paths do not list it). */
async function bytesOf(file: string): Promise<Uint8Array | null> {
  const response = await fetch(new URL(file, browser.runtime.getURL('/')).href);
  return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
}

export async function loadBundledIndex(): Promise<BundledIndex> {
  // The matcher file is optional (missing or stale: the index is compiled instead).
  const [indexBytes, matcherBytes] = await Promise.all([bytesOf(BUNDLED_INDEX_FILE), bytesOf(BUNDLED_MATCHER_FILE).catch(() => null)]);
  if (!indexBytes) throw new Error('The bundled index is missing');
  const parsed = parseIndexJson(new TextDecoder().decode(indexBytes));
  if (!parsed.ok) throw new Error(`The bundled index is invalid: ${parsed.errors.slice(0, 3).map(formatIssue).join('; ')}`);
  const matcher = matcherBytes ? await unpackBundledMatcher(matcherBytes, indexBytes) : null;
  return { doc: parsed.index, matcher };
}
