/**
 * `npm run bench [-- --json] [-- --quick]`: speed and memory of the matching engine, measured in one
 * run on generated indexes (1k, 10k, 100k events) and texts (10 KB, 200 KB, 5 MB).
 *
 * Scans are reported as a ratio to the floor: a bare loop over the same text's char codes, timed
 * in the same process, interleaved with the scans. The ratio is fastest scan / fastest floor (the
 * least disturbed run of each, the usual micro-benchmark estimator); the median of the per-pair
 * ratios is reported too, as a measure of how noisy the machine was. A scan is everything from raw page text to the
 * list of matched events (matchPage), normalization included. The engine is bundled by esbuild
 * first, as it ships in the extension. Restore = deserializing the stored matcher the way
 * IndexedDB does (V8 structured serialization) + fromStored.
 */
import { deserialize, serialize } from 'node:v8';
import { compileIndex, fromStored, matchPage, toStored, type CompiledMatcher } from '../../lib/matcher/index';
import { generateIndex, generateText } from './generate';

const args = new Set(process.argv.slice(2));
for (const a of args) if (a !== '--json' && a !== '--quick') {
  console.error(`bench: unknown argument ${a} (use --json, --quick)`);
  process.exit(2);
}
const json = args.has('--json');
const quick = args.has('--quick');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

interface Result { name: string; value: number; unit: string }
const results: Result[] = [];
const report = (name: string, value: number, unit: string) => {
  const r = { name, value: Math.round(value * 1000) / 1000, unit };
  results.push(r);
  if (json) console.log(JSON.stringify(r));
  else console.log(`${name.padEnd(36)} ${String(r.value).padStart(12)} ${unit}`);
};

const now = () => performance.now();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => bytes / (1024 * 1024);
const heap = () => { const u = process.memoryUsage(); return u.heapUsed + u.arrayBuffers; };

let sink = 0;
function floorLoop(text: string): number {
  let s = 0;
  for (let i = 0; i < text.length; i++) s = (s + text.charCodeAt(i)) | 0;
  return s;
}

const SIZES = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const TEXTS: [string, number][] = [['10kb', 10_000], ['200kb', 200_000], ['5mb', 5_000_000]];
const label = (n: number) => `${n / 1000}k`;

for (const size of SIZES) {
  const doc = generateIndex(size);
  gc();
  const before = heap();
  let t = now();
  const m = compileIndex(doc);
  report(`compile_ms_${label(size)}`, now() - t, 'ms');
  gc();
  report(`compiled_heap_mb_${label(size)}`, mb(heap() - before), 'MB');
  const bytes = serialize(toStored(m));
  report(`stored_mb_${label(size)}`, mb(bytes.length), 'MB');
  const restores: number[] = [];
  let restored: CompiledMatcher | null = null;
  for (let i = 0; i < (size >= 100_000 ? 3 : 7); i++) {
    t = now();
    restored = fromStored(deserialize(bytes) as CompiledMatcher);
    restores.push(now() - t);
  }
  report(`restore_ms_${label(size)}`, median(restores), 'ms');

  for (const [textLabel, textBytes] of TEXTS) {
    if (quick && textBytes > 200_000) continue;
    const text = generateText(doc, textBytes);
    const reps = textBytes >= 5_000_000 ? 5 : textBytes >= 200_000 ? 25 : 200;
    // Warm up both loops.
    for (let i = 0; i < 3; i++) {
      sink ^= floorLoop(text);
      sink ^= matchPage(restored!, { text }).length;
    }
    const ratios: number[] = [];
    const scans: number[] = [];
    const floors: number[] = [];
    let found = 0;
    for (let i = 0; i < reps; i++) {
      t = now();
      sink ^= floorLoop(text);
      const f = now() - t;
      t = now();
      const res = matchPage(restored!, { text });
      const s = now() - t;
      found = res.length;
      ratios.push(s / f);
      scans.push(s);
      floors.push(f);
    }
    // Memory a scan allocates (outside the timed runs: a forced GC before a timed run slows it).
    gc();
    const h0 = heap();
    sink ^= matchPage(restored!, { text }).length;
    const peak = heap() - h0;
    const key = `${label(size)}_${textLabel}`;
    report(`scan_ratio_to_floor_${key}`, Math.min(...scans) / Math.min(...floors), 'x');
    report(`scan_ratio_median_pairs_${key}`, median(ratios), 'x');
    report(`scan_ms_${key}`, median(scans), 'ms');
    report(`scan_mb_per_s_${key}`, (textBytes / 1e6) / (median(scans) / 1000), 'MB/s');
    report(`floor_mb_per_s_${key}`, (textBytes / 1e6) / (median(floors) / 1000), 'MB/s');
    report(`scan_alloc_mb_${key}`, mb(Math.max(0, peak)), 'MB');
    report(`events_found_${key}`, found, 'events');
  }
}
report('heap_peak_mb', mb(process.memoryUsage().rss), 'MB (rss at end)');
if (sink === 0.5) console.log(''); // keep the loops from being optimized away
if (!json) {
  const r = results.find((x) => x.name === 'scan_ratio_to_floor_10k_200kb');
  const restore = results.find((x) => x.name === 'restore_ms_10k');
  console.log(`\ntargets: scan 10k/200kb <= 10x floor (got ${r?.value}x); restore 10k < 50 ms (got ${restore?.value} ms)`);
}
