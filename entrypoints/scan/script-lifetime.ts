/**
 * How long this copy of the content script may work: until it is stopped (the site was turned
 * off, a newer copy took over) or until the extension behind it is gone (reloaded, updated,
 * disabled, removed). Chrome gives an orphaned content script no event for the latter; its
 * `runtime.id` just becomes undefined, so `alive` looks at it, and `watchOrphaning` polls it
 * while there is something in the page to take away.
 *
 * In place of WXT's ContentScriptContext, which announces every start to the page
 * (window.postMessage and DOM events whose names carry the extension id): a page could read the
 * id off them, fingerprint the reader, or send the events itself. Nothing here touches the page.
 */
import { extensionApi } from './extension-api';

/** How often an orphaned copy with highlights in the page notices it (a timer, no IPC). */
const ORPHAN_POLL_MS = 2_000;

export class ScriptLifetime {
  private readonly controller = new AbortController();

  /** Aborted when this copy ends, for whatever reason. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** False once ended; ends it first if the extension is gone. */
  get alive(): boolean {
    if (!this.controller.signal.aborted && !extensionPresent()) this.end();
    return !this.controller.signal.aborted;
  }

  /** Runs `cb` (once) when this copy ends; returns a function that cancels that. */
  onEnd(cb: () => void): () => void {
    if (this.controller.signal.aborted) {
      cb();
      return () => undefined;
    }
    this.controller.signal.addEventListener('abort', cb, { once: true });
    return () => this.controller.signal.removeEventListener('abort', cb);
  }

  end(): void {
    this.controller.abort();
  }

  /**
   * Checks every few seconds whether the extension is still there, until `until` is aborted or
   * this copy ends; an orphaned copy then ends (and its onEnd callbacks clean the page up).
   */
  watchOrphaning(until: AbortSignal): void {
    if (until.aborted || !this.alive) return;
    const timer = setInterval(() => {
      if (!this.alive) clearInterval(timer);
    }, ORPHAN_POLL_MS);
    const stop = () => clearInterval(timer);
    until.addEventListener('abort', stop, { once: true });
    this.onEnd(stop);
  }
}

function extensionPresent(): boolean {
  // A copy whose page hid the API from it (extension-api.ts) never had it: nothing can go away.
  if (!extensionApi) return true;
  try {
    return Boolean(extensionApi.runtime.id);
  } catch {
    // Firefox throws on an orphaned script's runtime access.
    return false;
  }
}
