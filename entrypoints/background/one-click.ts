/**
 * 'tab/get' from the popup: the tab's stored result, or (none yet, or a rescan was asked) the
 * one-click lookup. It injects the one-click content script into the tab with activeTab +
 * scripting (a grant for this one lookup); the script reads the page and resolves to it, which
 * executeScript hands back here. The page is checked like a 'page/scan' payload and matched by
 * the same function (page-scan.ts: stored for the tab, badge), the content script is told what
 * to show, and the result is the reply.
 */
import { browser } from 'wxt/browser';
import type { ScanOutcome, TabGetReply } from '@/lib/messaging/protocol';
import { validatePage } from '@/lib/messaging/validate';
import { getVisibleTabResult } from '@/lib/tabs/tab-store';
import { isWebUrl } from '@/lib/url/identity';
import { scanPage, type ScanDeps } from './page-scan';
import { tellTab } from './tell-tab';

/** The content script as the one-click lookup injects it (entrypoints/scan-once). */
export const ONE_CLICK_FILE = '/scan-once.js';

const INJECT_TIMEOUT_MS = 20_000;

function isScanOutcome(x: unknown): x is ScanOutcome {
  if (typeof x !== 'object' || x === null) return false;
  const kind = (x as { kind?: unknown }).kind;
  return kind === 'page' || kind === 'scanned' || kind === 'unsupported' || kind === 'error';
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

/** The tab's address as the browser reports it (the activeTab grant shows it), else the page's own. */
async function tabUrl(tabId: number, reported: string): Promise<string> {
  try {
    return (await browser.tabs.get(tabId))?.url || reported;
  } catch {
    return reported; // closed meanwhile: the result is dropped as stale (page-scan.ts)
  }
}

export async function handleTabGet(p: { tabId: number; rescan?: boolean }, deps: ScanDeps): Promise<TabGetReply> {
  if (!p.rescan) {
    const stored = await getVisibleTabResult(p.tabId);
    if (stored) return stored;
  }
  let outcome: unknown;
  try {
    const results = await within(
      browser.scripting.executeScript({ target: { tabId: p.tabId }, files: [ONE_CLICK_FILE] }),
      INJECT_TIMEOUT_MS,
    );
    outcome = results[0]?.result;
  } catch (err) {
    if (err instanceof InjectTimeout) return { status: 'error', message: err.message };
    return injectionFailure(err);
  }
  if (!isScanOutcome(outcome) || outcome.kind === 'scanned') return { status: 'unsupported', message: 'The page could not be read' };
  if (outcome.kind === 'unsupported') return { status: 'unsupported', message: outcome.reason };
  if (outcome.kind === 'error') return { status: 'error', message: outcome.message };
  const checked = validatePage(outcome.page);
  if (!checked.ok) return { status: 'error', message: checked.error };
  const url = await tabUrl(p.tabId, checked.page.url);
  if (!isWebUrl(url)) return { status: 'unsupported', message: 'Not a web page' };
  const tab = { tabId: p.tabId, url };
  // Automatic flagging granted for the site: the script keeps watching the page, as after 'page/scan'.
  const { reply, kept } = await scanPage(checked.page, tab, await deps.isGranted(url), deps);
  await tellTab(p.tabId, { type: 'content/scanned', payload: reply });
  return kept ?? { status: 'error', message: 'The page was read but no result was kept' };
}
