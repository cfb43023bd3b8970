/**
 * `npm run bench:feed-browser [-- --json] [-- --quick | --large]`: what installing a large feed costs in the
 * real extension, in Debian's Chromium (bench:feed measures the same code in Node).
 *
 * One build (`wxt build --mode bench`, production code, host access granted up front), then for
 * generated feeds of 10k and 100k events (test/bench/feed-change.ts newsIndex, published with
 * lib/feed/publish.ts by the e2e feed server on 127.0.0.1), each in a fresh browser profile:
 *  - bundled install: the worker's own measure of installing the bundled index on extension
 *    install (fetch + validate + compile + store; lib/feeds/install-timing.ts), read from the worker;
 *  - install: 'feeds/subscribe' sent from an extension page, until its answer (download from
 *    127.0.0.1, signature, hashes, parse and validate, compile, store, flip), and the worker's
 *    measures of its stages (load = download + verify + validate, compile, store);
 *  - longest task: while the install runs, the page sends 'index/status' (answered from memory)
 *    every 20 ms and times each round trip. The worker runs one task at a time, so a message that
 *    arrives while a task runs waits for it: the worst round trip is an upper bound of the longest
 *    task in the worker (plus the messaging's own cost, shown by the same pings with nothing
 *    installing: "idle worst"). A task shorter than 20 ms can hide between pings; a long one cannot;
 *  - worker tasks: the same install traced (Chromium tracing, test/e2e/harness/worker-trace.ts):
 *    the longest task of the service worker, its CPU and garbage-collection time, and how many
 *    took over 200 ms: the direct measure the pings bound;
 *  - IndexedDB: navigator.storage.estimate() from an extension page before and after;
 *  - an update changing 1% of the events (recentChange, as bench:feed defines it) by
 *    'feeds/update' ("Update now"): its time, the bytes the server sent, and the longest task;
 *  - cold start: the worker stopped through CDP (as Chrome stops an idle worker), then the time
 *    to answer 'index/status' (the bundled meta, one small read), and to answer 'tab/get' with a
 *    rescan of an article that mentions feed events (every feed's matcher and events restored
 *    from IndexedDB, then the page scanned).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { IndexDocument } from '../../lib/index-format/types';
import { STAGE_PREFIX } from '../../lib/feeds/install-timing';
import type { ChromeGlobal } from '../e2e/harness/chrome-api';
import { send, stopServiceWorker, tabIdOf, uniqueUrl } from '../e2e/harness/extension';
import { startFeedServer, type FeedServer } from '../e2e/harness/feed-server';
import { ROOT } from '../e2e/harness/paths';
import { isTabResult, startSession, type Session } from '../e2e/harness/session';
import { waitFor } from '../e2e/harness/wait';
import { traceWorkerTasks, type WorkerTask } from '../e2e/harness/worker-trace';
import { newsIndex, recentChange } from './feed-change';
import { mentionEvent } from './generate';

const args = process.argv.slice(2);
for (const a of args) if (a !== '--json' && a !== '--quick' && a !== '--large') fail(`unknown argument ${a} (use --json, --quick, --large)`);
const json = args.includes('--json');
const quick = args.includes('--quick');
/** Only the 100k feed (the one whose install and update are at the limits). */
const large = args.includes('--large');
if (quick && large) fail('--quick and --large exclude each other');
const OUT = join(ROOT, 'out/bench');
const PING_MS = 20;
const COLD_RUNS = 3;
/** Longer than any check the test build's schedule would start during the run. */
const REFRESH_SECONDS = 86_400;

function fail(message: string): never {
  console.error(`bench:feed-browser: ${message}`);
  process.exit(1);
}
const report = (name: string, value: number, unit: string): void => {
  const r = { name, value: Math.round(value * 1000) / 1000, unit };
  if (json) console.log(JSON.stringify(r));
  else console.log(`${name.padEnd(44)} ${String(r.value).padStart(14)} ${unit}`);
};
const log = (line: string): void => {
  if (!json) console.log(line);
};

function build(): string {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.BACKSTORY_INDEX_FILE;
  log('building (wxt build --mode bench)...');
  const run = spawnSync('npx', ['wxt', 'build', '--mode', 'bench'], { cwd: ROOT, env, encoding: 'utf8' });
  if (run.error || run.status !== 0) fail(`the build failed (exit ${run.status ?? String(run.error)}):\n${run.stdout ?? ''}${run.stderr ?? ''}`);
  const dest = join(OUT, 'ext-feed');
  rmSync(dest, { recursive: true, force: true });
  cpSync(join(ROOT, '.output/chrome-mv3-bench'), dest, { recursive: true });
  return dest;
}

interface Span {
  /** Epoch ms (timeOrigin + startTime: the worker's and the page's clocks differ). */
  start: number;
  duration: number;
}

/** The worker's measures of its install stages (lib/feeds/install-timing.ts). */
async function stages(s: Session): Promise<Record<string, Span>> {
  const worker = s.browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker to read the install measures from');
  return worker.evaluate((prefix) => {
    const out: Record<string, { start: number; duration: number }> = {};
    for (const e of performance.getEntriesByType('measure')) {
      if (e.name.startsWith(prefix)) out[e.name.slice(prefix.length)] = { start: performance.timeOrigin + e.startTime, duration: e.duration };
    }
    return out;
  }, STAGE_PREFIX);
}

interface Ping {
  /** Epoch ms when it was sent. */
  at: number;
  rtt: number;
}

/** The worst round trip of the pings sent during `span` (0 when none was). */
const worstDuring = (pings: Ping[], span: Span | undefined): number =>
  span === undefined ? NaN : max(pings.filter((p) => p.at >= span.start && p.at < span.start + span.duration).map((p) => p.rtt));

async function storageUsage(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? NaN);
}

/**
 * Sends 'index/status' every PING_MS from the page while `work` runs; returns the work's result,
 * its time and every round trip.
 */
async function withPings<T>(page: Page, work: () => Promise<T>): Promise<{ result: T; ms: number; pings: Ping[]; rtts: number[] }> {
  await page.evaluate((every) => {
    const w = window as unknown as { __pings: { at: number; rtt: number }[]; __pinger: number };
    w.__pings = [];
    w.__pinger = window.setInterval(() => {
      const t0 = performance.now();
      void (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'index/status', payload: {} }).then(() => {
        w.__pings.push({ at: performance.timeOrigin + t0, rtt: performance.now() - t0 });
      });
    }, every);
  }, PING_MS);
  const t0 = performance.now();
  const result = await work();
  const ms = performance.now() - t0;
  const pings = await page.evaluate(async (every) => {
    const w = window as unknown as { __pings: { at: number; rtt: number }[]; __pinger: number };
    clearInterval(w.__pinger);
    await new Promise((resolve) => setTimeout(resolve, every * 5)); // the last pings' answers
    return w.__pings;
  }, PING_MS);
  return { result, ms, pings, rtts: pings.map((p) => p.rtt) };
}

const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)] ?? NaN;

/** Each stage's time in the worker, and the worst ping round trip while it ran. */
function reportStages(what: string, label: string, st: Record<string, Span>, pings: Ping[]): void {
  for (const [stage, title] of [['feed-load', 'download+verify+validate'], ['feed-compile', 'compile'], ['feed-store', 'store']] as const) {
    const short = stage.slice('feed-'.length);
    report(`${what}_${short}_ms_${label}`, st[stage]?.duration ?? NaN, `ms (${title})`);
    report(`${what}_${short}_longest_task_ms_${label}`, worstDuring(pings, st[stage]), 'ms (worst ping sent during it)');
  }
}

/** The worker's longest traced tasks: wall time, its CPU and GC time, and the longest apart from GC. */
function reportWorkerTasks(what: string, label: string, tasks: WorkerTask[]): void {
  const longest = tasks.reduce<WorkerTask | undefined>((a, t) => (a === undefined || t.duration > a.duration ? t : a), undefined);
  report(`${what}_worker_longest_task_ms_${label}`, longest?.duration ?? NaN, 'ms (traced task of the worker)');
  report(`${what}_worker_longest_task_cpu_ms_${label}`, longest?.cpu ?? NaN, 'ms (its CPU time)');
  report(`${what}_worker_longest_task_gc_ms_${label}`, longest?.gcMs ?? NaN, 'ms (of it garbage collection)');
  report(`${what}_worker_longest_task_gc_cpu_ms_${label}`, longest?.gcCpuMs ?? NaN, 'ms (CPU time of that garbage collection)');
  report(`${what}_worker_longest_task_not_gc_ms_${label}`, max(tasks.map((t) => t.duration - t.gcMs)), 'ms (longest task minus its GC)');
  // Wall time includes waiting for a core (and GC helper threads) on a busy machine; CPU does not.
  report(`${what}_worker_most_cpu_task_ms_${label}`, max(tasks.map((t) => t.cpu)), 'ms (the most CPU any one task used)');
  report(`${what}_worker_most_gc_cpu_task_ms_${label}`, max(tasks.map((t) => t.gcCpuMs)), 'ms (the most GC CPU time in any one task)');
  report(`${what}_worker_tasks_over_200ms_${label}`, tasks.filter((t) => t.duration > 200).length, `tasks (of ${tasks.length})`);
  report(`${what}_worker_tasks_over_200ms_cpu_${label}`, tasks.filter((t) => t.cpu > 200).length, 'tasks (using over 200 ms of CPU)');
}

/** An article naming a few of the feed's events (entities and context terms together). */
function article(doc: IndexDocument): string {
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const picks = [0.1, 0.5, 0.9].map((f) => doc.events[Math.floor(f * doc.events.length)]!);
  const body = picks.map((ev) => `<p>${mentionEvent(ev, entities)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Feed benchmark article</title></head><body><main><article><h1>This week</h1>\n${body}\n</article></main></body></html>`;
}

async function measure(label: string, size: number, extensionDir: string): Promise<void> {
  let session: Session | undefined;
  let server: FeedServer | undefined;
  try {
    const doc = newsIndex(size);
    server = await startFeedServer();
    const feed = await server.feed(`bench-${label}`, 'bench');
    let t = performance.now();
    const manifest = await feed.publish(doc, { refreshSeconds: REFRESH_SECONDS });
    log(`${label}: published ${manifest.shards.length} shards in ${Math.round(performance.now() - t)} ms`);

    session = await startSession({ extensionDir });
    const s = session;
    const control = s.control;
    await send(control, 'index/status', {});
    const bundled = (await stages(s))['bundled-install'];
    if (bundled !== undefined) report(`bundled_install_ms_${label}_session`, bundled.duration, 'ms');

    const idle = await withPings(control, () => new Promise((resolve) => setTimeout(resolve, 2_000)));
    report(`idle_ping_worst_ms_${label}_session`, max(idle.rtts), 'ms');
    report(`idle_ping_median_ms_${label}_session`, median(idle.rtts), 'ms');

    const before = await storageUsage(control);
    const { result: install, tasks: installTasks } = await traceWorkerTasks(s.browser.context, () =>
      withPings(control, () => send(control, 'feeds/subscribe', { url: feed.url, publicKey: feed.publicKey })),
    );
    const status = install.result;
    if (status.version !== doc.version || status.events !== size) fail(`${label}: subscribed, but the feed shows ${JSON.stringify(status)}`);
    const after = await storageUsage(control);
    report(`install_ms_${label}`, install.ms, 'ms');
    reportStages(`install`, label, await stages(s), install.pings);
    report(`install_longest_task_ms_${label}`, max(install.rtts), 'ms (worst ping round trip)');
    report(`install_pings_${label}`, install.rtts.length, 'answered');
    reportWorkerTasks('install', label, installTasks);
    report(`indexeddb_bytes_${label}`, after - before, 'bytes (storage.estimate after - before)');

    // A page naming three of the feed's events, scanned by the content script.
    const url = uniqueUrl(server.page(`/pages/${label}.html`, article(doc)));
    const tab = await s.browser.context.newPage();
    await tab.goto(url);
    const tabId = await tabIdOf(s.browser, tab);
    const found = async () => {
      const reply = await send(control, 'tab/get', { tabId, rescan: true });
      return isTabResult(reply) ? reply.events.filter((e) => e.feed.id === status.id).length : 0;
    };
    const flagged = await waitFor(found, (n) => n > 0, { what: `the ${label} article's feed events`, timeout: 60_000 });
    report(`article_feed_events_${label}`, flagged, 'events');

    // Update: 1% of the events change (recent), "Update now".
    const next = recentChange(doc);
    t = performance.now();
    await feed.publish(next, { refreshSeconds: REFRESH_SECONDS });
    log(`${label}: published the 1% update in ${Math.round(performance.now() - t)} ms`);
    const firstRequest = server.requests.length;
    const { result: update, tasks: updateTasks } = await traceWorkerTasks(s.browser.context, () =>
      withPings(control, () => send(control, 'feeds/update', { id: status.id })),
    );
    if (update.result.version !== next.version) fail(`${label}: after the update the feed shows ${JSON.stringify(update.result)}`);
    const transferred = server.requests.slice(firstRequest).reduce((sum, r) => sum + (r.bytes ?? 0), 0);
    const full = manifest.shards.reduce((sum, r) => sum + r.bytes, 0);
    report(`update_1pct_ms_${label}`, update.ms, 'ms');
    reportStages('update_1pct', label, await stages(s), update.pings);
    report(`update_1pct_bytes_${label}`, transferred, 'bytes');
    report(`update_1pct_share_${label}`, (100 * transferred) / full, '% of the first version\'s shards');
    report(`update_1pct_longest_task_ms_${label}`, max(update.rtts), 'ms (worst ping round trip)');
    reportWorkerTasks('update_1pct', label, updateTasks);

    // Cold starts: a stopped worker's first answers.
    const statusCold: number[] = [];
    const scanCold: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      await stopServiceWorker(s.browser);
      t = performance.now();
      await send(control, 'index/status', {});
      statusCold.push(performance.now() - t);
      await stopServiceWorker(s.browser);
      t = performance.now();
      const reply = await send(control, 'tab/get', { tabId, rescan: true });
      scanCold.push(performance.now() - t);
      if (!isTabResult(reply) || !reply.events.some((e) => e.feed.id === status.id)) fail(`${label}: a cold rescan found none of the feed's events`);
    }
    report(`cold_start_status_ms_${label}_median`, median(statusCold), `ms (runs: ${statusCold.map(Math.round).join(' ')})`);
    report(`cold_start_rescan_ms_${label}_median`, median(scanCold), `ms (runs: ${scanCold.map(Math.round).join(' ')})`);
  } finally {
    await session?.close();
    await server?.close();
  }
}

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  log(`machine: ${cpus().length} CPUs, ${cpu}, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  report('machine_cpus', cpus().length, cpu);
  report('machine_load_1min_at_start', loadavg()[0]!, 'load average');
  const dir = build();
  for (const size of quick ? [10_000] : large ? [100_000] : [10_000, 100_000]) await measure(`${size / 1000}k`, size, dir);
  report('machine_load_1min_at_end', loadavg()[0]!, 'load average');
}

main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
