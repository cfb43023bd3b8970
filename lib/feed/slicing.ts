/**
 * How a long install gives its thread back. Verifying, validating and compiling a 100k-event feed
 * takes seconds of CPU; in the extension's worker that must not be one task, or pages wait for
 * their answers. The caller passes a Slicing (the worker: a macrotask between slices, so the
 * messages queued meanwhile are answered first); Node, the CLI and tests pass none and run the
 * same steps at once. No host API here: how to yield is the caller's choice.
 */
import { runInSlices } from '../steps/run-in-slices';
import { runSteps, type Steps } from '../steps/steps';

export interface Slicing {
  /** Resolves when the work may go on. */
  yieldToHost: () => Promise<void>;
  /** Thread time a slice may use before it yields (default INSTALL_SLICE_MS). */
  sliceMs?: number;
}

/**
 * A slice's time goal: far enough under the 200 ms a worker task may take while installing
 * (issue 8) that one step running long (a large shard's JSON.parse) still fits, and long enough
 * that yielding costs little.
 */
export const INSTALL_SLICE_MS = 40;

/** Runs resumable work in slices when `slicing` is given, else at once. */
export async function runSliced<T>(steps: Steps<T>, slicing: Slicing | undefined): Promise<T> {
  if (!slicing) return runSteps(steps);
  return runInSlices(steps, { yieldToPage: slicing.yieldToHost, sliceMs: slicing.sliceMs ?? INSTALL_SLICE_MS });
}

interface BackgroundScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Resolves in a later task that runs only once every other queued task has run: a
 * background-priority task (scheduler.postTask, in Chrome's and Firefox's workers), else a timer.
 * Not a plain timer where postTask exists: in Chrome's worker a message from a page needs several
 * hops through the worker (the channel opens, the message, the reply), and with a timer re-armed
 * after every slice the next slice ran before the next hop, so a page's message waited behind up
 * to a whole compile (pings of 0.4-0.6 s while installing 10k events; 0.05-0.1 s with this).
 */
export const yieldToOtherTasks = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: Partial<BackgroundScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
};
