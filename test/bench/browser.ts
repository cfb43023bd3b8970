/**
 * `npm run bench:browser [-- --json] [-- --runs N] [-- --pages]`: the extension's cost in the real browser
 * (Debian's Chromium), as measured figures, never a pass/fail:
 *   content script   10 KB article, 1 MB page, 5 MB page (test/fixtures/huge-page.ts), each loaded
 *                    RUNS times in a new tab with the extension and in a browser without it, traced
 *                    (harness/main-thread-trace.ts) from navigation to 5 s after the load event:
 *                    content_script_cpu_ms  CPU time of the extension's scripts on the page's main
 *                                           thread: their injection (creating the content
 *                                           script's world, compiling, running), the dispatch of
 *                                           their callbacks, and the promise continuations they run
 *                                           (microtask checkpoints: these pages run no script of
 *                                           their own, so every checkpoint is the extension's; the
 *                                           same pages without it are checked to have none);
 *                                           _wall_ms: its script events and the checkpoints in
 *                                           their tasks, wall time
 *                    added_main_thread_cpu_ms  the main thread's CPU time with minus without
 *                                           (medians of each; noisier: page work varies too)
 *                    longest_task_ms        the longest task (wall) in which its scripts ran, and
 *                                           _cpu the most CPU its scripts used in one task
 *   CPU time is what a figure means on a machine shared with other jobs: wall time there includes
 *   waiting for a core.
 *   click to answer  with a 10k-event index: from opening the tab's popup (what a click on the
 *                    toolbar button opens) to the popup showing the tab's events (its own
 *                    data-rendered-ms mark, see bench/popup.ts), warm and right after the worker
 *                    was stopped
 *   worker memory    the service worker's JS heap (DevTools Runtime.getHeapUsage, after a
 *                    garbage collection) with 10k and 100k events installed, right after it
 *                    matched the tab's page again (so the index is loaded)
 *   bundle sizes     gzip of the content script, the highlighter it loads when a page has highlights
 *                    to show (entrypoints/highlighter), the worker and the popup's scripts
 * `--pages`: only the bundle sizes and the content script's figures (a few minutes, no bench build).
 * Medians over the runs. The page figures use the e2e build (`npm run build:e2e` first;
 * production-compiled code); click to answer and memory a bench build (`wxt build --mode bench`,
 * built here as bench:popup does: the popup marks its frames only there), with the generated
 * indexes swapped in (harness/index-build.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { currentWorker } from '../e2e/harness/cdp-worlds';
import { badgeText, send, stopServiceWorker, tabIdOf, uniqueUrl } from '../e2e/harness/extension';
import { buildWithIndex } from '../e2e/harness/index-build';
import { extensionArgs } from '../e2e/harness/launch';
import { traceMainThread, type MainThreadTask, type MainThreadTrace } from '../e2e/harness/main-thread-trace';
import { CHROME_E2E_BUILD, CHROME_PROD_BUILD, CHROMIUM } from '../e2e/harness/paths';
import { startSession, type Session } from '../e2e/harness/session';
import { waitFor } from '../e2e/harness/wait';
import { hugePage } from '../fixtures/huge-page';
import { generateIndex } from './generate';
import { article, build, median, openAndTime, serve, toolbarPopup } from './popup';

const SETTLE_MS = 5_000;
const args = process.argv.slice(2);
let runs = 5;
let json = false;
let pagesOnly = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--json') json = true;
  else if (a === '--pages') pagesOnly = true;
  else if (a === '--runs' && /^[1-9]\d?$/.test(args[i + 1] ?? '')) runs = Number(args[++i]);
  else fail(`unknown argument ${a ?? ''} (use --json, --pages, --runs N with N from 1 to 99)`);
}

function fail(message: string): never {
  console.error(`bench:browser: ${message}`);
  process.exit(1);
}

if (!existsSync(join(CHROME_E2E_BUILD, 'manifest.json'))) fail(`no e2e build at ${CHROME_E2E_BUILD}: run \`npm run build:e2e\` first`);
if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} is missing: run \`sh test/tools/ensure-browsers.sh\``);

const report = (name: string, value: number, unit: string): void => {
  const r = { name, value: Math.round(value * 100) / 100, unit };
  if (json) console.log(JSON.stringify(r));
  else console.log(`${name.padEnd(44)} ${String(r.value).padStart(10)} ${unit}`);
};
const log = (line: string): void => {
  if (!json) console.log(line);
};

/** Gzip sizes of the content script, the worker and the popup's scripts (entry and its chunks). */
function bundleSizes(): void {
  // The production build when it is at least as new as the e2e build, which is always there; a stale
  // production build (from before the code changed) would report old sizes.
  const built = (dir: string) => (existsSync(join(dir, 'manifest.json')) ? statSync(join(dir, 'manifest.json')).mtimeMs : -1);
  const dir = built(CHROME_PROD_BUILD) >= built(CHROME_E2E_BUILD) ? CHROME_PROD_BUILD : CHROME_E2E_BUILD;
  log(`bundle sizes from ${dir}`);
  const gz = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
  report('bundle_content_script_gzip_kb', gz('scan.js') / 1024, 'KB');
  report('bundle_highlighter_gzip_kb', gz('highlighter.js') / 1024, 'KB');
  report('bundle_worker_gzip_kb', gz('background.js') / 1024, 'KB');
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  report('bundle_popup_gzip_kb', scripts.reduce((sum, f) => sum + gz(f), 0) / 1024, 'KB');
}

interface PageCase {
  label: string;
  html: string;
}

async function servePages(pages: PageCase[]): Promise<{ url(label: string): string; close(): Promise<void> }> {
  const byPath = new Map(pages.map((p) => [`/${p.label}.html`, p.html]));
  const server = createServer((req, res) => {
    const html = byPath.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!html) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (label) => `${origin}/${label}.html`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Loads the page in a new tab inside a trace, until SETTLE_MS after its load event. */
async function tracedLoad(target: { context: import('playwright-core').BrowserContext; extensionId: string }, url: string): Promise<MainThreadTrace> {
  const page = await target.context.newPage();
  try {
    const unique = uniqueUrl(url);
    return await traceMainThread(target, page, url, async () => {
      await page.goto(unique, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForTimeout(SETTLE_MS);
    });
  } finally {
    await page.close();
  }
}

async function contentScriptCost(): Promise<void> {
  const pages: PageCase[] = [
    { label: 'article-10kb', html: hugePage({ textChars: 10_000, elements: 120 }).html },
    { label: 'page-1mb', html: hugePage({ textChars: 1_000_000, elements: 12_000 }).html },
    { label: 'page-5mb', html: hugePage().html },
  ];
  const server = await servePages(pages);
  const without: Record<string, MainThreadTrace[]> = {};
  const withExt: Record<string, MainThreadTrace[]> = {};
  try {
    const plain = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1100, height: 800 },
      args: extensionArgs(CHROME_E2E_BUILD).filter((a) => !a.includes('extension')),
    });
    try {
      for (const p of pages) {
        without[p.label] = [];
        for (let i = 0; i < runs; i++) without[p.label]!.push(await tracedLoad({ context: plain, extensionId: 'none' }, server.url(p.label)));
      }
    } finally {
      await plain.close();
    }
    const s = await startSession();
    try {
      for (const p of pages) {
        withExt[p.label] = [];
        for (let i = 0; i < runs; i++) withExt[p.label]!.push(await tracedLoad(s.browser, server.url(p.label)));
      }
    } finally {
      await s.close();
    }
  } finally {
    await server.close();
  }
  for (const p of pages) {
    const w = withExt[p.label]!;
    const o = without[p.label]!;
    // These pages run no script: every microtask checkpoint runs the extension's continuations
    // (harness/main-thread-trace.ts counts those it can tie to its callbacks; the others, such as
    // the continuation of a message's reply, only here). Without the extension there are none.
    const pageOwn = median(o.map((t) => t.otherMicrotaskCpuMs));
    if (pageOwn > 0.05) log(`note: without the extension ${p.label} ran ${pageOwn.toFixed(2)} ms of microtasks`);
    const ours = (t: MainThreadTask): number => t.extensionCpuMs + t.otherMicrotaskCpuMs;
    const ran = w.map((t) => t.tasks.filter((x) => x.extensionMs > 0 || x.otherMicrotaskCpuMs > 0));
    report(`content_script_cpu_ms_${p.label}`, median(w.map((t) => t.extensionCpuMs + t.otherMicrotaskCpuMs)), 'ms');
    report(`content_script_wall_ms_${p.label}`, median(w.map((t) => t.extensionMs)), 'ms');
    report(`added_main_thread_cpu_ms_${p.label}`, median(w.map((t) => t.busyCpuMs)) - median(o.map((t) => t.busyCpuMs)), 'ms');
    report(`longest_task_ms_${p.label}`, median(ran.map((ts) => Math.max(0, ...ts.map((x) => x.duration)))), 'ms');
    report(`longest_task_extension_cpu_ms_${p.label}`, median(ran.map((ts) => Math.max(0, ...ts.map(ours)))), 'ms');
    if (w.some((t) => t.extensionMs === 0)) log(`note: on ${p.label} some runs saw no extension script at all`);
  }
}

/** Opens an article of the index's events in a session of that index, until its badge shows. */
async function sessionWithIndex(benchBuild: string, events: number): Promise<{ s: Session; tabId: number; close(): Promise<void>; installMs: number }> {
  const doc = generateIndex(events);
  const indexBuild = buildWithIndex(doc, benchBuild);
  const { html } = article(doc);
  const server = await serve(html);
  const s = await startSession({ extensionDir: indexBuild.dir });
  const tab = await s.browser.context.newPage();
  const started = Date.now();
  await tab.goto(uniqueUrl(server.url));
  const tabId = await tabIdOf(s.browser, tab);
  await waitFor(() => badgeText(s.browser, tabId), (b) => Number(b) > 0, { what: `a badge with ${events} events`, timeout: 180_000, interval: 500 });
  const installMs = Date.now() - started;
  return {
    s,
    tabId,
    installMs,
    close: async () => {
      await s.close();
      await server.close();
      indexBuild.remove();
    },
  };
}

/** The worker's JS heap after a GC, once it has matched the tab's page again (the index loaded). */
async function workerHeapMb(s: Session, tabId: number): Promise<number> {
  await send(s.control, 'tab/get', { tabId, rescan: true });
  const worker = await currentWorker(s.browser);
  try {
    await worker.call('HeapProfiler.enable');
    await worker.call('HeapProfiler.collectGarbage');
    const { usedSize } = (await worker.call('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 1024 / 1024;
  } finally {
    await worker.detach();
  }
}

async function clickToAnswer(benchBuild: string): Promise<void> {
  const run = await sessionWithIndex(benchBuild, 10_000);
  try {
    report('index_install_to_badge_ms_10k', run.installMs, 'ms');
    const popup = await toolbarPopup(run.s, run.tabId);
    const warm: number[] = [];
    const cold: number[] = [];
    for (let i = 0; i < runs * 2; i++) warm.push((await openAndTime(run.s, popup)).renderMs);
    for (let i = 0; i < runs * 2; i++) {
      await stopServiceWorker(run.s.browser);
      cold.push((await openAndTime(run.s, popup)).renderMs);
    }
    report('click_to_answer_warm_ms_10k', median(warm), 'ms');
    report('click_to_answer_cold_ms_10k', median(cold), 'ms');
    report('worker_heap_mb_10k', await workerHeapMb(run.s, run.tabId), 'MB');
  } finally {
    await run.close();
  }
}

async function memory100k(benchBuild: string): Promise<void> {
  const run = await sessionWithIndex(benchBuild, 100_000);
  try {
    report('index_install_to_badge_ms_100k', run.installMs, 'ms');
    report('worker_heap_mb_100k', await workerHeapMb(run.s, run.tabId), 'MB');
  } finally {
    await run.close();
  }
}

async function main(): Promise<void> {
  log(`bench:browser: ${runs} runs per figure; Chromium ${CHROMIUM}`);
  bundleSizes();
  await contentScriptCost();
  if (pagesOnly) return;
  const benchBuild = build('browser');
  await clickToAnswer(benchBuild);
  await memory100k(benchBuild);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.stack ?? error.message : String(error)));
