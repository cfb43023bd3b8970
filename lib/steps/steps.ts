/**
 * Resumable work, shared by everything that must not hold a thread for long (page extraction in
 * the content script, index validation, feed loading and compile in the worker): a generator
 * whose yields are pause points and whose return value is the result. Compose with `yield*`;
 * drive it to completion at once with runSteps (CLI, tests) or in slices with runInSlices.
 * Pure: no extension API, no DOM.
 */

/** A generator that pauses at each yield (its yielded values, if any, are ignored). */
export type Steps<T> = Generator<unknown, T, void>;

/** Runs resumable work to completion, synchronously. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}
