// @vitest-environment happy-dom
// The script's own timers (idle waits, the rescan debounce, the location and orphan polls) run on
// vitest's fake clock: each test moves it past the constant it is about, without waiting.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { advanceUntilSettled } from './advance-until';
import { useFakeBackground } from './fake-background';
import { clearHighlights, showHighlights } from '@/lib/highlight/highlights';
import type { FoundEvent } from '@/lib/domain/event';

vi.mock('@/lib/highlight/highlights', () => ({ showHighlights: vi.fn(), clearHighlights: vi.fn() }));

const event = { id: 'call-leak', title: 'Leaked call', summary: '', dates: { start: '2025-10-14' }, sources: [], related: [], score: 0.9, prominence: 'main', evidence: [], pageIsSource: false, feed: { id: 'bundled', publisher: 'Test publisher', stale: false } } as FoundEvent;

function paragraph(words: number): string {
  return Array.from({ length: words }, (_, i) => `word${i}`).join(' ');
}

const bg = useFakeBackground(() => ({ events: [event], watch: true, highlights: false }));

beforeEach(() => {
  vi.useFakeTimers();
  vi.mocked(showHighlights).mockClear();
  vi.mocked(clearHighlights).mockClear();
  document.body.innerHTML = `<article><h1>Story</h1><p>${paragraph(80)}</p></article>`;
});

afterEach(() => {
  vi.useRealTimers();
});

/** Moves the fake clock on by `ms`, running every timer that falls due (and what they start). */
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/** Starts a copy of the script and moves the clock until its first scan was answered. */
const start = () => advanceUntilSettled(bg.start());

describe('content script', () => {
  it('extracts the page in idle time and sends it once to the background', async () => {
    await expect(start()).resolves.toEqual({ kind: 'scanned' });
    expect(bg.scans).toHaveLength(1);
    const payload = bg.scans[0]!.payload as { url: string; text: string; title: string; links: string[] };
    expect(payload.url).toBe(location.href);
    expect(payload.text).toContain('word79');
    expect(payload.links).toEqual([]);
  });

  it('does not scan documents that are not HTML (PDF viewer, plain text)', async () => {
    Object.defineProperty(document, 'contentType', { value: 'application/pdf', configurable: true });
    try {
      await expect(start()).resolves.toEqual({ kind: 'unsupported', reason: 'Not a web page (application/pdf)' });
      expect(bg.scans).toHaveLength(0);
    } finally {
      delete (document as { contentType?: string }).contentType;
    }
  });

  it('rescans when a lot of text arrives later, not for small changes', async () => {
    await start();
    const p = document.createElement('p');
    p.textContent = 'a few more words';
    document.body.append(p);
    await wait(1_100);
    expect(bg.scans).toHaveLength(1);
    const more = document.createElement('p');
    more.textContent = paragraph(200);
    document.body.append(more);
    await wait(1_100);
    expect(bg.scans).toHaveLength(2);
  });

  it('stops watching when the background says the site is not granted (one-click lookup)', async () => {
    bg.reply = { events: [], watch: false, highlights: false };
    await start();
    const more = document.createElement('p');
    more.textContent = paragraph(300);
    document.body.append(more);
    await wait(1_100);
    expect(bg.scans).toHaveLength(1);
  });

  it('a second copy takes over: one watcher, one rescan, not two', async () => {
    await start();
    await start(); // injected again by the toolbar button
    expect(bg.scans).toHaveLength(2);
    expect(bg.lifetimes[0]!.alive).toBe(false);
    const more = document.createElement('p');
    more.textContent = paragraph(300);
    document.body.append(more);
    await wait(1_100);
    expect(bg.scans).toHaveLength(3);
  });

  it('ignores messages a page posts to the window', async () => {
    await start();
    window.postMessage({ type: 'page/scan', payload: {} }, '*');
    window.postMessage({ type: 'content/stop', payload: {} }, '*');
    await wait(100);
    expect(bg.scans).toHaveLength(1);
    expect(bg.lifetimes[0]!.alive).toBe(true);
  });

  it('shows highlights when the setting is on, and clears them when stopped', async () => {
    bg.reply = { events: [event], watch: true, highlights: true };
    await start();
    expect(showHighlights).toHaveBeenCalledWith(document, [event], expect.objectContaining({ signal: expect.any(AbortSignal) }));
    const signal = vi.mocked(showHighlights).mock.calls[0]![2].signal;
    // The background says the site was turned off.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content/stop', payload: {} }, { id: fakeBrowser.runtime.id });
    // Aborting the signal is what takes this copy's highlights out of the page.
    expect(signal.aborted).toBe(true);
  });

  it('does not load the highlighter for a page with nothing to highlight (highlights off, or no event)', async () => {
    await start();
    bg.reply = { events: [], watch: true, highlights: true };
    await start();
    expect(bg.scans).toHaveLength(2);
    expect(bg.highlighterLoads).toBe(0);
    expect(clearHighlights).not.toHaveBeenCalled();
  });

  it('loads the highlighter once, when it has marks to show', async () => {
    bg.reply = { events: [event], watch: true, highlights: true };
    await start();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content/update', payload: { events: [event], highlights: true } }, { id: fakeBrowser.runtime.id });
    expect(showHighlights).toHaveBeenCalledTimes(2);
    expect(bg.highlighterLoads).toBe(1);
  });

  it('loads the highlighter to take away marks an earlier copy of the extension left', async () => {
    document.body.insertAdjacentHTML('beforeend', '<p><backstory-mark>Story</backstory-mark></p>');
    await start();
    expect(bg.highlighterLoads).toBe(1);
    expect(clearHighlights).toHaveBeenCalledWith(document);
    expect(showHighlights).not.toHaveBeenCalled();
  });

  it('removes its highlights by itself when the extension is reloaded or removed (orphaned)', async () => {
    // A one-click lookup: nothing else (no observer, no timer) would ever look at this copy again.
    bg.reply = { events: [event], watch: false, highlights: true };
    await start();
    const signal = vi.mocked(showHighlights).mock.calls[0]![2].signal;
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    try {
      await wait(1_000);
      expect(signal.aborted).toBe(false);
      await wait(1_200);
      expect(signal.aborted).toBe(true);
      expect(bg.lifetimes[0]!.signal.aborted).toBe(true);
    } finally {
      id.mockRestore();
    }
  });

  it('redraws when the background sends new visible events, but only from our own background', async () => {
    bg.reply = { events: [event], watch: true, highlights: true };
    await start();
    vi.mocked(showHighlights).mockClear();
    vi.mocked(clearHighlights).mockClear();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content/update', payload: { events: [], highlights: true } }, { id: 'another-extension' });
    expect(clearHighlights).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content/update', payload: { events: [], highlights: true } }, { id: fakeBrowser.runtime.id });
    expect(clearHighlights).toHaveBeenCalled();
    expect(showHighlights).not.toHaveBeenCalled();
  });

  it('on SPA navigation clears the old URL\'s result, then rescans', async () => {
    await start();
    history.pushState({}, '', '/next-article');
    // The URL change is noticed (a 1 s poll here: happy-dom has no Navigation API), then the debounce runs.
    await wait(2_300);
    expect(bg.clears.map((c) => (c.payload as { url: string }).url)).toEqual([location.href]);
    expect(bg.scans).toHaveLength(2);
    expect((bg.scans[1]!.payload as { url: string }).url).toBe(location.href);
  });
});
