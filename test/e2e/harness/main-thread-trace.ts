/**
 * What ran on a page's main thread, from a Chromium trace (DevTools' "Performance" recording):
 * every task (RunTask) of the renderer that parsed the page, and for each the time spent in the
 * extension's scripts (trace events carrying a chrome-extension://<id>/ script URL: the content
 * script's injection, its idle callbacks, timers and observers). That is how a test tells a long
 * task the extension caused from one of the page's own, and how the browser benchmark adds up
 * the main-thread time the content script costs a page.
 *
 * Each such event is counted with what wraps it and is the extension's doing too: the injection
 * that creates the content script's world (ScriptInjection::InjectJs: the world's context and its
 * extension bindings, then the script's compile and run) and the dispatch of its callbacks (an idle
 * callback, a timer, an observer: the call with the microtask checkpoint after it). Garbage
 * collection, style and layout inside those count with them.
 *
 * Promise continuations carry no script URL: what an `await` resumes runs in the microtask
 * checkpoint (a RunMicrotasks event) after the callback that resolved it, outside that callback's
 * event. The content script reads the page in such continuations (its idle callback resolves a
 * promise, the extraction runs after it), so a checkpoint later in the same task as one of the
 * extension's script events counts as the extension's. A checkpoint in a task where no script of
 * the extension ran (the continuation of a runtime.sendMessage reply, which arrives as a browser
 * message) cannot be told apart from the page's own by the trace: those are summed separately
 * (`otherMicrotaskCpuMs`), for callers that know the page runs no script of its own.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs, when Chrome recorded it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string }; beginData?: { url?: string } };
}

export interface MainThreadTask {
  /** ms from the first task of the recording. */
  start: number;
  duration: number;
  /** Its CPU (thread) time, ms. */
  cpu: number;
  /** ms of it in the extension's scripts (0: none ran in it). */
  extensionMs: number;
  /** CPU time of those scripts, ms: what they cost whatever else the machine was doing. */
  extensionCpuMs: number;
  /** CPU time of microtask checkpoints in this task not counted as the extension's, ms. */
  otherMicrotaskCpuMs: number;
}

export interface MainThreadTrace {
  tasks: MainThreadTask[];
  /** Sum of all task durations, ms. */
  busyMs: number;
  /** The same in CPU time (what the page's thread computed, whatever else the machine ran). */
  busyCpuMs: number;
  /** Sum of the extension's script time, ms. */
  extensionMs: number;
  /** The same in CPU time. */
  extensionCpuMs: number;
  /**
   * CPU time of the microtask checkpoints in tasks where no extension script ran, ms: the
   * extension's on a page without scripts of its own (replies to its messages), else shared.
   */
  otherMicrotaskCpuMs: number;
}

// Only what the reading needs: tracing costs the traced scripts too (with the stack, compile, GC
// and blink categories on as well, the content script measured about 3 ms more on the 10 KB article
// of bench:browser, 7 Dec 2026).
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'extensions'];

/**
 * Events that wrap one of the extension's script events and are its work as a whole: the
 * injection (world creation, compile, run) and the dispatch of a callback (with the microtasks it
 * resolves). An extension event is counted as the outermost of these around it.
 */
const WRAPPERS = new Set(['ScriptInjection::InjectJs', 'FireIdleCallback', 'TimerFire', 'FunctionCall', 'EvaluateScript']);

/**
 * Records a trace around `run` (which loads or drives `page`) and reads the main thread of the
 * page at `pageUrlPrefix` from it; `extensionId` is the extension whose scripts are counted (any
 * string for a browser without it).
 */
export async function traceMainThread(
  target: { context: BrowserContext; extensionId: string },
  page: Page,
  pageUrlPrefix: string,
  run: () => Promise<void>,
): Promise<MainThreadTrace> {
  const browser = target.context.browser();
  if (!browser) throw new Error('No browser handle to trace with');
  await browser.startTracing(page, { categories: CATEGORIES });
  let raw: string;
  try {
    await run();
  } finally {
    raw = (await browser.stopTracing()).toString('utf8');
  }
  const parsed = JSON.parse(raw) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  return readMainThread(events, pageUrlPrefix, target.extensionId);
}

function scriptUrl(e: TraceEvent): string | undefined {
  return e.args?.data?.url;
}

export function readMainThread(events: TraceEvent[], pageUrlPrefix: string, extensionId: string): MainThreadTrace {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  // The renderer main thread that parsed the page.
  const parser = events.find(
    (e) => e.name === 'ParseHTML' && mainThreads.has(`${e.pid}:${e.tid}`) && (e.args?.beginData?.url ?? '').startsWith(pageUrlPrefix),
  );
  if (!parser) throw new Error(`The trace has no main thread that parsed ${pageUrlPrefix}`);
  const onThread = events.filter((e) => e.pid === parser.pid && e.tid === parser.tid && e.ph === 'X' && typeof e.dur === 'number');
  const prefix = `chrome-extension://${extensionId}/`;
  const runTasks = onThread.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const wrappers = onThread.filter((e) => WRAPPERS.has(e.name));
  const extensionEvents = onThread
    .filter((e) => (scriptUrl(e) ?? '').startsWith(prefix))
    .map((e) => widest(e, wrappers))
    .sort(byStart);
  const outer = outermost(extensionEvents);
  // Microtask checkpoints not inside an extension event (those are counted with it already).
  const checkpoints = outermost(onThread.filter((e) => e.name === 'RunMicrotasks').sort(byStart)).filter(
    (m) => !outer.some((e) => m.ts >= e.ts && m.ts < e.ts + (e.dur ?? 0)),
  );
  const cpu = (e: TraceEvent): number => (e.tdur ?? e.dur ?? 0) / 1000;
  const t0 = runTasks[0]?.ts ?? 0;
  const oursAll: TraceEvent[] = [];
  const tasks = runTasks.map((t) => {
    const end = t.ts + (t.dur ?? 0);
    const inside = outer.filter((e) => e.ts >= t.ts && e.ts < end);
    const firstOurs = inside[0]?.ts ?? Number.POSITIVE_INFINITY;
    const taskCheckpoints = checkpoints.filter((m) => m.ts >= t.ts && m.ts < end);
    // The checkpoint after one of our callbacks runs what that callback resolved.
    const ours = taskCheckpoints.filter((m) => m.ts >= firstOurs);
    const others = taskCheckpoints.filter((m) => m.ts < firstOurs);
    oursAll.push(...ours);
    return {
      start: (t.ts - t0) / 1000,
      duration: (t.dur ?? 0) / 1000,
      cpu: (t.tdur ?? t.dur ?? 0) / 1000,
      extensionMs: [...inside, ...ours].reduce((sum, e) => sum + Math.min(e.dur ?? 0, end - e.ts), 0) / 1000,
      extensionCpuMs: [...inside, ...ours].reduce((sum, e) => sum + cpu(e), 0),
      otherMicrotaskCpuMs: others.reduce((sum, e) => sum + cpu(e), 0),
    };
  });
  return {
    tasks,
    busyMs: tasks.reduce((sum, t) => sum + t.duration, 0),
    busyCpuMs: tasks.reduce((sum, t) => sum + t.cpu, 0),
    extensionMs: [...outer, ...oursAll].reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000,
    extensionCpuMs: [...outer, ...oursAll].reduce((sum, e) => sum + cpu(e), 0),
    otherMicrotaskCpuMs: checkpoints.filter((m) => !oursAll.includes(m)).reduce((sum, e) => sum + cpu(e), 0),
  };
}

/** The outermost of `wrappers` around `e` (e itself when none). */
function widest(e: TraceEvent, wrappers: TraceEvent[]): TraceEvent {
  let best = e;
  const end = e.ts + (e.dur ?? 0);
  for (const w of wrappers) {
    if (w.ts <= e.ts && w.ts + (w.dur ?? 0) >= end && (w.dur ?? 0) > (best.dur ?? 0)) best = w;
  }
  return best;
}

function byStart(a: TraceEvent, b: TraceEvent): number {
  return a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0);
}

/** The events not nested in an earlier one of the list (sorted by start; nested ones would count twice). */
function outermost(sorted: TraceEvent[]): TraceEvent[] {
  const outer: TraceEvent[] = [];
  for (const e of sorted) {
    const last = outer[outer.length - 1];
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    outer.push(e);
  }
  return outer;
}

/**
 * Long tasks the extension caused: tasks over 50 ms in which its scripts used more than 50 ms of
 * CPU. CPU time, not wall time: on a busy machine a 5 ms slice can take 60 ms of wall time while
 * the thread waits for a core, and that is not the extension's doing; and a long layout or garbage
 * collection of the page's own, in which one of its 0.1 ms observer callbacks happened to run, is
 * the page's.
 */
export function extensionLongTasks(trace: MainThreadTrace): MainThreadTask[] {
  return trace.tasks.filter((t) => t.duration > 50 && t.extensionCpuMs > 50);
}
