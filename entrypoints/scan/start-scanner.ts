/**
 * Starts the page watcher once per page. A second copy of this script in the same page (the
 * toolbar button injecting into a tab where the registered script already runs, or a reloaded
 * extension injecting into the tabs it was granted) must not leave two watchers: the marker below,
 * on the content script's own global (page scripts cannot see it), lets the new copy stop the old
 * one; the new copy then simply scans again.
 */
import type { ScanOutcome } from '@/lib/messaging/protocol';
import { extensionApi } from './extension-api';
import { PageWatcher, type ScanMode } from './page-watcher';
import { ScriptLifetime } from './script-lifetime';

const MARKER = Symbol.for('backstory.page-watcher');

type Marked = typeof globalThis & { [MARKER]?: PageWatcher };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export function startScanner(lifetime: ScriptLifetime = new ScriptLifetime(), mode: ScanMode = 'automatic'): Promise<ScanOutcome> {
  if (window.top !== window) return Promise.resolve({ kind: 'unsupported', reason: 'Not the top frame' });
  if (!HTML_TYPES.has(document.contentType)) {
    return Promise.resolve({ kind: 'unsupported', reason: `Not a web page (${document.contentType})` });
  }
  // Automatic flagging cannot send what it reads without the API (the page hid it: extension-api.ts).
  if (!extensionApi && mode === 'automatic') return Promise.resolve({ kind: 'error', message: 'The page hides the extension API' });
  const marked = globalThis as Marked;
  marked[MARKER]?.stop();
  const watcher = new PageWatcher(lifetime, mode);
  marked[MARKER] = watcher;
  lifetime.onEnd(() => {
    if (marked[MARKER] === watcher) delete marked[MARKER];
  });
  return watcher.start();
}
