/**
 * How the content script gives the main thread back between two extraction slices, in idle time.
 *
 * The first slice of a run waits for an idle period (requestIdleCallback, at most
 * `idleTimeoutMs`). While that idle period still has room for a whole slice, the next slice runs
 * in a new task right away (a MessageChannel message: no timer clamping), so input and
 * rendering still go first between any two slices; once the period is used up, or the browser has
 * input pending (timeRemaining() is then 0), the next slice waits for the next idle period. One
 * slice per idle callback would leave most of each ~50 ms idle period unused: measured in
 * Chromium, 8 ms slices got 18% of the thread that way against 95% with this.
 *
 * The window's own APIs, not the WXT context's helpers: every ctx.requestIdleCallback or
 * ctx.setTimeout call adds a listener to the context that is never removed, and a huge page takes
 * dozens of slices per scan. The caller aborts `signal` when the context is invalidated; an
 * aborted wait resolves at once (the extraction then stops on the signal).
 */

export interface PageYielder {
  /** Resolves when the next slice may run, or at once when `signal` is (or gets) aborted. */
  next(signal: AbortSignal): Promise<void>;
  /** Drops the message port; waits still pending resolve now. */
  close(): void;
}

export function pageYielder(sliceMs: number, idleTimeoutMs: number): PageYielder {
  let deadline: IdleDeadline | undefined;
  let channel: MessageChannel | undefined;
  const queued: (() => void)[] = [];

  /** Runs `fn` in a new task, as soon as the browser has nothing more urgent. */
  const post = (fn: () => void): void => {
    if (typeof MessageChannel !== 'function') {
      setTimeout(fn, 0);
      return;
    }
    if (channel === undefined) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => queued.shift()?.();
    }
    queued.push(fn);
    channel.port2.postMessage(null);
  };

  return {
    next(signal) {
      return new Promise<void>((resolve) => {
        let settled = false;
        let cancel = (): void => undefined;
        const go = (): void => {
          if (settled) return;
          settled = true;
          signal.removeEventListener('abort', go);
          cancel();
          resolve();
        };
        if (signal.aborted) return go();
        signal.addEventListener('abort', go);
        if (deadline !== undefined && deadline.timeRemaining() >= sliceMs) {
          post(go);
          return;
        }
        deadline = undefined;
        if (typeof requestIdleCallback === 'function') {
          const id = requestIdleCallback(
            (d) => {
              deadline = d;
              go();
            },
            { timeout: idleTimeoutMs },
          );
          cancel = () => cancelIdleCallback(id);
        } else {
          const id = setTimeout(go, 0);
          cancel = () => clearTimeout(id);
        }
      });
    },
    close() {
      channel?.port1.close();
      channel?.port2.close();
      channel = undefined;
      deadline = undefined;
      // Their messages will not come now.
      for (const go of queued.splice(0)) go();
    },
  };
}
