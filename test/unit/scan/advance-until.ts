/**
 * For content-script tests on vitest's fake clock: moves the clock on in small steps, running the
 * timers that fall due, until `promise` settles (a read waits for idle time, and where there is no
 * requestIdleCallback, as in happy-dom, that is a timer). Fails if it has not settled within
 * `limitMs` of fake time.
 */
import { vi } from 'vitest';

export async function advanceUntilSettled<T>(promise: Promise<T>, limitMs = 10_000): Promise<T> {
  let settled = false;
  const watched = promise.finally(() => (settled = true));
  for (let ms = 0; !settled; ms += 10) {
    if (ms > limitMs) throw new Error(`not settled within ${limitMs} ms of fake time`);
    await vi.advanceTimersByTimeAsync(10);
  }
  return watched;
}

/** Moves the fake clock on until `done()` holds. */
export async function advanceUntil(done: () => boolean, limitMs = 10_000): Promise<void> {
  for (let ms = 0; !done(); ms += 10) {
    if (ms > limitMs) throw new Error(`condition not met within ${limitMs} ms of fake time`);
    await vi.advanceTimersByTimeAsync(10);
  }
}
