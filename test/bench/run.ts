/**
 * `npm run bench [-- --json] [-- --quick] [-- --browser] [-- --profile=<scan name>]`: speed and memory of the matching engine,
 * measured in one run on generated indexes and texts (engine-bench.ts says what and how).
 * The engine is bundled by esbuild first, as it ships in the extension. Node: restore =
 * deserializing the stored matcher the way IndexedDB does (V8 structured serialization) + fromStored.
 * `--browser` then runs the same benchmark in Debian's Chromium (browser.ts) and prints its figures
 * with names starting `browser_`, beside the Node ones. `--profile=100k_10kb_matching_shared` (any
 * scan's name) prints on stderr where that scan spends its time, in this process (cpu-profile.ts).
 */
import { deserialize, serialize } from 'node:v8';
import type { StoredMatcher } from '../../lib/matcher/index';
import { runDatesBench } from './dates-bench';
import { PROFILE_KEY, profileScans } from './cpu-profile';
import { runEngineBench } from './engine-bench';

const args = new Set(process.argv.slice(2));
let profileKey: string | undefined;
for (const a of args) {
  if (a.startsWith('--profile=')) {
    profileKey = a.slice('--profile='.length);
    if (!PROFILE_KEY.test(profileKey)) {
      console.error(`bench: --profile takes a scan's name, as in scan_ratio_to_floor_<name>: 10k_200kb, 100k_10kb_matching_shared (got "${profileKey}")`);
      process.exit(2);
    }
  } else if (a !== '--json' && a !== '--quick' && a !== '--browser') {
    console.error(`bench: unknown argument ${a} (use --json, --quick, --browser, --profile=<scan name>)`);
    process.exit(2);
  }
}
let profiled = false;
const json = args.has('--json');
const quick = args.has('--quick');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

interface Result { name: string; value: number; unit: string }
const results: Result[] = [];
export const report = (name: string, value: number, unit: string): void => {
  const r = { name, value: Math.round(value * 1000) / 1000, unit };
  results.push(r);
  if (json) console.log(JSON.stringify(r));
  else console.log(`${name.padEnd(44)} ${String(r.value).padStart(12)} ${unit}`);
};
const mb = (bytes: number) => bytes / (1024 * 1024);

runDatesBench(() => performance.now(), report);
await runEngineBench({
  now: () => performance.now(),
  gc,
  heap: () => { const u = process.memoryUsage(); return u.heapUsed + u.arrayBuffers; },
  store: (m: StoredMatcher) => {
    const bytes = serialize(m);
    return { bytes: bytes.length, restore: () => deserialize(bytes) as StoredMatcher };
  },
  pause: () => new Promise((resolve) => setImmediate(resolve)),
}, {
  quick,
  report,
  hostile: process.env.BENCH_SKIP_HOSTILE !== '1',
  afterScan: (key, scan, textBytes) => {
    if (key !== profileKey) return;
    profiled = true;
    // About 2 s of scans, on stderr (stdout stays the figures).
    process.stderr.write(`\nprofile of ${key}, in this process after the scans before it:\n${profileScans(scan, Math.max(3, Math.round(4e7 / textBytes)))}\n`);
  },
});
if (profileKey !== undefined && !profiled) {
  console.error(`bench: --profile=${profileKey}: no scan of that name in this run${quick ? ' (--quick leaves out 100k and 5 MB)' : ''}`);
  process.exitCode = 2;
}
report('heap_peak_mb', mb(process.memoryUsage().rss), 'MB (rss at end)');

if (args.has('--browser')) {
  const { runInChromium } = await import('./engine-browser');
  await runInChromium({ quick, report: (name, value, unit) => report(`browser_${name}`, value, unit) });
}

if (!json) {
  const get = (n: string) => results.find((x) => x.name === n)?.value;
  console.log(`\ntargets (ratios in this run): scan 10k 10kb/200kb <= 5x floor (got ${get('scan_ratio_to_floor_10k_10kb')}x, ${get('scan_ratio_to_floor_10k_200kb')}x;`
    + ` matching ${get('scan_ratio_to_floor_10k_200kb_matching')}x; shared ${get('scan_ratio_to_floor_10k_200kb_shared')}x);`
    + ` 100k 200kb/5mb <= 8x (got ${get('scan_ratio_to_floor_100k_200kb')}x, ${get('scan_ratio_to_floor_100k_5mb')}x);`
    + ` hostile 200kb < 50 ms (got ${get('scan_ms_hostile_200kb')} ms); compile 100k <= 2000 ms (got ${get('compile_ms_100k')});`
    + ` stored 100k <= 40 MB (got ${get('stored_mb_100k')}); restore 100k <= 150 ms (got ${get('restore_ms_100k')});`
    + ` compile heap peak 100k <= 300 MB (got ${get('compile_heap_peak_mb_100k')})`);
}
