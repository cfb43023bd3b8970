/**
 * The content script's work on one page: extract the text in idle time, in slices of a few
 * milliseconds so that even a huge page never gets a long task from us, have it matched, show
 * (or clear) highlights, and re-check when the page changes: late-loading content (debounced
 * MutationObserver, only when the text length moved meaningfully, a bounded number of times) and
 * SPA navigation (location-watcher.ts: 'page/clear' for the old URL, then a rescan).
 *
 * Two ways to have the page matched. Automatic flagging: send it as 'page/scan' and apply the
 * reply. The toolbar button's one-click lookup (mode 'one-click', first scan only): hand the page
 * back as the result of the injection (scripting.executeScript gives it to the background, which
 * matches it) and apply the reply that comes as 'content/scanned'.
 *
 * A 'page/scan' lost to a stopped worker is sent again with growing pauses, at most 5 more times
 * (send-retrying.ts), and the page is watched from the first loss on, so late content and SPA
 * navigation are scanned even when the worker never answered that scan.
 *
 * Highlights are drawn by the highlighter, which is loaded into the page the first time there is
 * something to show or to take away (highlighter-slot.ts); until then nothing of it runs.
 *
 * Nothing here listens to the page or talks to it: no window 'message' listener, no page events
 * trusted, nothing posted or dispatched. Every runtime call is guarded by lifetime.alive, and
 * everything stops when the lifetime ends (stopped, or the extension reloaded or removed).
 */
import { extractPageAsync } from '@/lib/extract/extract-page';
import { envelopeSender } from '@/lib/messaging/envelope-sender';
import type { FoundEvent } from '@/lib/domain/event';
import type { PagePayload } from '@/lib/domain/page';
import type { ScanOutcome, ScanReply } from '@/lib/messaging/protocol';
import { MAX_LINKS, MAX_TITLE, MAX_URL, PAGE_TEXT_CAP } from '@/lib/messaging/limits';
import { MAX_RESCANS_PER_URL, meaningfulChange } from '@/lib/tabs/text-change';
import { readContentMessage } from '@/lib/messaging/content-messages';
import { isLostConnection } from '@/lib/messaging/lost-connection';
import { extensionApi, extensionI18n, type ContentListener } from './extension-api';
import { pageHasHighlights, takeHighlighter, type Highlighter } from './highlighter-slot';
import { watchLocation } from './location-watcher';
import { pageYielder } from './page-yielder';
import { sendRetrying } from './send-retrying';
import type { ScriptLifetime } from './script-lifetime';

/** Protocol requests over the API this script found (extension-api.ts), if it found one. */
const sendMessage = envelopeSender((message) => {
  if (!extensionApi) return Promise.reject(new Error('The page hides the extension API from this script'));
  return extensionApi.runtime.sendMessage(message);
});

const DEBOUNCE_MS = 800;
/** A page that keeps changing is still rescanned at most this long after the first change. */
const MAX_WAIT_MS = 4_000;
const IDLE_TIMEOUT_MS = 1_500;
/** Main-thread time per extraction slice, and how long a slice may wait for idle time. */
const SLICE_MS = 8;
const SLICE_IDLE_TIMEOUT_MS = 200;
/**
 * 'page/clear' at most once per this interval: a page that rewrites its address in a loop (a
 * pushState storm) costs the worker two messages a second, each naming the address of the moment.
 */
const CLEAR_INTERVAL_MS = 500;

type Mode = 'watching' | 'idle' | 'stopped';
/** How this copy was started: see the header. */
export type ScanMode = 'automatic' | 'one-click';

export class PageWatcher {
  private mode: Mode = 'idle';
  private observer: MutationObserver | null = null;
  private debounce: number | undefined;
  private firstChangeAt = 0;
  private lastLength = 0;
  private rescans = 0;
  private url = location.href;
  private running: Promise<ScanOutcome> | null = null;
  private again = false;
  /** Aborts the extraction in progress (navigation, stop, invalidated context). */
  private extraction: AbortController | null = null;
  /** Aborts the sending (and retrying) of a scan in progress (navigation, stop). */
  private sending: AbortController | null = null;
  private readonly yielder = pageYielder(SLICE_MS, SLICE_IDLE_TIMEOUT_MS);
  /** Aborted when highlights must go (new results, navigation, stop). */
  private highlightsAbort = new AbortController();
  /** The highlighter once loaded (highlighter-slot.ts), and the load in progress. */
  private highlighter: Highlighter | undefined;
  private loadingHighlighter: Promise<Highlighter | undefined> | undefined;
  /** The page was handed to a one-click lookup; its answer ('content/scanned') is still due. */
  private awaitingAnswer = false;
  /** A 'page/clear' waiting for its turn, when the last one went out, and whether to rescan after. */
  private clearTimer: ReturnType<typeof setTimeout> | undefined;
  private lastClearAt = Number.NEGATIVE_INFINITY;
  private rescanAfterClear = false;

  constructor(
    private readonly lifetime: ScriptLifetime,
    private scanMode: ScanMode = 'automatic',
  ) {}

  /** Starts listening and runs the first scan; resolves when that scan was answered. */
  async start(): Promise<ScanOutcome> {
    const { lifetime } = this;
    lifetime.onEnd(() => this.stop());
    lifetime.onEnd(() => clearTimeout(this.clearTimer));
    watchLocation(() => this.onLocationChange(), lifetime.signal);
    const api = extensionApi;
    // Without the API (hidden by the page: extension-api.ts) nothing can be heard: a one-click
    // lookup still reads the page and hands it back.
    if (api) {
      const onMessage: ContentListener = (message, sender) => {
        // Only our own background (tabs.sendMessage has no sender.tab) may tell us anything.
        if (sender.id !== api.runtime.id || sender.tab !== undefined) return;
        const msg = readContentMessage(message);
        if (!msg) return;
        if (msg.type === 'content/stop') this.stop();
        else if (msg.type === 'content/scanned') this.onAnswer(msg.payload);
        else this.render(msg.payload.events, msg.payload.highlights);
      };
      api.runtime.onMessage.addListener(onMessage);
      lifetime.onEnd(() => {
        // An orphaned script's runtime may throw: it has nothing left to remove then.
        try {
          api.runtime.onMessage.removeListener(onMessage);
        } catch {
          /* orphaned */
        }
      });
    }
    return this.scan();
  }

  /** Stops observing and removes highlights; a later copy of the script takes over. */
  stop(): void {
    if (this.mode === 'stopped') return;
    this.mode = 'stopped';
    this.lifetime.end();
    this.extraction?.abort();
    this.yielder.close();
    this.unobserve();
    // Only this copy's highlights: a newer copy (an update, a second injection) may own the rest.
    this.highlightsAbort.abort();
  }

  /** Scans now, or once more after the scan in flight. */
  scan(): Promise<ScanOutcome> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = this.scanOnce().finally(() => {
      this.running = null;
      if (this.again && this.mode === 'watching') {
        this.again = false;
        void this.scan();
      }
    });
    this.running = run;
    return run;
  }

  private async scanOnce(): Promise<ScanOutcome> {
    let payload: PagePayload | undefined;
    while (payload === undefined) {
      if (this.stopped()) return { kind: 'error', message: 'stopped' };
      await this.idle();
      if (this.stopped()) return { kind: 'error', message: 'stopped' };
      if (location.href.length > MAX_URL) return { kind: 'unsupported', reason: 'The page address is too long' };
      const extraction = new AbortController();
      this.extraction = extraction;
      try {
        payload = await this.extract(extraction.signal);
      } catch (err) {
        // Aborted: stopped (checked above), or the page navigated: read the new page instead.
        if (extraction.signal.aborted) continue;
        return { kind: 'error', message: `Could not read the page: ${String(err)}` };
      } finally {
        if (this.extraction === extraction) this.extraction = null;
      }
    }
    if (this.stopped()) return { kind: 'error', message: 'stopped' };
    if (this.scanMode === 'one-click') {
      // Later scans (a granted site's late content) go as 'page/scan'.
      this.scanMode = 'automatic';
      this.awaitingAnswer = true;
      return { kind: 'page', page: payload };
    }
    let reply: ScanReply;
    // Aborted when the page navigates (the payload is stale) or this copy ends.
    const sending = new AbortController();
    this.sending = sending;
    const stopSending = this.lifetime.onEnd(() => sending.abort());
    try {
      // A scan lost to a stopped worker is sent again; meanwhile (and if it never gets through)
      // the page is watched as a granted site's page would be, so navigation and late content
      // still get scanned. The background's reply decides the rest (watch: false stops it).
      reply = await sendRetrying(() => sendMessage('page/scan', payload), {
        signal: sending.signal,
        isLost: isLostConnection,
        onLost: () => this.watchAnyway(),
      });
    } catch (err) {
      return { kind: 'error', message: err instanceof Error ? err.message : String(err) };
    } finally {
      stopSending();
      if (this.sending === sending) this.sending = null;
    }
    if (this.stopped()) return { kind: 'error', message: 'stopped' };
    this.apply(reply);
    return { kind: 'scanned' };
  }

  /** The background's answer to the page a one-click lookup read. */
  private onAnswer(reply: ScanReply): void {
    if (!this.awaitingAnswer || this.stopped()) return;
    this.awaitingAnswer = false;
    this.apply(reply);
  }

  /** What the background answered about the page: watch it (or not), and show what was found. */
  private apply(reply: ScanReply): void {
    if (reply.watch) {
      this.mode = 'watching';
      this.observe();
      // Changes made while the page was read came before the observer: look once more, after the
      // debounce, and rescan if the text grew meaningfully meanwhile.
      this.schedule(false);
    } else {
      // Not granted for automatic flagging (a one-off toolbar lookup, or the site was turned off).
      this.mode = 'idle';
      this.unobserve();
    }
    this.render(reply.events, reply.highlights);
  }

  /** Watch the page without the background's word (its worker stopped while it had the scan). */
  private watchAnyway(): void {
    if (this.stopped()) return;
    this.mode = 'watching';
    this.observe();
  }

  /** Stopped, or the extension was reloaded/updated (no runtime calls then). */
  private stopped(): boolean {
    return this.mode === 'stopped' || !this.lifetime.alive;
  }

  private async extract(signal: AbortSignal): Promise<PagePayload> {
    const url = location.href;
    // Measured before the read, not after: text that arrives while the page is read in slices
    // (an SPA filling in its article) then counts as a change and gets its rescan.
    const measuring = performance.now();
    const lengthBefore = textLength();
    // Between slices, also notice an extension that went away (the check ends this copy, which
    // aborts `signal`).
    const yieldToPage = (): Promise<void> => (this.lifetime.alive ? this.yielder.next(signal) : Promise.resolve());
    // textContent on a 5 MB page takes ~20 ms: then the first slice waits for idle time after it.
    // On most pages it takes a fraction of a millisecond, and the reading starts in this idle
    // callback (a second one would cost more than the wait saves).
    if (performance.now() - measuring >= SLICE_MS / 2) {
      await yieldToPage();
      signal.throwIfAborted();
    }
    const page = await extractPageAsync(document, { baseUrl: url, maxChars: PAGE_TEXT_CAP }, yieldToPage, {
      sliceMs: SLICE_MS,
      signal,
    });
    this.url = url;
    this.lastLength = lengthBefore;
    const canonical = page.canonicalUrl && page.canonicalUrl.length <= MAX_URL ? page.canonicalUrl : undefined;
    return {
      url,
      title: page.title.slice(0, MAX_TITLE),
      ...(page.lang ? { lang: page.lang.slice(0, 35) } : {}),
      text: page.text.slice(0, PAGE_TEXT_CAP),
      ...(canonical ? { canonicalUrl: canonical } : {}),
      ...(page.published ? { published: page.published.slice(0, 64) } : {}),
      links: page.links.filter((l) => l.length <= MAX_URL).slice(0, MAX_LINKS),
      ...(page.feeds.length > 0 ? { feeds: page.feeds } : {}),
    };
  }

  private render(events: FoundEvent[], highlights: boolean): void {
    if (this.mode === 'stopped') return;
    this.highlightsAbort.abort();
    const drawn = new AbortController();
    this.highlightsAbort = drawn;
    if (!highlights || events.length === 0) {
      this.clearPage();
      return;
    }
    this.withHighlighter(drawn.signal, (h) => {
      try {
        h.show(document, events, { signal: drawn.signal, label: translate });
        // If the extension goes away, nobody would ever remove these: notice it and clean up.
        this.lifetime.watchOrphaning(drawn.signal);
      } catch {
        h.clear(document);
      }
    });
  }

  /** Takes every highlight out of the page (this copy's and any an earlier copy left). */
  private clearPage(): void {
    // Nothing of ours in the page: no need to load the highlighter to find that out.
    if (!this.highlighter && !pageHasHighlights(document)) return;
    // Not tied to the highlights' signal: a navigation aborts that and then clears.
    this.withHighlighter(this.lifetime.signal, (h) => h.clear(document));
  }

  /**
   * Runs `use` with the highlighter: at once when it is loaded, else once the background has
   * injected it, unless `signal` was aborted meanwhile (newer results, navigation, stop).
   */
  private withHighlighter(signal: AbortSignal, use: (h: Highlighter) => void): void {
    if (this.highlighter) {
      use(this.highlighter);
      return;
    }
    if (this.stopped()) return;
    this.loadingHighlighter ??= sendMessage('page/highlighter', {}).then(
      () => (this.highlighter = takeHighlighter()),
      () => undefined,
    );
    const loading = this.loadingHighlighter;
    void loading.then((h) => {
      if (this.loadingHighlighter === loading && !h) this.loadingHighlighter = undefined; // try again next time
      if (h && !signal.aborted && !this.stopped()) use(h);
    });
  }

  private onLocationChange(): void {
    if (this.stopped()) return;
    if (location.href === this.url) return;
    this.url = location.href;
    this.rescans = 0;
    // An answer still due is about the old page.
    this.awaitingAnswer = false;
    // An extraction in progress is reading the old page: the scan starts over on the new one.
    this.extraction?.abort();
    // A scan of the old page still being retried is stale.
    this.sending?.abort();
    this.highlightsAbort.abort();
    this.clearPage();
    // A rescan waiting to run would read an address already left: it runs after the clear instead.
    if (this.debounce !== undefined) clearTimeout(this.debounce);
    this.debounce = undefined;
    this.rescanAfterClear ||= this.mode === 'watching';
    this.requestClear();
  }

  /** Tells the background the address moved on; changes in quick succession share one message. */
  private requestClear(): void {
    if (this.clearTimer !== undefined) return; // the queued one sends the address of its moment
    const wait = Math.max(0, this.lastClearAt + CLEAR_INTERVAL_MS - Date.now());
    this.clearTimer = setTimeout(() => {
      this.clearTimer = undefined;
      if (this.stopped()) return;
      this.lastClearAt = Date.now();
      const rescan = this.rescanAfterClear;
      this.rescanAfterClear = false;
      void sendMessage('page/clear', { url: location.href.slice(0, MAX_URL) })
        .catch(() => undefined)
        .then(() => {
          if (rescan && !this.stopped()) this.schedule(true);
        });
    }, wait);
  }

  private observe(): void {
    if (this.observer || this.rescans >= MAX_RESCANS_PER_URL) return;
    const target = document.body ?? document.documentElement;
    this.observer = new MutationObserver(() => this.schedule(false));
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  private unobserve(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.debounce !== undefined) clearTimeout(this.debounce);
    this.debounce = undefined;
    this.firstChangeAt = 0;
  }

  /** Debounced rescan; `force` skips the text-length test (after a navigation). */
  private schedule(force: boolean): void {
    if (this.mode !== 'watching') return;
    const now = Date.now();
    if (this.firstChangeAt === 0) this.firstChangeAt = now;
    if (this.debounce !== undefined) clearTimeout(this.debounce);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstChangeAt + MAX_WAIT_MS - now));
    this.debounce = window.setTimeout(() => {
      this.debounce = undefined;
      if (this.stopped()) return;
      this.firstChangeAt = 0;
      if (!force && !meaningfulChange(this.lastLength, textLength())) return;
      if (++this.rescans >= MAX_RESCANS_PER_URL) this.unobserve();
      void this.scan();
    }, wait);
  }

  /** Resolves in idle time (or after a timeout), or at once when the script is invalidated. */
  private idle(): Promise<void> {
    return new Promise((resolve) => {
      let cancel = (): void => undefined;
      const stopWaiting = this.lifetime.onEnd(() => {
        cancel();
        resolve();
      });
      const done = () => {
        stopWaiting();
        resolve();
      };
      if (typeof requestIdleCallback === 'function') {
        const id = requestIdleCallback(done, { timeout: IDLE_TIMEOUT_MS });
        cancel = () => cancelIdleCallback(id);
      } else {
        const id = setTimeout(done, 50);
        cancel = () => clearTimeout(id);
      }
    });
  }
}

/** Cheap size of the page's text (no layout, unlike innerText). */
function textLength(): number {
  return (document.body ?? document.documentElement)?.textContent?.length ?? 0;
}

function translate(key: string, subs?: string[]): string {
  try {
    const i18n = extensionI18n();
    if (!i18n) return '';
    return (subs ? i18n.getMessage(key, subs) : i18n.getMessage(key)) ?? '';
  } catch {
    return '';
  }
}
