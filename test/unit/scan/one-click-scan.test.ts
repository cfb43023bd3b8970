// @vitest-environment happy-dom
// The content script as the toolbar button injects it: it hands the page back to the background
// (as the injection's result) instead of sending 'page/scan', then applies the answer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ScriptLifetime } from '@/entrypoints/scan/script-lifetime';
import { startScanner } from '@/entrypoints/scan/start-scanner';
import type { FoundEvent } from '@/lib/domain/event';
import { clearHighlights, showHighlights } from '@/lib/highlight/highlights';
import type { ScanReply } from '@/lib/messaging/protocol';
import { useFakeBackground } from './fake-background';

vi.mock('@/lib/highlight/highlights', () => ({ showHighlights: vi.fn(), clearHighlights: vi.fn() }));

const event = { id: 'call-leak', title: 'Leaked call', summary: '', dates: { start: '2025-10-14' }, sources: [], related: [], score: 0.9, prominence: 'main', evidence: [], pageIsSource: false, feed: { id: 'bundled', publisher: 'Test publisher', stale: false } } as FoundEvent;

const bg = useFakeBackground(() => ({ events: [event], watch: true, highlights: true }));
let lifetime: ScriptLifetime;

beforeEach(() => {
  vi.mocked(showHighlights).mockClear();
  vi.mocked(clearHighlights).mockClear();
  document.body.innerHTML = '<article><h1>Story</h1><p>Steve Witkoff and Yuri Ushakov spoke in a call that leaked.</p></article>';
  lifetime = new ScriptLifetime();
});
afterEach(() => lifetime.end());

const answer = (payload: ScanReply) =>
  fakeBrowser.runtime.onMessage.trigger({ type: 'content/scanned', payload }, { id: fakeBrowser.runtime.id });

describe('one-click content script', () => {
  it('resolves to the page it read and sends nothing itself', async () => {
    const outcome = await startScanner(lifetime, 'one-click');
    expect(outcome).toMatchObject({ kind: 'page', page: { url: location.href, title: 'Story' } });
    expect(outcome.kind === 'page' && outcome.page.text).toContain('Witkoff');
    expect(bg.scans).toHaveLength(0);
  });

  it('shows what the background answers, once', async () => {
    await startScanner(lifetime, 'one-click');
    await answer({ events: [event], watch: false, highlights: true });
    // Once the highlighter it asked for is there.
    await vi.waitFor(() => expect(showHighlights).toHaveBeenCalledTimes(1));
    expect(vi.mocked(showHighlights).mock.calls[0]![1]).toEqual([event]);
    // A second answer is not for anything this copy asked (the highlighter is loaded by now:
    // drawing would be immediate).
    await answer({ events: [event], watch: false, highlights: true });
    expect(showHighlights).toHaveBeenCalledTimes(1);
  });

  it('ignores an answer from anyone but its own background', async () => {
    await startScanner(lifetime, 'one-click');
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'content/scanned', payload: { events: [event], watch: false, highlights: true } },
      { id: 'another-extension' },
    );
    // Drawing waits for the highlighter's load (promises only): let any of that run first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(showHighlights).not.toHaveBeenCalled();
  });

  it('on a granted site, keeps watching after the answer: later changes go as page/scan', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const outcome = startScanner(lifetime, 'one-click');
      await vi.runAllTimersAsync();
      await outcome;
      await answer({ events: [event], watch: true, highlights: false });
      const more = document.createElement('p');
      more.textContent = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
      document.body.append(more);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(bg.scans).toHaveLength(1);
      expect((bg.scans[0]!.payload as { text: string }).text).toContain('word299');
    } finally {
      vi.useRealTimers();
    }
  });
});
