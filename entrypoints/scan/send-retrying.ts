/**
 * Sends a message again when it was lost to a stopped worker (lib/messaging/lost-connection.ts),
 * with growing pauses, a bounded number of times: at most 1 + RETRY_DELAYS_MS.length sends
 * (6), over at most 15.5 s of waiting. A new worker starts within a second or so of the next
 * message; an extension update may take a few. After that the caller gives up on this send (the
 * page watcher keeps watching, so the next change or navigation asks again).
 */
export const RETRY_DELAYS_MS: readonly number[] = [500, 1_000, 2_000, 4_000, 8_000];

export interface RetryOptions {
  /** Called once, at the first lost send (the page watcher starts watching then). */
  onLost?: () => void;
  /** Aborted: stop waiting and retrying (the script ended, or the page moved on). */
  signal: AbortSignal;
  isLost: (err: unknown) => boolean;
}

export async function sendRetrying<T>(send: () => Promise<T>, opts: RetryOptions): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (err) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (!opts.isLost(err) || delay === undefined || opts.signal.aborted) throw err;
      if (attempt === 0) opts.onLost?.();
      await pause(delay, opts.signal);
      if (opts.signal.aborted) throw err;
    }
  }
}

/** Resolves after `ms`, or at once when `signal` is aborted. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
