import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SCRIPT_FILE } from '@/entrypoints/background/site-access';
import { getTabResult } from '@/entrypoints/background/tab-results';
import type { TabGetReply } from '@/lib/messaging/protocol';
import { contentSender, popup, startHarness, badge, type Harness } from './harness';

const URL_A = 'https://news.example.org/leak';
// Words the sample index's "call-leak" event matches (two entities + two context groups).
const text = 'Steve Witkoff and Yuri Ushakov spoke in a call. The leak of the call was published in full later.';

let h: Harness;
beforeEach(() => {
  h = startHarness(); // no site granted: only the toolbar button's activeTab
});

function injectAs(sendScan: boolean) {
  return vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async () => {
    // What the injected content script does: send page/scan, then resolve main().
    if (sendScan) {
      const reply = await h.send({ type: 'page/scan', payload: { url: URL_A, title: 'Leak', text, links: [] } }, contentSender(5, URL_A));
      expect(reply).toMatchObject({ ok: true, value: { watch: false } });
    }
    return [{ frameId: 0, documentId: 'd', result: { kind: 'scanned' } }] as never;
  });
}

async function tabGet(rescan?: boolean): Promise<TabGetReply> {
  const reply = await h.send({ type: 'tab/get', payload: { tabId: 5, ...(rescan ? { rescan } : {}) } }, popup);
  expect(reply.ok, reply.error).toBe(true);
  return reply.value as TabGetReply;
}

describe('tab/get: the one-click lookup', () => {
  it('injects the content script into the tab, which scans the page; the result is returned and badged', async () => {
    const exec = injectAs(true);
    const result = await tabGet();
    expect(exec).toHaveBeenCalledWith({ target: { tabId: 5 }, files: [SCRIPT_FILE] });
    expect(result).toMatchObject({ tabId: 5, url: URL_A, status: 'ok' });
    expect('events' in result && result.events.map((e) => e.id)).toEqual(['call-leak']);
    expect(await badge(5)).toBe('1');
  });

  it('answers from the stored result the second time, and rescans only when asked', async () => {
    const exec = injectAs(true);
    await tabGet();
    await tabGet();
    expect(exec).toHaveBeenCalledTimes(1);
    await tabGet(true);
    expect(exec).toHaveBeenCalledTimes(2);
  });

  it('does not accept page/scan from that tab once the lookup is over (site not granted)', async () => {
    injectAs(true);
    await tabGet();
    const later = await h.send({ type: 'page/scan', payload: { url: URL_A, title: '', text: 'changed', links: [] } }, contentSender(5, URL_A));
    expect(later.value).toEqual({ events: [], watch: false, highlights: false });
    expect((await getTabResult(5))?.events).toHaveLength(1);
  });

  it.each([
    ['Cannot access a chrome:// URL', 'unsupported'],
    ['The extensions gallery cannot be scripted.', 'unsupported'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'off'],
    ['No tab with id: 5.', 'error'],
  ])('maps "%s" to %s', async (message, status) => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error(message));
    expect(await tabGet()).toMatchObject({ status, message });
  });

  it('reports a PDF or other non-HTML document as unsupported (the script says so)', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([
      { frameId: 0, documentId: 'd', result: { kind: 'unsupported', reason: 'Not a web page (application/pdf)' } },
    ] as never);
    expect(await tabGet()).toEqual({ status: 'unsupported', message: 'Not a web page (application/pdf)' });
  });

  it('treats a missing or malformed script result as unsupported', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, documentId: 'd', result: 'page said hi' }] as never);
    expect(await tabGet()).toMatchObject({ status: 'unsupported' });
  });
});
