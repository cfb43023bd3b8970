// The content script reads pages in short slices, giving the page the main thread back in
// between (extractPageAsync); the CLI and tests read them at once (extractPage). Same results.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPage, extractPageAsync } from '../../../lib/extract/extract-page';
import { DEFAULT_SLICE_MS } from '../../../lib/steps/run-in-slices';
import { NODES_PER_STEP } from '../../../lib/extract/walk-tree';
import { workClock } from './work-clock';
import { hugePage } from '../../fixtures/huge-page';

const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');
const BASE = 'https://news.example.com/world/2025/11/26/story.html';

// Parsing only: no script runs, no stylesheet or image loads (and nothing logs about it).
const window = new Window({
  settings: {
    enableJavaScriptEvaluation: false,
    disableJavaScriptFileLoading: true,
    enableCSSFileLoading: false,
    enableImageFileLoading: false,
    enableIframePageLoading: false,
    handleDisabledFileLoadingAsSuccess: true,
  },
});
afterAll(() => window.happyDOM.close());

function parse(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** A yield that lets the page's own timers run (a macrotask), counting how often it was asked. */
function countingYield(): { yieldToPage: () => Promise<void>; count: () => number } {
  let n = 0;
  return {
    yieldToPage: () => {
      n++;
      return new Promise((resolve) => setTimeout(resolve, 0));
    },
    count: () => n,
  };
}

const huge = hugePage();
let hugeDoc: Document | undefined;
/** Parsed once (seconds in happy-dom); extraction only reads it. */
const hugeDocument = (): Document => (hugeDoc ??= parse(huge.html));

describe('extractPageAsync', () => {
  it('gives the same result as extractPage on every test page, pausing at every possible point', async () => {
    const files = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const doc = parse(readFileSync(join(PAGES_DIR, file), 'utf8'));
      const sync = extractPage(doc, { baseUrl: BASE });
      // sliceMs 0: yields at every pause point, the most a resumed walk can be split.
      const sliced = await extractPageAsync(doc, { baseUrl: BASE }, () => Promise.resolve(), { sliceMs: 0 });
      expect(sliced, file).toEqual(sync);
      expect(sync.text.length, file).toBeGreaterThan(200);
    }
  });

  it('gives the same result on a generated 5 MB page, pausing at least once every NODES_PER_STEP elements', async () => {
    expect(huge.textChars).toBeGreaterThan(4_500_000);
    const doc = hugeDocument();
    const sync = extractPage(doc, { baseUrl: BASE });
    const y = countingYield();
    const sliced = await extractPageAsync(doc, { baseUrl: BASE }, y.yieldToPage, { sliceMs: 0 });
    expect(sliced).toEqual(sync);
    expect(sliced.text).toMatch(/^Envoy coached Kremlin aide, leaked call shows\n\nSteve Witkoff/);
    expect(sliced.truncated).toBe(true);
    // Every element is surveyed (entered and left): at least one pause per NODES_PER_STEP of them.
    expect(y.count()).toBeGreaterThanOrEqual(huge.elements / NODES_PER_STEP);
  }, 60_000);

  it('with the default slices, no slice of a huge page\'s read runs over its time budget', async () => {
    const doc = hugeDocument();
    // Each walk step costs the clock 0.01 ms: one 8 ms slice holds about 800 of them, a few pause points.
    const clock = workClock(doc, 0.01);
    try {
      const page = await extractPageAsync(doc, { baseUrl: BASE, maxChars: 200_000 }, async () => clock.mark());
      expect(page.text.length).toBeGreaterThan(199_000);
    } finally {
      clock.restore();
    }
    const slices = clock.slices();
    // The clock is read only at pause points, so a slice may overrun by the steps up to the next one.
    const pauseEvery = NODES_PER_STEP * 0.01;
    for (const ms of slices) expect(ms).toBeLessThan(DEFAULT_SLICE_MS + pauseEvery);
    // And none ends early: a yield before the budget is used would only slow the read down.
    for (const ms of slices.slice(0, -1)) expect(ms).toBeGreaterThanOrEqual(DEFAULT_SLICE_MS);
  }, 60_000);

  it('stops at the next pause once aborted, and rejects with the abort reason', async () => {
    const doc = hugeDocument();
    const controller = new AbortController();
    let yieldsAfterAbort = 0;
    let calls = 0;
    const yieldToPage = async (): Promise<void> => {
      if (controller.signal.aborted) yieldsAfterAbort++;
      if (++calls === 5) controller.abort(new Error('navigated'));
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    await expect(
      extractPageAsync(doc, { baseUrl: BASE }, yieldToPage, { sliceMs: 0, signal: controller.signal }),
    ).rejects.toThrow('navigated');
    expect(calls).toBe(5);
    expect(yieldsAfterAbort).toBe(0);
  });

  it('does not start on an already aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    let calls = 0;
    const pending = extractPageAsync(parse('<article><p>text</p></article>'), {}, async () => void calls++, { signal: controller.signal });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toBe(0);
  });

  it('finishes, bounded, when the page rewrites the DOM between slices', async () => {
    const doc = parse(hugePage({ elements: 20_000, textChars: 1_000_000 }).html);
    let calls = 0;
    const yieldToPage = async (): Promise<void> => {
      calls++;
      const article = doc.querySelector('article');
      // The page removes sections, inserts new paragraphs at the top, and replaces the body's children.
      if (calls % 3 === 0) article?.querySelector('section')?.remove();
      if (calls % 5 === 0) article?.insertAdjacentHTML('afterbegin', '<p>Breaking: more text arrives</p>');
      if (calls === 60) doc.body.replaceChildren(doc.createElement('main'));
    };
    const page = await extractPageAsync(doc, { baseUrl: BASE, maxChars: 200_000 }, yieldToPage, { sliceMs: 0 });
    expect(calls).toBeGreaterThan(60);
    expect(page.text.length).toBeLessThanOrEqual(200_000);
    expect(page.text).toContain('Steve Witkoff');
  }, 60_000);
});
