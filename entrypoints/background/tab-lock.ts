/** One tab's stored result is changed by one piece of work at a time (memory: lasts a message). */

const locks = new Map<number, Promise<unknown>>();

/**
 * Runs `fn` after any earlier locked work on the same tab: a scan's write, a navigation's clear
 * and a close are applied in order, so a clear never removes a result written after it decided.
 */
export function withTabLock<T>(tabId: number, fn: () => Promise<T>): Promise<T> {
  const previous = locks.get(tabId) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  locks.set(tabId, tail);
  void tail.then(() => {
    if (locks.get(tabId) === tail) locks.delete(tabId);
  });
  return run;
}
