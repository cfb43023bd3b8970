/**
 * Tasks of the extension's service worker, from a Chromium trace: how long each task held the
 * worker (wall time), its CPU time, and how much of it was V8's garbage collector. The feed
 * benchmark reads the longest ones while a feed installs (issue 8: no worker task over 200 ms):
 * a direct measure, where the pings' round trips only bound it from above.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { TraceEvent } from './main-thread-trace';

export interface WorkerTask {
  /** ms from the first task of the recording. */
  start: number;
  duration: number;
  /** Its CPU (thread) time, ms. */
  cpu: number;
  /** ms of it in garbage collection (scavenges, mark-compact finalization, incremental marking steps). */
  gcMs: number;
  /**
   * The CPU (thread) time of that garbage collection, ms. On a busy machine a GC pause's wall
   * time also counts the wait for its helper threads and for a core; its CPU time does not.
   */
  gcCpuMs: number;
}

/** Outermost GC events (V8's own trace names; nested phases are inside these). */
const GC_EVENTS = new Set(['V8.GCScavenger', 'V8.GCFinalizeMC', 'V8.GCFinalizeMCReduceMemory', 'V8.GCIncrementalMarking', 'V8.GCCompactor', 'V8.GCMinorMS']);
const CATEGORIES = ['toplevel', 'v8'];
/**
 * With BACKSTORY_TRACE_DIR set, each trace is also written there, with V8's GC detail (each GC's
 * kind, reason and heap sizes: 'devtools.timeline' MajorGC/MinorGC; its phases:
 * 'disabled-by-default-v8.gc'), and with BACKSTORY_TRACE_PROFILE=1 also a CPU profile (which
 * functions a long task ran), to find out what a long task is. Off by default: the extra
 * categories cost time themselves (the profile most: starting it is a task of about 0.2 s).
 */
const DETAIL_CATEGORIES = ['devtools.timeline', 'disabled-by-default-v8.gc'];
const PROFILE_CATEGORY = 'disabled-by-default-v8.cpu_profiler';
let traces = 0;

/** Records a trace while `run` runs and returns its result with every service-worker task. */
export async function traceWorkerTasks<T>(context: BrowserContext, run: () => Promise<T>): Promise<{ result: T; tasks: WorkerTask[] }> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser handle to trace with');
  const saveTo = process.env.BACKSTORY_TRACE_DIR;
  const profile = saveTo && process.env.BACKSTORY_TRACE_PROFILE === '1' ? [PROFILE_CATEGORY] : [];
  await browser.startTracing(undefined, { categories: saveTo ? [...CATEGORIES, ...DETAIL_CATEGORIES, ...profile] : CATEGORIES });
  let result: T;
  let raw: Buffer;
  try {
    result = await run();
  } finally {
    raw = await browser.stopTracing();
  }
  if (saveTo) {
    mkdirSync(saveTo, { recursive: true });
    writeFileSync(join(saveTo, `worker-trace-${++traces}.json`), raw);
  }
  const parsed = JSON.parse(raw.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return { result, tasks: readWorkerTasks(Array.isArray(parsed) ? parsed : parsed.traceEvents) };
}

export function readWorkerTasks(events: TraceEvent[]): WorkerTask[] {
  const threads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'ServiceWorker thread').map((e) => `${e.pid}:${e.tid}`),
  );
  const on = events.filter((e) => threads.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && typeof e.dur === 'number');
  const runTasks = on.filter((e) => e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  const gcs = on.filter((e) => GC_EVENTS.has(e.name)).sort((a, b) => a.ts - b.ts);
  const t0 = runTasks[0]?.ts ?? 0;
  return runTasks.map((t) => {
    const end = t.ts + (t.dur ?? 0);
    let gc = 0;
    let gcCpu = 0;
    let until = -Infinity;
    for (const g of gcs) {
      if (g.ts < t.ts || g.ts >= end || g.ts < until) continue; // outside, or nested in one counted
      gc += Math.min(g.dur ?? 0, end - g.ts);
      gcCpu += g.tdur ?? g.dur ?? 0;
      until = g.ts + (g.dur ?? 0);
    }
    return { start: (t.ts - t0) / 1000, duration: (t.dur ?? 0) / 1000, cpu: (t.tdur ?? t.dur ?? 0) / 1000, gcMs: gc / 1000, gcCpuMs: gcCpu / 1000 };
  });
}
