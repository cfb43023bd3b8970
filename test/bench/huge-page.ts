/**
 * `npm run bench:page [-- --json] [-- --runs N]`: does the content script block a huge page?
 * A measurement in Debian's Chromium, not a test: it prints numbers and never fails on them.
 *
 * Uses the existing e2e build (.output/chrome-mv3-e2e, or BACKSTORY_E2E_CHROME_DIR; run
 * `npm run build:e2e` first) and builds nothing. A generated page (test/fixtures/huge-page.ts: ~60k elements, ~5 MB of text, its first
 * paragraph about the leaked Witkoff–Ushakov call) is served on 127.0.0.1 and opened RUNS times,
 * each in a new tab. A PerformanceObserver({ type: 'longtask', buffered: true }) installed before
 * any page script (page.addInitScript) records long tasks; reported, as medians over the runs:
 *   longtasks_after_load  long tasks (> 50 ms by definition) overlapping the 5 s after the load event
 *   longest_longtask_ms   the longest of those
 *   time_to_badge_ms      navigation start to the toolbar badge showing a count
 *   load_to_badge_ms      load event to the badge (the content script starts at document_idle)
 * The same page in the same Chromium without the extension gives the page's own long tasks
 * (parsing, layout), reported as no_extension_*; the difference is the extension's.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { ChromeGlobal } from '../e2e/harness/chrome-api';
import { uniqueUrl } from '../e2e/harness/extension';
import { CHROME_E2E_BUILD, CHROMIUM } from '../e2e/harness/paths';
import { startSession } from '../e2e/harness/session';
import { hugePage } from '../fixtures/huge-page';

const WINDOW_MS = 5_000;
const BADGE_TIMEOUT_MS = 30_000;

const args = process.argv.slice(2);
let runs = 3;
let json = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--json') json = true;
  else if (a === '--runs' && /^[1-9]\d?$/.test(args[i + 1] ?? '')) runs = Number(args[++i]);
  else fail(`unknown argument ${a ?? ''} (use --json, --runs N with N from 1 to 99)`, 1);
}

function fail(message: string, code: number): never {
  console.error(`bench:page: ${message}`);
  process.exit(code);
}

// The harness loads BACKSTORY_E2E_CHROME_DIR instead when set (e.g. a copy of an older build).
const EXTENSION_DIR = process.env.BACKSTORY_E2E_CHROME_DIR ?? CHROME_E2E_BUILD;
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  fail(`no e2e build at ${EXTENSION_DIR}: run \`npm run build:e2e\` first`, 2);
}
if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} is missing: run \`sh test/tools/ensure-browsers.sh\``, 2);

const report = (name: string, value: number, unit: string): void => {
  const r = { name, value: Math.round(value * 10) / 10, unit };
  if (json) console.log(JSON.stringify(r));
  else console.log(`${name.padEnd(36)} ${String(r.value).padStart(10)} ${unit}`);
};
const log = (line: string): void => {
  if (!json) console.log(line);
};
/** Upper median of the finite values (NaN: a run without a badge). */
const median = (xs: number[]): number => {
  const ok = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return ok[Math.floor(ok.length / 2)] ?? NaN;
};

interface LongTask { start: number; duration: number }
interface PageRun {
  /** Long tasks overlapping [load event, load event + WINDOW_MS]. */
  tasks: LongTask[];
  /** All long tasks of the page, from navigation start (for the log). */
  all: LongTask[];
  /** Load event start, ms from navigation start. */
  load: number;
  /** Epoch ms of navigation start (performance.timeOrigin). */
  timeOrigin: number;
}

type Recorded = typeof globalThis & { __longTasks?: LongTask[] };

/** Runs in the page before its own scripts: collects every long task, including buffered ones. */
function recordLongTasks(): void {
  const g = globalThis as Recorded;
  g.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) g.__longTasks!.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No longtask support: the bench reports none, and says so below.
  }
}

/** Opens the page in a new tab, waits for load + WINDOW_MS, returns the long tasks in that window. */
async function loadAndWatch(context: BrowserContext, url: string): Promise<PageRun> {
  const page = await context.newPage();
  try {
    await page.addInitScript(recordLongTasks);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return await page.evaluate(async (windowMs) => {
      const g = globalThis as Recorded;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const loadStart = nav?.loadEventStart ?? performance.now();
      const loadEnd = nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : loadStart;
      const until = loadEnd + windowMs;
      while (performance.now() < until) await new Promise((r) => setTimeout(r, 100));
      // Let the observer deliver the last entries.
      await new Promise((r) => setTimeout(r, 200));
      const tasks = (g.__longTasks ?? []).filter((t) => t.start + t.duration > loadStart && t.start < until);
      return { tasks, all: g.__longTasks ?? [], load: loadStart, timeOrigin: performance.timeOrigin };
    }, WINDOW_MS);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Polls the badge of the tab showing `url` from the extension page; epoch ms when it shows a count. */
function badgeShownAt(control: Page, url: string): Promise<number> {
  return control.evaluate(
    async ({ u, timeout }) => {
      const chrome = (globalThis as unknown as ChromeGlobal).chrome;
      const deadline = Date.now() + timeout;
      while (Date.now() < deadline) {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
        if (tab?.id !== undefined && (await chrome.action.getBadgeText({ tabId: tab.id })) !== '') return Date.now();
        await new Promise((r) => setTimeout(r, 50));
      }
      return -1;
    },
    { u: url, timeout: BADGE_TIMEOUT_MS },
  );
}

function summarize(prefix: string, results: PageRun[]): void {
  const counts = results.map((r) => r.tasks.length);
  const longest = results.map((r) => Math.max(0, ...r.tasks.map((t) => t.duration)));
  report(`${prefix}longtasks_after_load`, median(counts), 'count');
  report(`${prefix}longest_longtask_ms`, median(longest), 'ms');
}

function describeRun(label: string, r: PageRun, badgeMs?: number): void {
  const list = (ts: LongTask[]): string => ts.map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.start)}`).join(', ') || 'none';
  const badge = badgeMs !== undefined ? `, badge at ${Math.round(badgeMs)}` : '';
  log(`  ${label}: load at ${Math.round(r.load)}${badge}; after load: ${list(r.tasks)} (all: ${list(r.all)})`);
}

async function main(): Promise<void> {
  const page = hugePage();
  log(`page: ${page.elements} elements, ${(page.textChars / 1e6).toFixed(2)} MB of text, ${(page.html.length / 1e6).toFixed(2)} MB of HTML`);
  const server = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/huge.html') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/huge.html`;

  try {
    // Without the extension: the page's own long tasks.
    const plain = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const baseline: PageRun[] = [];
    try {
      const context = await plain.newContext({ viewport: { width: 1100, height: 800 } });
      log('without the extension:');
      for (let i = 0; i < runs; i++) {
        const r = await loadAndWatch(context, uniqueUrl(pageUrl));
        baseline.push(r);
        describeRun(`run ${i + 1}`, r);
      }
    } finally {
      await plain.close();
    }

    // With the e2e build (host access granted, content script registered).
    const s = await startSession();
    const withExtension: PageRun[] = [];
    const badges: number[] = [];
    const afterLoad: number[] = [];
    try {
      log(`with the extension (${EXTENSION_DIR}):`);
      for (let i = 0; i < runs; i++) {
        const url = uniqueUrl(pageUrl);
        const badge = badgeShownAt(s.control, url);
        const r = await loadAndWatch(s.browser.context, url);
        const shownAt = await badge;
        const badgeMs = shownAt < 0 ? NaN : shownAt - r.timeOrigin;
        withExtension.push(r);
        badges.push(badgeMs);
        afterLoad.push(badgeMs - r.load);
        describeRun(`run ${i + 1}`, r, badgeMs);
      }
    } finally {
      await s.close();
    }

    summarize('', withExtension);
    report('time_to_badge_ms', median(badges), 'ms');
    report('load_to_badge_ms', median(afterLoad), 'ms');
    summarize('no_extension_', baseline);
    if (badges.some((b) => Number.isNaN(b))) log(`note: in some runs no badge showed within ${BADGE_TIMEOUT_MS} ms`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

main().catch((error: unknown) => fail(String(error instanceof Error ? (error.stack ?? error.message) : error), 1));
