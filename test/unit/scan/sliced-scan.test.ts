// @vitest-environment happy-dom
// The content script reads a page in short slices and gives the page the main thread back in
// between; navigating or stopping while it reads ends that read cleanly. The script's timers run on
// vitest's fake clock; how long a slice takes is measured on a clock moved by the work it does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { advanceUntil, advanceUntilSettled } from './advance-until';
import { useFakeBackground } from './fake-background';
import * as extract from '@/lib/extract/extract-page';
import { PAGE_TEXT_CAP } from '@/lib/messaging/validate';
import { NODES_PER_STEP } from '@/lib/extract/walk-tree';
import { workClock } from '../extract/work-clock';
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
  vi.useFakeTimers();
  observe = undefined;
});

afterEach(() => {
  vi.useRealTimers();
});

/** Moves the fake clock on by `ms`, running every timer that falls due. */
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

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
  it('reads it in slices, none over the script\'s 8 ms budget, and sends the whole text', async () => {
    document.body.innerHTML = body(3_000);
    // Each walk step costs the clock 0.01 ms: one 8 ms slice holds about 800 of them.
    const clock = workClock(document, 0.01);
    observe = (doc, opts, yieldToPage, slicing) => {
      clock.mark(); // the read starts now: what came before it is not a slice of it
      return realExtractPageAsync(doc, opts, () => (clock.mark(), yieldToPage()), slicing);
    };
    try {
      await expect(advanceUntilSettled(bg.start())).resolves.toEqual({ kind: 'scanned' });
    } finally {
      clock.restore();
    }
    // The first entry is the time before the read; the clock is read only at pause points, so a
    // slice may overrun its budget by the steps up to the next one.
    const slices = clock.slices().slice(1);
    expect(slices.length).toBeGreaterThan(1);
    for (const ms of slices) expect(ms).toBeLessThan(8 + NODES_PER_STEP * 0.01);
    // And none ends early: a yield before the budget is used would only slow the read down.
    for (const ms of slices.slice(0, -1)) expect(ms).toBeGreaterThanOrEqual(8);
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
    await advanceUntil(() => calls.length === 1); // the read has begun
    expect(calls).toHaveLength(1);
    history.pushState({}, '', '/moved-during-read');
    // The script notices the URL change (a 1 s poll here: happy-dom has no Navigation API).
    await wait(1_300);
    release();
    await expect(advanceUntilSettled(outcome)).resolves.toEqual({ kind: 'scanned' });
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
    await advanceUntil(() => calls.length === 1);
    // The page inserts its article in the middle of the read, before anything observes it.
    document.querySelector('article')!.insertAdjacentHTML('beforeend', body(20));
    release();
    await expect(advanceUntilSettled(outcome)).resolves.toEqual({ kind: 'scanned' });
    observe = undefined;
    await advanceUntil(() => bg.scans.length === 2);
    const last = bg.scans[1]!.payload as { text: string };
    expect(last.text.length).toBeGreaterThan(5_000);
  });

  it('when the extension is reloaded during the read (runtime.id gone), stops reading and sends nothing', async () => {
    document.body.innerHTML = body(200);
    const { release, calls } = gatedExtraction();
    const outcome = bg.start();
    await advanceUntil(() => calls.length === 1); // the read has begun
    // What Chrome does to a content script whose extension was reloaded, updated or removed.
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    try {
      release();
      await expect(advanceUntilSettled(outcome)).resolves.toEqual({ kind: 'error', message: 'stopped' });
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
    await advanceUntil(() => calls.length === 1); // the read has begun
    bg.lifetimes[0]!.end();
    release();
    await expect(advanceUntilSettled(outcome)).resolves.toEqual({ kind: 'error', message: 'stopped' });
    expect(calls.map((c) => c.outcome)).toEqual(['aborted']);
    await wait(100);
    expect(bg.scans).toHaveLength(0);
  });

  it('when the background says stop during the read, stops reading and sends nothing', async () => {
    document.body.innerHTML = body(200);
    const { release, calls } = gatedExtraction();
    const outcome = bg.start();
    await advanceUntil(() => calls.length === 1); // the read has begun
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content/stop', payload: {} }, { id: fakeBrowser.runtime.id });
    release();
    await expect(advanceUntilSettled(outcome)).resolves.toEqual({ kind: 'error', message: 'stopped' });
    expect(calls.map((c) => c.outcome)).toEqual(['aborted']);
    expect(bg.scans).toHaveLength(0);
  });
});
