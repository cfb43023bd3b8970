// Between two extraction slices the content script waits for idle time; within one idle period
// it goes on in new tasks while the period has room for a whole slice.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageYielder } from '@/entrypoints/scan/page-yielder';

const SLICE_MS = 8;
const TIMEOUT_MS = 200;

type IdleCallback = (deadline: IdleDeadline) => void;

let idleCallbacks: Map<number, IdleCallback>;
let requestIdle: ReturnType<typeof vi.fn>;
let cancelIdle: ReturnType<typeof vi.fn>;

beforeEach(() => {
  idleCallbacks = new Map();
  let nextId = 1;
  requestIdle = vi.fn((cb: IdleCallback) => {
    const id = nextId++;
    idleCallbacks.set(id, cb);
    return id;
  });
  cancelIdle = vi.fn((id: number) => idleCallbacks.delete(id));
  vi.stubGlobal('requestIdleCallback', requestIdle);
  vi.stubGlobal('cancelIdleCallback', cancelIdle);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Runs the pending idle callbacks with a deadline that has `remaining` ms left (it does not go down). */
function idlePeriod(remaining: number, didTimeout = false): void {
  const callbacks = [...idleCallbacks.values()];
  idleCallbacks.clear();
  for (const cb of callbacks) cb({ didTimeout, timeRemaining: () => remaining });
}

/** Whether the promise settles within a few turns of the event loop. */
async function settles(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 5 && !done; i++) await new Promise((r) => setTimeout(r, 0));
  return done;
}

describe('pageYielder', () => {
  it('waits for an idle period (at most the timeout) before the first slice', async () => {
    const y = pageYielder(SLICE_MS, TIMEOUT_MS);
    const wait = y.next(new AbortController().signal);
    expect(requestIdle).toHaveBeenCalledTimes(1);
    expect(requestIdle.mock.calls[0]![1]).toEqual({ timeout: TIMEOUT_MS });
    expect(await settles(wait)).toBe(false);
    idlePeriod(45);
    expect(await settles(wait)).toBe(true);
    y.close();
  });

  it('runs further slices in new tasks while the idle period has room, then waits for the next one', async () => {
    const y = pageYielder(SLICE_MS, TIMEOUT_MS);
    const signal = new AbortController().signal;
    const first = y.next(signal);
    let remaining = 30;
    const callbacks = [...idleCallbacks.values()];
    idleCallbacks.clear();
    callbacks[0]!({ didTimeout: false, timeRemaining: () => remaining });
    await first;
    // Room for more slices: no new idle callback, the wait ends in a new task.
    expect(await settles(y.next(signal))).toBe(true);
    expect(await settles(y.next(signal))).toBe(true);
    expect(requestIdle).toHaveBeenCalledTimes(1);
    // Less than a slice left: the next slice waits for the next idle period.
    remaining = SLICE_MS - 1;
    const later = y.next(signal);
    expect(requestIdle).toHaveBeenCalledTimes(2);
    expect(await settles(later)).toBe(false);
    idlePeriod(45);
    expect(await settles(later)).toBe(true);
    y.close();
  });

  it('on a busy page (the idle callback timed out) every slice waits again', async () => {
    const y = pageYielder(SLICE_MS, TIMEOUT_MS);
    const signal = new AbortController().signal;
    const first = y.next(signal);
    idlePeriod(0, true);
    await first;
    const second = y.next(signal);
    expect(requestIdle).toHaveBeenCalledTimes(2);
    expect(await settles(second)).toBe(false);
    y.close();
  });

  it('ends a wait at once when aborted (stop, navigation, invalidated context) and cancels its idle callback', async () => {
    const y = pageYielder(SLICE_MS, TIMEOUT_MS);
    const controller = new AbortController();
    const wait = y.next(controller.signal);
    expect(await settles(wait)).toBe(false);
    controller.abort();
    expect(await settles(wait)).toBe(true);
    expect(cancelIdle).toHaveBeenCalledWith(1);
    expect(idleCallbacks.size).toBe(0);
    // Already aborted: no wait at all.
    expect(await settles(y.next(controller.signal))).toBe(true);
    expect(requestIdle).toHaveBeenCalledTimes(1);
    y.close();
  });

  it('falls back to a timer where there is no requestIdleCallback', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const y = pageYielder(SLICE_MS, TIMEOUT_MS);
    expect(await settles(y.next(new AbortController().signal))).toBe(true);
    y.close();
  });
});
