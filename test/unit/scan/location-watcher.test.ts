// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLocation } from '@/entrypoints/scan/location-watcher';

afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as { navigation?: unknown }).navigation;
});

describe('watchLocation', () => {
  it('without the Navigation API, notices pushState within a second, once, and stops on abort', () => {
    vi.useFakeTimers();
    const changed = vi.fn();
    const stop = new AbortController();
    watchLocation(changed, stop.signal);
    vi.advanceTimersByTime(3_000);
    expect(changed).not.toHaveBeenCalled();
    history.pushState({}, '', '/second-article');
    vi.advanceTimersByTime(1_000);
    expect(changed).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3_000);
    expect(changed).toHaveBeenCalledTimes(1);
    stop.abort();
    history.pushState({}, '', '/third-article');
    vi.advanceTimersByTime(3_000);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('with the Navigation API, ignores entry changes a page script fakes (untrusted events)', () => {
    vi.useFakeTimers();
    const navigation = Object.assign(new EventTarget(), { currentEntry: {} });
    (globalThis as { navigation?: unknown }).navigation = navigation;
    const changed = vi.fn();
    watchLocation(changed, new AbortController().signal);
    navigation.dispatchEvent(new Event('currententrychange'));
    // Nor does it fall back to polling when the API is there.
    history.pushState({}, '', '/fourth-article');
    vi.advanceTimersByTime(3_000);
    expect(changed).not.toHaveBeenCalled();
  });
});
