/**
 * `npm run bench:popup [-- --json]`: how long the popup takes from opening to showing the tab's
 * events, with a generated 10k-event index and with the bundled index, in Debian's Chromium.
 * Not part of `npm run bench` (that one needs only Node); this one needs /usr/bin/chromium.
 *
 * Each index gets its own build (`wxt build --mode bench`: host access granted up front, code
 * compiled as for production; BACKSTORY_INDEX_FILE swaps the shipped default-index.json), copied
 * to out/bench/ext-<label>. An article mentioning a few of the index's events is served on
 * 127.0.0.1; once its badge shows a count, the tab's toolbar popup (popup.html?tabId=N, as the
 * background sets it: chrome.action.getPopup) is opened RUNS times in a tab, a fresh page each
 * time, and timed:
 *   render  the popup's own mark (data-rendered-ms on <html>): performance.now(), i.e. from the
 *           popup's navigation start, once the frame showing the tab's answer has been drawn
 *           (an animation frame callback, then a timeout: components/bench/frame-marks.ts, in this
 *           bench build only). That frame has the header, the count and the first cards, those the
 *           popup shows before scrolling
 *   complete  the same once every card has been drawn (the cards below the fold come a frame later)
 *   cold    render again, with the service worker stopped before each open (Chrome stops it after
 *           ~30 s idle, so this is the usual case)
 *   floor   an empty extension page (one tiny script, marked the same way: its first frame), added
 *           to the bench's copy of the build only: what any extension page costs on this machine.
 *           Opened right after each popup, so both see the same machine load (other processes
 *           come and go on a small machine); "over floor" is the median of those paired
 *           differences: the popup's own share, the number least disturbed by that load.
 * plus the popup's navigation timing (HTML parsed, scripts run with the first render, first paint).
 * Both pages are watched the same way while they load: a tiny page.evaluate every 100 ms for the
 * mark (a Playwright locator would run Playwright's injected script inside the popup while it
 * loads, work a reader's browser does not do); the cards are checked once the mark is set.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { IndexDocument } from '../../lib/index-format/types';
import { compileIndex, matchPage } from '../../lib/matcher/index';
import { badgeText, POPUP_VIEWPORT, stopServiceWorker, tabIdOf, uniqueUrl } from '../e2e/harness/extension';
import { ROOT } from '../e2e/harness/paths';
import { startSession, type Session } from '../e2e/harness/session';
import { waitFor } from '../e2e/harness/wait';
import { generateIndex, generateText, mentionEvent } from './generate';

const RUNS = 15;
/** Events the article mentions (a news page names a few; the popup renders one card each). */
const MENTIONED = 5;
const OUT = join(ROOT, 'out/bench');
const TARGET_MS = 100;

// Run as a script (npm run bench:popup), or imported for its pieces (test/bench/browser.ts).
const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
const args = isMain ? process.argv.slice(2) : [];
for (const a of args) if (a !== '--json') fail(`unknown argument ${a} (use --json)`);
// Imported by bench/browser.ts: its --json decides (this file's log lines would break JSON lines).
const json = process.argv.slice(2).includes('--json');

function fail(message: string): never {
  console.error(`bench:popup: ${message}`);
  process.exit(1);
}

interface Result { name: string; value: number; unit: string }
const report = (name: string, value: number, unit: string): void => {
  const r: Result = { name, value: Math.round(value * 1000) / 1000, unit };
  if (json) console.log(JSON.stringify(r));
};
const log = (line: string): void => {
  if (!json) console.log(line);
};

// Same estimators as run.ts: upper median; p90 by nearest rank.
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
export const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
export const p90 = (xs: number[]) => sorted(xs)[Math.ceil(xs.length * 0.9) - 1]!;

/** `wxt build --mode bench` (optionally with another index), copied to out/bench/ext-<label>. */
export function build(label: string, indexFile?: string): string {
  // WXT sets NODE_ENV to the mode when unset, and any NODE_ENV but production compiles JSX for
  // development (file names and line numbers in every element): measure the production code.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  if (indexFile) env.BACKSTORY_INDEX_FILE = indexFile;
  else delete env.BACKSTORY_INDEX_FILE;
  log(`building ${label} (wxt build --mode bench${indexFile ? `, BACKSTORY_INDEX_FILE=${indexFile}` : ''})...`);
  const run = spawnSync('npx', ['wxt', 'build', '--mode', 'bench'], { cwd: ROOT, env, encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    fail(`the build for ${label} failed (exit ${run.status ?? String(run.error)}):\n${run.stdout ?? ''}${run.stderr ?? ''}`);
  }
  const dest = join(OUT, `ext-${label}`);
  rmSync(dest, { recursive: true, force: true });
  cpSync(join(ROOT, '.output/chrome-mv3-bench'), dest, { recursive: true });
  const shipped = readFileSync(join(dest, 'default-index.json'), 'utf8');
  const expected = readFileSync(indexFile ?? join(ROOT, 'public/default-index.json'), 'utf8');
  if (shipped !== expected) fail(`the ${label} build does not ship the expected default-index.json`);
  writeFileSync(join(dest, 'bench-floor.html'), FLOOR_HTML);
  writeFileSync(join(dest, 'bench-floor.js'), FLOOR_JS);
  return dest;
}

/** The empty page for the floor; its script marks the way the popup does (next frame). */
const FLOOR_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body><p>floor</p><script type="module" src="/bench-floor.js"></script></body></html>\n';
const FLOOR_JS = 'requestAnimationFrame(() => setTimeout(() => { document.documentElement.dataset.renderedMs = String(Math.round(performance.now())); }));\n';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * About 20 KB of generated news text with paragraphs mentioning MENTIONED events spread through
 * it. Returns the HTML and the ids the engine finds in its text (checked here, in Node).
 */
export function article(doc: IndexDocument): { html: string; expected: string[] } {
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const filler = generateText(doc, 20_000).split('\n\n');
  const step = Math.max(1, Math.floor(doc.events.length / MENTIONED));
  const chosen = Array.from({ length: MENTIONED }, (_, i) => doc.events[i * step]!).filter(Boolean);
  const paragraphs = [...filler];
  chosen.forEach((ev, i) => paragraphs.splice(Math.floor(((i + 0.5) * paragraphs.length) / chosen.length), 0, mentionEvent(ev, entities)));
  const text = paragraphs.join('\n\n');
  const expected = matchPage(compileIndex(doc), { text }).map((m) => m.id);
  if (expected.length === 0) fail(`the generated article mentions no event of "${doc.title}"`);
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Backstory popup benchmark</title></head>
<body><main><article><h1>Popup benchmark article</h1>
${body}
</article></main></body></html>`;
  return { html, expected };
}

export async function serve(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/article.html`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export interface Sample {
  /** The page's own mark: navigation start to the tab's events rendered (floor: to its first frame). */
  renderMs: number;
  /** The same, every card drawn (floor: its first frame). */
  completeMs: number;
  events: number;
  /** Navigation timing: HTML parsed (domInteractive), scripts run (DOMContentLoaded), first paint. */
  parsedMs: number;
  scriptsMs: number;
  firstPaintMs: number;
}

export async function openAndTime(s: Session, path: string, screenshot?: string): Promise<Sample> {
  const page: Page = await s.browser.context.newPage();
  const popup = path.startsWith('popup.html');
  try {
    await page.setViewportSize(POPUP_VIEWPORT);
    await page.goto(`chrome-extension://${s.browser.extensionId}/${path}`, { waitUntil: 'commit' });
    const mark = await waitFor(
      () => page.evaluate(() => document.documentElement.dataset.renderedMs ?? ''),
      (v) => v !== '',
      { what: `${path} to mark data-rendered-ms`, timeout: 10_000 },
    );
    const complete = popup
      ? await waitFor(
          () => page.evaluate(() => document.documentElement.dataset.completeMs ?? ''),
          (v) => v !== '',
          { what: `${path} to mark data-complete-ms`, timeout: 10_000 },
        )
      : mark;
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const paint = performance.getEntriesByName('first-paint')[0];
      return { parsedMs: nav?.domInteractive ?? NaN, scriptsMs: nav?.domContentLoadedEventStart ?? NaN, firstPaintMs: paint?.startTime ?? NaN };
    });
    const events = popup ? await page.locator('[data-testid="event"]').count() : 0;
    if (popup && events > 0 && !(await page.locator('[data-testid="event"]').first().isVisible())) {
      throw new Error(`${path} marked itself rendered, but its first event card is not visible`);
    }
    if (screenshot) await page.screenshot({ path: screenshot });
    return { renderMs: Number(mark), completeMs: Number(complete), events, ...timing };
  } finally {
    await page.close();
  }
}

/**
 * The page the toolbar button would open for the tab (headless Chromium cannot click it): the
 * background points a tab's popup at popup.html?tabId=N once it has a result for it.
 */
export async function toolbarPopup(s: Session, tabId: number): Promise<string> {
  const url = String(await s.control.evaluate(`chrome.action.getPopup({ tabId: ${tabId} })`));
  const path = url.replace(/^chrome-extension:\/\/[^/]+\//, '');
  if (path !== `popup.html?tabId=${tabId}`) fail(`the toolbar popup of tab ${tabId} is ${url}, expected popup.html?tabId=${tabId}`);
  return path;
}

interface VariantResult {
  label: string;
  warm: Sample[];
  cold: Sample[];
  floor: Sample[];
}

async function measure(label: string, extensionDir: string, doc: IndexDocument, screenshot?: string): Promise<VariantResult> {
  const { html, expected } = article(doc);
  writeFileSync(join(OUT, `article-${label}.html`), html); // to look at, or to open by hand
  const server = await serve(html);
  let session: Session | undefined;
  try {
    session = await startSession({ extensionDir });
    const tab = await session.browser.context.newPage();
    await tab.goto(uniqueUrl(server.url));
    const tabId = await tabIdOf(session.browser, tab);
    // The first scan installs the index (validate + compile + store), which takes a while for 10k.
    const badge = await waitFor(() => badgeText(session!.browser, tabId), (b) => Number(b) > 0, {
      what: `a badge on the ${label} article`,
      timeout: 60_000,
    });
    log(`${label}: badge "${badge}" (the engine in Node finds ${expected.length}: ${expected.join(', ')})`);
    const popup = await toolbarPopup(session, tabId);
    const warm: Sample[] = [];
    const floor: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      warm.push(await openAndTime(session, popup, i === 0 ? screenshot : undefined));
      floor.push(await openAndTime(session, 'bench-floor.html'));
    }
    const cold: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      await stopServiceWorker(session.browser);
      cold.push(await openAndTime(session, popup));
    }
    if (warm.some((x) => x.events === 0)) throw new Error(`the ${label} popup showed no event`);
    return { label, warm, cold, floor };
  } finally {
    await session?.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const doc10k = generateIndex(10_000);
  const indexFile = join(OUT, 'index-10k.json');
  writeFileSync(indexFile, JSON.stringify(doc10k));
  const defaultDoc = JSON.parse(readFileSync(join(ROOT, 'public/default-index.json'), 'utf8')) as IndexDocument;

  const defaultDir = build('default');
  const tenKDir = build('10k', indexFile);

  const results = [
    await measure('10k', tenKDir, doc10k, join(OUT, 'popup-10k.png')),
    await measure('default', defaultDir, defaultDoc),
  ];

  const table: string[] = [];
  for (const r of results) {
    const series: [string, string, number[]][] = [
      ['render (popup mark)', 'popup_render_ms', r.warm.map((x) => x.renderMs)],
      ['complete (every card drawn)', 'popup_complete_ms', r.warm.map((x) => x.completeMs)],
      ['render, worker stopped', 'popup_render_cold_ms', r.cold.map((x) => x.renderMs)],
      ['  of which: HTML parsed', 'popup_html_parsed_ms', r.warm.map((x) => x.parsedMs)],
      ['  scripts run, 1st render', 'popup_scripts_run_ms', r.warm.map((x) => x.scriptsMs)],
      ['  first paint', 'popup_first_paint_ms', r.warm.map((x) => x.firstPaintMs)],
      ['floor: empty extension page', 'extension_page_floor_ms', r.floor.map((x) => x.renderMs)],
      ['render over floor (paired)', 'popup_over_floor_ms', r.warm.map((x, i) => x.renderMs - (r.floor[i]?.renderMs ?? NaN))],
    ];
    for (const [title, name, all] of series) {
      const xs = all.filter((x) => Number.isFinite(x));
      if (xs.length === 0) continue;
      report(`${name}_${r.label}_median`, median(xs), 'ms');
      report(`${name}_${r.label}_p90`, p90(xs), 'ms');
      table.push(
        `${r.label.padEnd(9)}${title.padEnd(30)}${String(Math.round(median(xs))).padStart(6)} ${String(Math.round(p90(xs))).padStart(6)}  ${xs.map((x) => Math.round(x)).join(' ')}`,
      );
    }
    report(`popup_events_shown_${r.label}`, r.warm[0]!.events, 'events');
    table.push(`${r.label.padEnd(9)}${'events shown'.padEnd(30)}${String(r.warm[0]!.events).padStart(6)}`);
  }
  if (!json) {
    console.log(`\n${'index'.padEnd(9)}${'series (ms from navigation)'.padEnd(30)}${'median'.padStart(6)} ${'p90'.padStart(6)}  runs`);
    for (const line of table) console.log(line);
    const tenK = results[0]!;
    console.log(
      `\ntarget: the popup opens and renders in < ${TARGET_MS} ms with a 10k-event index ` +
        `(got median ${median(tenK.warm.map((x) => x.renderMs))} ms, worker stopped ${median(tenK.cold.map((x) => x.renderMs))} ms; ` +
        `an empty extension page takes ${median(tenK.floor.map((x) => x.renderMs))} ms on this machine, ` +
        `the popup ${median(tenK.warm.map((x, i) => x.renderMs - tenK.floor[i]!.renderMs))} ms more)`,
    );
    console.log(`screenshot: ${join(OUT, 'popup-10k.png')}`);
  }
}

if (isMain) main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
