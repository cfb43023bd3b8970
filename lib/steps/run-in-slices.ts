/**
 * Drives resumable work (Steps, see steps.ts) in slices of about `sliceMs` of main-thread
 * time: at each pause point of the work the clock is read, and once the slice has used its time
 * the driver awaits `yieldToPage()` before going on, so the page can handle input and paint.
 * How to yield (an idle callback, a timer) is the caller's choice: no extension API here.
 */
import type { Steps } from './steps';

/** Well under the 50 ms of a long task, and leaves most of a 16 ms frame to the page. */
export const DEFAULT_SLICE_MS = 8;

export interface SliceOptions {
  /** Resolves when the work may go on (e.g. in the next idle period). */
  yieldToPage: () => Promise<void>;
  /** Main-thread time per slice before yielding (default 8 ms; 0 yields at every pause point). */
  sliceMs?: number;
  /** Checked before the first slice and after every yield: aborting rejects with its reason. */
  signal?: AbortSignal;
  /** The clock (default performance.now). */
  now?: () => number;
}

export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions): Promise<T> {
  const { yieldToPage, signal } = options;
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const now = options.now ?? (() => performance.now());
  let finished = false;
  try {
    signal?.throwIfAborted();
    let sliceStart = now();
    for (;;) {
      const step = steps.next();
      if (step.done === true) {
        finished = true;
        return step.value;
      }
      if (now() - sliceStart >= sliceMs) {
        await yieldToPage();
        signal?.throwIfAborted();
        sliceStart = now();
      }
    }
  } finally {
    // Aborted or failed: close the generator (runs its finally blocks, drops its DOM references).
    if (!finished) steps.return(undefined as never);
  }
}
