/**
 * Starts the page watcher once per page. A second copy of this script in the same page (the
 * toolbar button injecting into a tab where the registered script already runs) must not leave
 * two watchers: WXT invalidates the older copy's context as the new one starts, and the marker
 * below (on the content script's own global, which page scripts cannot see) lets the new copy
 * make sure the old watcher is stopped; the new copy then simply scans again.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ScanOutcome } from '@/lib/messaging/protocol';
import { PageWatcher } from './page-watcher';

const MARKER = Symbol.for('backstory.page-watcher');

type Marked = typeof globalThis & { [MARKER]?: PageWatcher };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export function startScanner(ctx: ContentScriptContext): Promise<ScanOutcome> {
  if (window.top !== window) return Promise.resolve({ kind: 'unsupported', reason: 'Not the top frame' });
  if (!HTML_TYPES.has(document.contentType)) {
    return Promise.resolve({ kind: 'unsupported', reason: `Not a web page (${document.contentType})` });
  }
  const marked = globalThis as Marked;
  marked[MARKER]?.stop();
  const watcher = new PageWatcher(ctx);
  marked[MARKER] = watcher;
  ctx.onInvalidated(() => {
    if (marked[MARKER] === watcher) delete marked[MARKER];
  });
  return watcher.start();
}
