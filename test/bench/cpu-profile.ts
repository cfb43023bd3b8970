/**
 * `npm run bench -- --profile=KEY`: where one benchmark text's scan spends its time, measured
 * inside the benchmark's own process, after the same indexes and texts were compiled and scanned
 * before it (a scan's cost there can differ from a fresh process: what V8 compiled, and how, depends
 * on what ran first). V8's sampling profiler through node:inspector; Node only.
 */
import { Session } from 'node:inspector';

/** Scan names --profile accepts (engine-bench.ts: scan_ratio_to_floor_<key>). */
export const PROFILE_KEY = /^(?:1k|10k|100k)_(?:10kb|200kb|5mb)(?:_matching)?(?:_shared)?(?:_64pages|_300links)?$/;

interface ProfileNode { id: number; callFrame: { functionName: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/**
 * Runs `scan` `reps` times under the sampling profiler; returns a table of the functions under
 * `root` (the engine's entry) that took most time, inclusive and self, in microseconds per scan (an
 * inlined function counts as its caller). Samples outside `root` (the loop, the profiler) are left out.
 */
export function profileScans(scan: () => void, reps: number, root = 'matchPage'): string {
  const session = new Session();
  session.connect();
  // A session in the same thread answers synchronously.
  let profile: Profile | undefined;
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 50 });
  session.post('Profiler.start');
  for (let i = 0; i < reps; i++) scan();
  session.post('Profiler.stop', (err, r) => {
    if (!err) profile = r.profile as unknown as Profile;
  });
  session.disconnect();
  if (!profile) return 'no profile\n';

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nameOf = (id: number) => byId.get(id)!.callFrame.functionName || '(anonymous)';
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    const dt = profile.timeDeltas[i] ?? 0;
    // The sample's stack up to root, each function once however deep it recurses.
    const stack = new Set<string>();
    let at: number | undefined = id;
    for (; at !== undefined && nameOf(at) !== root; at = parent.get(at)) stack.add(nameOf(at));
    if (at === undefined) continue;
    stack.add(root);
    self.set(nameOf(id), (self.get(nameOf(id)) ?? 0) + dt);
    for (const name of stack) inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
  }
  const rows = [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
  const us = (t: number) => (t / reps).toFixed(1).padStart(9);
  return [`${'inclusive'.padStart(9)} ${'self'.padStart(9)}  µs per scan, ${reps} scans`,
    ...rows.map(([name, t]) => `${us(t)} ${us(self.get(name) ?? 0)}  ${name}`)].join('\n') + '\n';
}
