/**
 * `npx tsx test/tools/worker-gc-report.ts TRACE.json [--over MS]`: what the extension's service
 * worker did in a trace saved by `BACKSTORY_TRACE_DIR=DIR npm run bench:feed-browser`
 * (test/e2e/harness/worker-trace.ts): each major GC with its reason, wall and CPU time and heap
 * before and after; for the longest major GC pauses, the CPU time of their main phases; and for
 * each task longer than --over ms (default 80), its GC and the JavaScript functions the CPU profile
 * sampled most in it (names as in the bundle, which is minified: see the line and column).
 */
import { readFileSync } from 'node:fs';
import type { TraceEvent } from '../e2e/harness/main-thread-trace';
import { readWorkerTasks } from '../e2e/harness/worker-trace';

interface Event extends TraceEvent {
  id?: string;
  args?: TraceEvent['args'] & { type?: string; usedHeapSizeBefore?: number; usedHeapSizeAfter?: number; data?: ProfileData };
}
interface ProfileData {
  startTime?: number;
  cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { functionName: string; url?: string; lineNumber: number; columnNumber: number } }[]; samples?: number[] };
  timeDeltas?: number[];
}

const [file, ...rest] = process.argv.slice(2);
const overAt = rest.indexOf('--over');
const over = overAt >= 0 ? Number(rest[overAt + 1]) : 80;
if (!file || !Number.isFinite(over)) {
  console.error('usage: worker-gc-report TRACE.json [--over MS]');
  process.exit(2);
}
const parsed = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: Event[] } | Event[];
const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
const worker = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'ServiceWorker thread');
if (!worker) {
  console.error('worker-gc-report: no service worker thread in this trace');
  process.exit(1);
}
const onWorker = events.filter((e) => e.pid === worker.pid && e.tid === worker.tid);
const ms = (us: number | undefined) => ((us ?? 0) / 1000).toFixed(1);
const mb = (bytes: number | undefined) => ((bytes ?? 0) / 1e6).toFixed(0);
const t0 = onWorker.filter((e) => e.name === 'ThreadControllerImpl::RunTask').reduce((a, e) => Math.min(a, e.ts), Infinity);
const within = (outer: Event, name: string) =>
  onWorker.filter((e) => e.ph === 'X' && e.name === name && e.ts >= outer.ts && e.ts < outer.ts + (outer.dur ?? 0));

// MajorGC / MinorGC ('devtools.timeline'): complete events, or begin and end; the reason is `type`.
const gcs: { name: string; ts: number; dur: number; type: string; before?: number; after?: number }[] = [];
const open: Event[] = [];
for (const e of onWorker.filter((x) => x.name === 'MajorGC' || x.name === 'MinorGC').sort((a, b) => a.ts - b.ts)) {
  if (e.ph === 'X') gcs.push({ name: e.name, ts: e.ts, dur: e.dur ?? 0, type: String(e.args?.type ?? ''), before: e.args?.usedHeapSizeBefore, after: e.args?.usedHeapSizeAfter });
  else if (e.ph === 'B') open.push(e);
  else if (e.ph === 'E') {
    const b = open.pop();
    if (b) gcs.push({ name: b.name, ts: b.ts, dur: e.ts - b.ts, type: String(b.args?.type ?? ''), before: b.args?.usedHeapSizeBefore, after: e.args?.usedHeapSizeAfter });
  }
}
console.log('major GCs: at (ms from the first task), wall ms, heap MB before -> after, reason');
for (const g of gcs.filter((x) => x.name === 'MajorGC')) {
  console.log(`  ${ms(g.ts - t0).padStart(9)} ${ms(g.dur).padStart(7)} ${mb(g.before).padStart(5)} -> ${mb(g.after).padEnd(5)} ${g.type}`);
}
const minor = gcs.filter((x) => x.name === 'MinorGC');
console.log(`minor GCs: ${minor.length}, longest ${ms(Math.max(0, ...minor.map((g) => g.dur)))} ms`);

const PHASES = ['V8.GC_MC_MARK', 'V8.GC_MC_CLEAR', 'V8.GC_MC_EVACUATE', 'V8.GC_MC_EVACUATE_UPDATE_POINTERS_TO_NEW_ROOTS', 'V8.GC_MC_SWEEP', 'V8.GC_MC_FINISH'];
console.log('longest major GC pauses: wall / CPU ms, then the CPU ms of each phase');
for (const mc of onWorker.filter((e) => e.ph === 'X' && e.name === 'V8.GC_MARK_COMPACTOR').sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 3)) {
  const phases = PHASES.map((p) => `${p.replace('V8.GC_MC_', '').toLowerCase()} ${ms(within(mc, p).reduce((s, e) => s + (e.tdur ?? 0), 0))}`);
  console.log(`  ${ms(mc.dur)} / ${ms(mc.tdur)}: ${phases.join(', ')}`);
}

// The CPU profile's samples on the worker's thread, to name what ran in long tasks.
const samples: { ts: number; stack: string[] }[] = [];
for (const profile of onWorker.filter((e) => e.name === 'Profile')) {
  const nodes = new Map<number, { parent?: number; name: string }>();
  let ts = profile.args?.data?.startTime ?? 0;
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === profile.pid && e.id === profile.id)) {
    const data = chunk.args?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) {
      const f = n.callFrame;
      nodes.set(n.id, { ...(n.parent === undefined ? {} : { parent: n.parent }), name: `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop() ?? ''}:${f.lineNumber}:${f.columnNumber}` });
    }
    const ids = data?.cpuProfile?.samples ?? [];
    ids.forEach((id, i) => {
      ts += data?.timeDeltas?.[i] ?? 0;
      const stack: string[] = [];
      for (let n = nodes.get(id); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) stack.push(n.name);
      samples.push({ ts, stack });
    });
  }
}
console.log(`tasks over ${over} ms: start, wall / CPU ms, GC wall / CPU ms; the functions sampled most (with what they called)`);
for (const task of readWorkerTasks(events).filter((t) => t.duration > over)) {
  console.log(`  ${task.start.toFixed(0).padStart(9)} ${task.duration.toFixed(0)} / ${task.cpu.toFixed(0)}, GC ${task.gcMs.toFixed(0)} / ${task.gcCpuMs.toFixed(0)}`);
  const from = t0 + task.start * 1000;
  const counts = new Map<string, number>();
  for (const s of samples.filter((x) => x.ts >= from && x.ts < from + task.duration * 1000)) {
    for (const name of new Set(s.stack)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const [name, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`      ${String(n).padStart(5)} ${name}`);
}
