import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ScriptLifetime } from '@/entrypoints/scan/script-lifetime';

/** What Chrome does to a content script whose extension was reloaded, updated or removed. */
function orphan() {
  return vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('ScriptLifetime', () => {
  it('is alive until ended, and runs its end callbacks once', () => {
    const lifetime = new ScriptLifetime();
    const ended = vi.fn();
    lifetime.onEnd(ended);
    expect(lifetime.alive).toBe(true);
    lifetime.end();
    lifetime.end();
    expect(lifetime.alive).toBe(false);
    expect(ended).toHaveBeenCalledTimes(1);
    // A callback added after the end runs at once.
    const late = vi.fn();
    lifetime.onEnd(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('ends itself when the extension is gone', () => {
    const lifetime = new ScriptLifetime();
    const ended = vi.fn();
    lifetime.onEnd(ended);
    orphan();
    expect(lifetime.alive).toBe(false);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('notices within a few seconds that the extension is gone while something is shown, and stops polling after', () => {
    vi.useFakeTimers();
    const lifetime = new ScriptLifetime();
    const ended = vi.fn();
    lifetime.onEnd(ended);
    lifetime.watchOrphaning(new AbortController().signal);
    vi.advanceTimersByTime(10_000);
    expect(ended).not.toHaveBeenCalled();
    orphan();
    vi.advanceTimersByTime(2_000);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops polling once what was shown is gone', () => {
    vi.useFakeTimers();
    const lifetime = new ScriptLifetime();
    const shown = new AbortController();
    lifetime.watchOrphaning(shown.signal);
    expect(vi.getTimerCount()).toBe(1);
    shown.abort();
    expect(vi.getTimerCount()).toBe(0);
    expect(lifetime.alive).toBe(true);
  });
});
