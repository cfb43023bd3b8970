// @vitest-environment happy-dom
// The content script reads a page in short slices and gives the page the main thread back in
// between; navigating or stopping while it reads ends that read cleanly.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useFakeBackground } from './fake-background';
import * as extract from '@/lib/extract/extract-page';
import { PAGE_TEXT_CAP } from '@/lib/messaging/validate';
import { hugePage } from '../../fixtures/huge-page';

// The real extraction, observed: each call goes through `observe` (set per test) first.
type ExtractAsync = typeof extract.extractPageAsync;
let observe: ExtractAsync | undefined;
vi.mock('@/lib/extract/extract-page', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/extract/extract-page')>();
  return {
    ...real,
    extractPageAsync: (...args: Parameters<ExtractAsync>) => (observe ?? real.extractPageAsync)(...args),
  };
});
const { extractPageAsync: realExtractPageAsync } =
  await vi.importActual<typeof import('@/lib/extract/extract-page')>('@/lib/extract/extract-page');

function body(paragraphs: number): string {
  const html = hugePage({ elements: paragraphs * 5.2, textChars: paragraphs * 400 }).html;
  return html.slice(html.indexOf('<body>') + 6, html.lastIndexOf('</body>'));
}

const bg = useFakeBackground(() => ({ events: [], watch: true, highlights: false }));

beforeEach(() => {
  observe = undefined;
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitUntil(done: () => boolean, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  while (!done()) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeout} ms`);
    await wait(20);
  }
}

/**
 * Extraction that pauses at its first yield until `release()` (and yields at every pause point,
 * so even a small page has one). Records each call's page URL and how it ended.
 */
function gatedExtraction() {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const calls: { baseUrl?: string; outcome?: 'done' | 'aborted' }[] = [];
  observe = (doc, opts, yieldToPage, slicing) => {
    const call: (typeof calls)[number] = { baseUrl: opts.baseUrl };
    calls.push(call);
    const gated = async (): Promise<void> => {
      await gate;
      await yieldToPage();
    };
    return realExtractPageAsync(doc, opts, gated, { ...slicing, sliceMs: 0 }).then(
      (page) => ((call.outcome = 'done'), page),
      (error: unknown) => {
        call.outcome = 'aborted';
        throw error;
      },
    );
  };
  return { release, calls };
}

describe('content script on a huge page', () => {
  it('reads it in slices: the page\'s own timers keep running meanwhile, and the whole text is sent', async () => {
    document.body.innerHTML = body(3_000);
    let ticks = 0;
    let ticking = true;
    const tick = (): void => {
      ticks++;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    let ticksDuringRead = -1;
    let yields = 0;
    observe = async (doc, opts, yieldToPage, slicing) => {
      const before = ticks;
      const page = await realExtractPageAsync(doc, opts, () => (yields++, yieldToPage()), slicing);
      ticksDuringRead = ticks - before;
      return page;
    };
    await expect(bg.start()).resolves.toEqual({ kind: 'scanned' });
    ticking = false;
    expect(yields).toBeGreaterThan(5);
    expect(ticksDuringRead).toBeGreaterThan(5);
    expect(bg.scans).toHaveLength(1);
    const expected = extract.extractPage(document, { baseUrl: location.href, maxChars: PAGE_TEXT_CAP });
    expect(expected.text.length).toBeGreaterThan(PAGE_TEXT_CAP - 1000);
    expect((bg.scans[0]!.payload as { text: string }).text).toBe(expected.text);
  }, 30_000);

  it('when the page navigates during the read, drops it and reads the new page instead', async () => {
    document.body.innerHTML = body(200);
    const oldUrl = location.href;
    const { release, calls } = gatedExtraction();
    const outcome = bg.start();
    await waitUntil(() => calls.length === 1, 5_000); // the read has begun
    expect(calls).toHaveLength(1);
    history.pushState({}, '', '/moved-during-read');
    // WXT notices the URL change (a 1 s poll here).
    await wait(1_300);
    release();
    await expect(outcome).resolves.toEqual({ kind: 'scanned' });
    expect(calls.map((c) => [c.baseUrl, c.outcome])).toEqual([
      [oldUrl, 'aborted'],
      [location.href, 'done'],
    ]);
    expect(bg.clears.map((c) => (c.payload as { url: string }).url)).toEqual([location.href]);
    expect(bg.scans.map((s) => (s.payload as { url: string }).url)).toEqual([location.href]);
  });

  it('text that arrives while the page is read (an SPA filling in its article) gets a rescan', async () => {
    document.body.innerHTML = '<main><article><p>Loading the story...</p></article></main>';
    const { release, calls } = gatedExtraction();
    const outcome = bg.start();
    await waitUntil(() => calls.length === 1, 5_000);
    // The page inserts its article in the middle of the read, before anything observes it.
    document.querySelector('article')!.insertAdjacentHTML('beforeend', body(20));
    release();
    await expect(outcome).resolves.toEqual({ kind: 'scanned' });
    observe = undefined;
    await waitUntil(() => bg.scans.length === 2, 6_000);
    const last = bg.scans[1]!.payload as { text: string };
    expect(last.text.length).toBeGreaterThan(5_000);
  });

  it('when the extension is reloaded during the read (runtime.id gone), stops reading and sends nothing', async () => {
    document.body.innerHTML = body(200);
    const { release, calls } = gatedExtraction();
    const outcome = bg.start();
    await waitUntil(() => calls.length === 1, 5_000); // the read has begun
    // What Chrome does to a content script whose extension was reloaded, updated or removed.
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    try {
      release();
      await expect(outcome).resolves.toEqual({ kind: 'error', message: 'stopped' });
    } finally {
      id.mockRestore();
    }
    expect(calls.map((c) => c.outcome)).toEqual(['aborted']);
    expect(bg.lifetimes[0]!.signal.aborted).toBe(true);
    await wait(100);
    expect(bg.scans).toHaveLength(0);
  });

  it('when this copy is stopped during the read, stops reading and sends nothing', async () => {
    document.body.innerHTML = body(200);
    const { release, calls } = gatedExtraction();
    const outcome = bg.start();
    await waitUntil(() => calls.length === 1, 5_000); // the read has begun
    bg.lifetimes[0]!.end();
    release();
    await expect(outcome).resolves.toEqual({ kind: 'error', message: 'stopped' });
    expect(calls.map((c) => c.outcome)).toEqual(['aborted']);
    await wait(100);
    expect(bg.scans).toHaveLength(0);
  });

  it('when the background says stop during the read, stops reading and sends nothing', async () => {
    document.body.innerHTML = body(200);
    const { release, calls } = gatedExtraction();
    const outcome = bg.start();
    await waitUntil(() => calls.length === 1, 5_000); // the read has begun
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content/stop', payload: {} }, { id: fakeBrowser.runtime.id });
    release();
    await expect(outcome).resolves.toEqual({ kind: 'error', message: 'stopped' });
    expect(calls.map((c) => c.outcome)).toEqual(['aborted']);
    expect(bg.scans).toHaveLength(0);
  });
});
