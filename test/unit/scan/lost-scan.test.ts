// @vitest-environment happy-dom
/**
 * A 'page/scan' lost to a stopped worker: sent again with growing pauses (a bounded number of
 * times), and the page is watched meanwhile, so late content and SPA navigation are still scanned.
 * Fake timers: the pauses, debounces and location polls run without waiting.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RETRY_DELAYS_MS } from '@/entrypoints/scan/send-retrying';
import { showHighlights } from '@/lib/highlight/highlights';
import type { FoundEvent } from '@/lib/domain/event';
import { isLostConnection } from '@/lib/messaging/lost-connection';
import { useFakeBackground } from './fake-background';

vi.mock('@/lib/highlight/highlights', () => ({ showHighlights: vi.fn(), clearHighlights: vi.fn() }));

const event = { id: 'call-leak', title: 'Leaked call', summary: '', dates: { start: '2025-10-14' }, sources: [], related: [], score: 0.9, prominence: 'main', evidence: [], pageIsSource: false, feed: { id: 'bundled', publisher: 'Test publisher', stale: false } } as FoundEvent;
const paragraph = (words: number) => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');

const STOPPED = 'Could not establish connection. Receiving end does not exist.';
const PORT_CLOSED = 'The message port closed before a response was received.';

const bg = useFakeBackground(() => ({ events: [event], watch: true, highlights: true }));

/** The worker is gone for the next `n` messages (any type): they fail as Chrome fails them. */
function stopWorkerFor(n: number, message = STOPPED): { sent: string[]; at: number[] } {
  const sent: string[] = [];
  const at: number[] = [];
  const real = fakeBrowser.runtime.sendMessage.bind(fakeBrowser.runtime);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (msg: unknown) => {
    sent.push((msg as { type: string }).type);
    at.push(Date.now());
    if (n > 0) {
      n--;
      throw new Error(message);
    }
    return real(msg as never);
  });
  return { sent, at };
}

const total = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.mocked(showHighlights).mockClear();
  history.replaceState({}, '', '/article');
  document.body.innerHTML = `<article><h1>Story</h1><p>${paragraph(80)}</p></article>`;
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('isLostConnection', () => {
  it('knows the errors of a message nobody was there to answer', () => {
    for (const m of [STOPPED, PORT_CLOSED, 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received', 'No valid reply from the Backstory background']) {
      expect(isLostConnection(new Error(m))).toBe(true);
    }
  });
  it('does not take an answer for a lost message', () => {
    for (const m of ['Invalid message', 'forbidden', 'Extension context invalidated.']) expect(isLostConnection(new Error(m))).toBe(false);
    expect(isLostConnection(undefined)).toBe(false);
  });
});

describe('a scan lost to a stopped worker', () => {
  it('is sent again after a pause, and the answer is applied', async () => {
    const { sent } = stopWorkerFor(1);
    const outcome = bg.start();
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(outcome).resolves.toEqual({ kind: 'scanned' });
    // The answer had an event to highlight: then the highlighter is asked for.
    expect(sent).toEqual(['page/scan', 'page/scan', 'page/highlighter']);
    expect(bg.scans).toHaveLength(1); // the second one got through
    expect(showHighlights).toHaveBeenCalledTimes(1);
  });

  it('waits longer each time, and gives up after a bounded number of sends', async () => {
    const { sent, at } = stopWorkerFor(Infinity, PORT_CLOSED);
    const outcome = bg.start();
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(outcome).resolves.toEqual({ kind: 'error', message: PORT_CLOSED });
    expect(sent).toHaveLength(1 + RETRY_DELAYS_MS.length);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThan(gaps[i - 1]!);
    expect(gaps[0]!).toBeGreaterThanOrEqual(RETRY_DELAYS_MS[0]!);
    expect(at.at(-1)! - at[0]!).toBeLessThanOrEqual(16_000);
    // No more sends, however long the page stays open.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sent).toHaveLength(1 + RETRY_DELAYS_MS.length);
  });

  it('does not send again what the background answered with an error', async () => {
    const { sent } = stopWorkerFor(1, 'Invalid message');
    const outcome = bg.start();
    await vi.advanceTimersByTimeAsync(30_000);
    await expect(outcome).resolves.toEqual({ kind: 'error', message: 'Invalid message' });
    expect(sent).toEqual(['page/scan']);
  });

  it('watches the page regardless: late content is scanned once the worker is back', async () => {
    stopWorkerFor(1 + RETRY_DELAYS_MS.length); // every send of the first scan is lost
    const outcome = bg.start();
    await vi.advanceTimersByTimeAsync(total + 1_000);
    expect((await outcome).kind).toBe('error');
    expect(bg.scans).toHaveLength(0);
    const more = document.createElement('p');
    more.textContent = paragraph(300);
    document.querySelector('article')!.append(more);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(bg.scans).toHaveLength(1);
    expect((bg.scans[0]!.payload as { text: string }).text).toContain(`word299`);
    expect(showHighlights).toHaveBeenCalledTimes(1);
  });

  it('watches the page regardless: an SPA navigation during the pauses scans the new page, not the old one again', async () => {
    stopWorkerFor(3);
    const outcome = bg.start();
    await vi.advanceTimersByTimeAsync(100); // the first send failed; waiting to send again
    history.pushState({}, '', '/next-article');
    await vi.advanceTimersByTimeAsync(10_000);
    await outcome;
    const urls = bg.scans.map((s) => (s.payload as { url: string }).url);
    expect(urls).toEqual([location.href]);
    expect(location.pathname).toBe('/next-article');
  });

  it('stops retrying when the script ends', async () => {
    const { sent } = stopWorkerFor(Infinity);
    const outcome = bg.start();
    await vi.advanceTimersByTimeAsync(100);
    bg.lifetimes[0]!.end();
    await vi.advanceTimersByTimeAsync(60_000);
    expect((await outcome).kind).toBe('error');
    expect(sent).toEqual(['page/scan']);
  });
});
