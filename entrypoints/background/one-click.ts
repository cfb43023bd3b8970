/**
 * 'tab/get' from the popup: the tab's stored result, or (none yet, or a rescan was asked) the
 * one-click lookup: inject the content script into the tab with activeTab + scripting. The
 * injected script extracts the page and sends 'page/scan' itself (handled as usual, allowed
 * because the tab is in `oneClickTabs` meanwhile); main() resolves to a ScanOutcome, which
 * executeScript hands back here, and the stored result is then read.
 */
import { browser } from 'wxt/browser';
import type { ScanOutcome, TabGetReply } from '@/lib/messaging/protocol';
import { SCRIPT_FILE } from './site-access';
import { getVisibleTabResult } from './tab-results';

/** Tabs with a one-click lookup in flight (memory is fine: it lasts one message's handling). */
export const oneClickTabs = new Set<number>();

const INJECT_TIMEOUT_MS = 20_000;

function isScanOutcome(x: unknown): x is ScanOutcome {
  if (typeof x !== 'object' || x === null) return false;
  const kind = (x as { kind?: unknown }).kind;
  return kind === 'scanned' || kind === 'unsupported' || kind === 'error';
}

/** Maps scripting errors to what the popup shows. */
export function injectionFailure(err: unknown): TabGetReply {
  const message = err instanceof Error ? err.message : String(err);
  if (/No tab with id|Invalid tab ID/i.test(message)) return { status: 'error', message };
  // No activeTab grant and no host permission (the popup was not opened from this tab).
  if (/must request permission|Missing host permission|permission to access/i.test(message)) {
    return { status: 'off', message };
  }
  // chrome://, the web store, other extensions' pages, error pages...
  return { status: 'unsupported', message };
}

class InjectTimeout extends Error {}

/** `promise`, or an InjectTimeout after `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new InjectTimeout('The page took too long to answer')), ms);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

export async function handleTabGet(p: { tabId: number; rescan?: boolean }): Promise<TabGetReply> {
  if (!p.rescan) {
    const stored = await getVisibleTabResult(p.tabId);
    if (stored) return stored;
  }
  oneClickTabs.add(p.tabId);
  let outcome: unknown;
  try {
    const results = await within(
      browser.scripting.executeScript({ target: { tabId: p.tabId }, files: [SCRIPT_FILE] }),
      INJECT_TIMEOUT_MS,
    );
    outcome = results[0]?.result;
  } catch (err) {
    if (err instanceof InjectTimeout) return { status: 'error', message: err.message };
    return injectionFailure(err);
  } finally {
    oneClickTabs.delete(p.tabId);
  }
  if (!isScanOutcome(outcome)) return { status: 'unsupported', message: 'The page could not be read' };
  if (outcome.kind === 'unsupported') return { status: 'unsupported', message: outcome.reason };
  if (outcome.kind === 'error') return { status: 'error', message: outcome.message };
  const stored = await getVisibleTabResult(p.tabId);
  return stored ?? { status: 'error', message: 'The page was read but no result was kept' };
}
