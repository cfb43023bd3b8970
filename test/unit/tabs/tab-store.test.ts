import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FoundEvent } from '@/lib/domain/event';
import type { TabResult } from '@/lib/domain/tab-result';
import { getTabResult, getVisibleTabResult } from '@/lib/tabs/tab-store';

function event(id: string): FoundEvent {
  return { id, title: id, summary: '', dates: { start: '2025-11-25' }, sources: [], related: [], score: 1, prominence: 'main', evidence: [], pageIsSource: false, feed: { id: 'bundled', publisher: 'Test publisher', stale: false } };
}

const result: TabResult = { tabId: 4, url: 'https://news.example.org/a', scannedAt: 1, status: 'ok', events: [event('a'), event('b')] };

beforeEach(() => fakeBrowser.reset());

describe('tab store (what the popup reads without asking the background)', () => {
  it('reads the tab result the background stored in session storage', async () => {
    await fakeBrowser.storage.session.set({ 'tab:4': result });
    expect(await getTabResult(4)).toEqual(result);
    expect(await getTabResult(5)).toBeNull();
  });

  it('ignores a stored value that is not a result for that tab', async () => {
    await fakeBrowser.storage.session.set({ 'tab:4': { ...result, tabId: 9 }, 'tab:6': { tabId: 6, events: 'no' } });
    expect(await getTabResult(4)).toBeNull();
    expect(await getTabResult(6)).toBeNull();
  });

  it('leaves out the events the reader dismissed, as the background answers tab/get', async () => {
    await fakeBrowser.storage.session.set({ 'tab:4': result });
    await fakeBrowser.storage.local.set({ settings: { highlights: false, dismissed: ['a'] } });
    expect((await getVisibleTabResult(4))?.events.map((e) => e.id)).toEqual(['b']);
    // A damaged settings value hides nothing rather than failing.
    await fakeBrowser.storage.local.set({ settings: { dismissed: 'a' } });
    expect((await getVisibleTabResult(4))?.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(await getVisibleTabResult(5)).toBeNull();
  });
});
