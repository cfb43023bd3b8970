/**
 * The engine benchmark itself, the same in Node (run.ts) and in Chromium (engine-browser-page.ts): it only
 * needs a clock, a heap reading and a way to store and restore a matcher, given by the platform.
 *
 * Scans are reported as a ratio to the floor: a bare loop over the same text's char codes, timed
 * in the same process, interleaved with the scans. The ratio is fastest scan / fastest floor (the
 * least disturbed run of each, the usual micro-benchmark estimator); the median of the per-pair
 * ratios is reported too, as a measure of how noisy the machine was. The floor is also timed after a
 * forced GC, and the fastest of all is the one divided by. A scan is everything from raw page text
 * to the list of matched events (matchPage), normalization included. Beside each scan of 10 KB and
 * 200 KB, two parts of it against the same floor: `split_ratio_to_floor_*`, the bare word split and
 * hash (splitLoop), and `words_ratio_to_floor_*`, the word pass matchPage starts with (scanText).
 *
 * Indexes: random (1k, 10k, 100k events; mostly unique words), shared (10k, 100k; Zipf vocabulary,
 * names end `_shared`) and hostile (20k events sharing a word and the stop word "the" as a phrase).
 * Texts: 10 KB, 200 KB, 5 MB that mention no event, and pages built like real ones that mention
 * 4, 30 and 300 events (names end `_matching`), with the number of events found. Each text is
 * scanned over and over, so what it reads of the index stays in the CPU's caches; a reader's pages
 * differ, and each reads other rows of the index. `_64pages`: 64 different 10 KB pages that mention
 * 4 events each, scanned in turn (ratio to the floor over the same 64 pages). `_300links`: the 10 KB
 * matching page with its address and 300 links, as a news page has (generate.ts pageLinks), whose
 * article keys matchPage looks up among the index's sources (ratio to the floor over the text).
 * The peer: the same index's names, terms and phrases in an Aho-Corasick automaton
 * (@monyone/aho-corasick), run over the lowercased text, on the same text in the same loop. It only
 * finds the strings (no word boundaries, stems, transliteration, rules or scores), so it does less
 * than matchPage. (Tried and dropped: modern-ahocorasick, whose grapheme-aware count took 107 s on
 * 200 KB; a combined RegExp of the 84k strings, 41 s on 10 KB.)
 */
import { AhoCorasick } from '@monyone/aho-corasick';
import {
  compileIndex, compileIndexInSlices, fromStored, matchPage, toStored, type CompiledMatcher, type StoredMatcher,
} from '../../lib/matcher/index';
import type { IndexDocument } from '../../lib/index-format/types';
import { generateIndex, generateText, hostileIndex, matchingText, pageLinks, type IndexShape } from './generate';
import { conceptTable, expandGroup } from '../../lib/index-format/concepts';
import { CLS_FOLD, classify, FOLD_SHIFT, KIND_MASK, LETTER } from '../../lib/matcher/char-class';
import { H1_MUL, H1_SEED } from '../../lib/matcher/hash-table';
import { Hits, scanText } from '../../lib/matcher/scan';

export interface BenchPlatform {
  now(): number;
  /** Forces a full GC when the platform allows it. */
  gc(): void;
  /** Bytes of JS heap (and array buffers) in use now. */
  heap(): number;
  /** Stores the matcher's stored form the way IndexedDB would: its size in bytes (or NaN) and a restore. */
  store(m: StoredMatcher): { bytes: number; restore(): StoredMatcher };
  /** Lets the platform breathe between slices of a sliced compile. */
  pause(): Promise<void>;
}

export interface BenchOptions {
  quick: boolean;
  /** Run the hostile index (default true; the engine before issue 10 takes minutes on it). */
  hostile?: boolean;
  report(name: string, value: number, unit: string): void;
  /**
   * Run only these parts (benchParts' names), in their usual order; default all. The Chromium run
   * gives each part a page of its own (engine-browser.ts).
   */
  parts?: readonly string[];
  /** Called after each scan is timed, with its name (scan_ratio_to_floor_<key>) and the scan (--profile). */
  afterScan?(key: string, scan: () => void, textBytes: number): void;
}

let sink = 0;
export function floorLoop(text: string): number {
  let s = 0;
  for (let i = 0; i < text.length; i++) s = (s + text.charCodeAt(i)) | 0;
  return s;
}

/**
 * The least a word scanner does: split the text into words (the engine's character table) and
 * hash each folded word, nothing else (no lookup, no memo, no record). Timed beside each scan as
 * `split_ratio_to_floor_*`, so that what the word pass costs above it is measured in every run.
 */
export function splitLoop(text: string): number {
  const cf = CLS_FOLD;
  const shift = FOLD_SHIFT;
  const mask = KIND_MASK;
  const letter = LETTER;
  const n = text.length;
  let s = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = cf[c]!;
    if (k === 0) k = cf[(classify(c), c)]!;
    if ((k & mask) === letter) {
      let h = H1_SEED;
      for (;;) {
        h = Math.imul(h ^ (k >>> shift), H1_MUL);
        if (++i >= n) break;
        c = text.charCodeAt(i);
        k = cf[c]!;
        if (k === 0) k = cf[(classify(c), c)]!;
        if ((k & mask) !== letter) break;
      }
      s = (s + h) | 0;
    }
    i++;
  }
  return s;
}

/**
 * A flat copy of a generated text: texts built by join/slice are V8 cons or sliced strings, whose
 * charCodeAt is slower; a page's text from the DOM is flat, and the floor must be timed on the same.
 */
const flat = (s: string): string => JSON.parse(JSON.stringify(s)) as string;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => bytes / (1024 * 1024);
const label = (n: number) => `${n / 1000}k`;
const TEXTS: [string, number, number][] = [['10kb', 10_000, 4], ['200kb', 200_000, 30], ['5mb', 5_000_000, 300]];
const repsFor = (bytes: number) => (bytes >= 5_000_000 ? 5 : bytes >= 200_000 ? 15 : 25);

/** Distinct lowercased names, terms and phrases of the index: the peer's dictionary. */
function peerPatterns(doc: IndexDocument): string[] {
  const out = new Set<string>();
  const concepts = conceptTable(doc.concepts);
  for (const e of doc.entities) for (const list of Object.values(e.names)) for (const n of list) out.add(n.toLowerCase());
  for (const ev of doc.events) {
    for (const g of ev.match.context) for (const t of expandGroup(g, concepts)) out.add(t.toLowerCase());
    for (const p of ev.match.phrases ?? []) out.add(p.toLowerCase());
  }
  return [...out];
}

interface Timed {
  scan: number; floor: number; ratio: number; medianRatio: number; scanMs: number; floorMs: number;
  /** The floor timed after a forced GC (median of 3). */
  floorAloneMs: number; found: number;
}

/**
 * Interleaves floor and `run` on the same text; returns the estimators. Short texts are timed
 * `batch` times per sample (so each timed block lasts well over a millisecond: browsers round
 * performance.now() to 0.1 ms), and a sample is the block's time / batch.
 */
function timeAgainstFloor(p: BenchPlatform, text: string, reps: number, run: () => number): Timed {
  const batch = Math.max(1, Math.round(2_000_000 / Math.max(1, text.length)));
  for (let i = 0; i < 3; i++) {
    sink ^= floorLoop(text);
    sink ^= run();
  }
  const ratios: number[] = [];
  const scans: number[] = [];
  const floors: number[] = [];
  let found = 0;
  for (let i = 0; i < reps; i++) {
    let t = p.now();
    for (let b = 0; b < batch; b++) sink ^= floorLoop(text);
    const f = (p.now() - t) / batch;
    t = p.now();
    for (let b = 0; b < batch; b++) found = run();
    const s = (p.now() - t) / batch;
    ratios.push(s / Math.max(f, 1e-3));
    scans.push(s);
    floors.push(f);
  }
  // The floor again after a forced GC, and the fastest of all is the one the ratio divides by (the
  // interleaved ones stay in `floorMs`): a floor slowed by what the scans left must not flatter the
  // ratio. (It did not cure Chromium's floor, slowed to a third from some index on in one page;
  // each index now has a page of its own: engine-browser.ts.)
  const alone: number[] = [];
  for (let i = 0; i < 3; i++) {
    p.gc();
    const t = p.now();
    for (let b = 0; b < batch; b++) sink ^= floorLoop(text);
    alone.push((p.now() - t) / batch);
  }
  const floor = Math.max(Math.min(...floors, ...alone), 1e-3);
  return {
    scan: Math.min(...scans), floor, ratio: Math.min(...scans) / floor, medianRatio: median(ratios),
    scanMs: median(scans), floorMs: median(floors), floorAloneMs: median(alone), found,
  };
}

/** Sizes of the random indexes (the shared ones: those of 10k and more). */
const indexSizes = (quick: boolean): number[] => (quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]);

/** The benchmark's parts, in the order it runs them: one per index, then the hostile index. */
export function benchParts(quick: boolean, hostile = true): string[] {
  const sizes = indexSizes(quick);
  return [
    ...sizes.map(label), ...sizes.filter((size) => size >= 10_000).map((size) => `${label(size)}_shared`),
    ...(hostile ? ['hostile'] : []),
  ];
}

export async function runEngineBench(p: BenchPlatform, o: BenchOptions): Promise<void> {
  const { report } = o;
  const sizes = indexSizes(o.quick);
  const wanted = new Set(o.parts ?? benchParts(o.quick, o.hostile !== false));

  const scanReport = (key: string, textBytes: number, m: CompiledMatcher, text: string) => {
    const t = timeAgainstFloor(p, text, repsFor(textBytes), () => matchPage(m, { text }).length);
    // Memory a scan allocates (outside the timed runs: a forced GC before a timed run slows it).
    p.gc();
    const h0 = p.heap();
    sink ^= matchPage(m, { text }).length;
    const alloc = p.heap() - h0;
    report(`scan_ratio_to_floor_${key}`, t.ratio, 'x');
    report(`scan_ratio_median_pairs_${key}`, t.medianRatio, 'x');
    report(`scan_ms_${key}`, t.scanMs, 'ms');
    report(`scan_mb_per_s_${key}`, textBytes / 1e6 / (t.scanMs / 1000), 'MB/s');
    report(`floor_mb_per_s_${key}`, textBytes / 1e6 / (t.floorMs / 1000), 'MB/s');
    report(`floor_alone_mb_per_s_${key}`, textBytes / 1e6 / (t.floorAloneMs / 1000), 'MB/s');
    report(`scan_alloc_mb_${key}`, mb(Math.max(0, alloc)), 'MB');
    report(`events_found_${key}`, t.found, 'events');
    if (textBytes <= 200_000) {
      // Where the scan's time goes: the bare word split (splitLoop), then the word pass that
      // matchPage starts with (scanText: lookups, memo, stems, fuzzy), each against the floor.
      const hits = new Hits();
      const reps = repsFor(textBytes);
      report(`split_ratio_to_floor_${key}`, timeAgainstFloor(p, text, reps, () => splitLoop(text)).ratio, 'x');
      report(`words_ratio_to_floor_${key}`, timeAgainstFloor(p, text, reps, () => {
        hits.n = 0;
        return scanText(m, text, hits).n;
      }).ratio, 'x');
    }
    o.afterScan?.(key, () => { sink ^= matchPage(m, { text }).length; }, textBytes);
  };

  /** 64 different matching 10 KB pages scanned in turn, against the floor over the same text (the pages joined). */
  const pagesReport = (key: string, m: CompiledMatcher, pages: string[]) => {
    const scanAll = () => {
      let found = 0;
      for (const text of pages) found += matchPage(m, { text }).length;
      return found;
    };
    const t = timeAgainstFloor(p, flat(pages.join('')), 9, scanAll);
    report(`scan_ratio_to_floor_${key}`, t.ratio, 'x');
    report(`scan_us_per_page_${key}`, (t.scanMs * 1000) / pages.length, 'µs');
    report(`events_found_${key}`, t.found / pages.length, 'events a page');
    o.afterScan?.(key, () => { sink ^= scanAll(); }, pages.length * 10_000);
  };

  /**
   * The 10 KB matching page with the links a news page has (300, some of them sources of indexed
   * events): what matchPage costs beside the text (each link is keyed as an article address).
   */
  const linksReport = (key: string, m: CompiledMatcher, text: string, links: string[], url: string) => {
    const t = timeAgainstFloor(p, text, repsFor(10_000), () => matchPage(m, { text, url, links }).length);
    report(`scan_ratio_to_floor_${key}`, t.ratio, 'x');
    report(`scan_us_per_page_${key}`, t.scanMs * 1000, 'µs');
    report(`events_found_${key}`, t.found, 'events');
    o.afterScan?.(key, () => { sink ^= matchPage(m, { text, url, links }).length; }, 10_000);
  };

  const indexRun = async (size: number, shape: IndexShape) => {
    const suffix = shape === 'shared' ? '_shared' : '';
    const name = `${label(size)}${suffix}`;
    let doc: IndexDocument | null = generateIndex(size, 1, shape);
    p.gc();
    const before = p.heap();
    let t = p.now();
    const compiled = compileIndex(doc);
    report(`compile_ms_${name}`, p.now() - t, 'ms');
    p.gc();
    report(`compiled_heap_mb_${name}`, mb(p.heap() - before), 'MB');
    const stored = p.store(toStored(compiled));
    if (Number.isFinite(stored.bytes)) report(`stored_mb_${name}`, mb(stored.bytes), 'MB');
    const restores: number[] = [];
    let m: CompiledMatcher | null = null;
    for (let i = 0; i < (size >= 100_000 ? 3 : 7); i++) {
      t = p.now();
      m = fromStored(stored.restore());
      restores.push(p.now() - t);
    }
    report(`restore_ms_${name}`, median(restores), 'ms');
    if (size === 100_000 && shape === 'random') {
      // Peak heap while compiling: sampled between the slices of a sliced compile (every ~20 ms).
      p.gc();
      const base = p.heap();
      let peak = 0;
      await compileIndexInSlices(doc, {
        budgetMs: 20,
        now: () => p.now(),
        pause: async () => {
          peak = Math.max(peak, p.heap() - base);
          await p.pause();
        },
      });
      report(`compile_heap_peak_mb_${name}`, mb(peak), 'MB');
    }
    const texts: [string, number, string, string][] = [];
    for (const [textLabel, textBytes, mentions] of TEXTS) {
      if (o.quick && textBytes > 200_000) continue;
      texts.push([textLabel, textBytes, flat(generateText(doc, textBytes)), flat(matchingText(doc, textBytes, mentions).text)]);
    }
    const pages: string[] = [];
    for (let seed = 1; seed <= 64; seed++) pages.push(flat(matchingText(doc, 10_000, 4, seed).text));
    const links = pageLinks(doc, 300).map(flat); // as from the DOM: flat strings
    const pageUrl = `https://www.example.com/world/2025/11/25/${doc.events[0]!.id}`;
    const peer = size === 10_000 && shape === 'random' ? peerPatterns(doc) : null;
    doc = null; // the scans run with the matcher alone in memory, as in the worker
    for (const [textLabel, textBytes, plain, matching] of texts) {
      scanReport(`${label(size)}_${textLabel}${suffix}`, textBytes, m!, plain);
      scanReport(`${label(size)}_${textLabel}_matching${suffix}`, textBytes, m!, matching);
      if (peer && textLabel === '200kb') {
        t = p.now();
        const ac = new AhoCorasick(peer);
        report('peer_build_ms_10k', p.now() - t, 'ms');
        const run = () => ac.matchInText(plain.toLowerCase()).length;
        const peerT = timeAgainstFloor(p, plain, repsFor(textBytes), run);
        const ours = timeAgainstFloor(p, plain, repsFor(textBytes), () => matchPage(m!, { text: plain }).length);
        report('peer_ratio_to_floor_10k_200kb', peerT.ratio, 'x');
        report('peer_ms_10k_200kb', peerT.scanMs, 'ms');
        report('peer_matches_10k_200kb', peerT.found, 'matches');
        report('scan_ratio_to_floor_10k_200kb_beside_peer', ours.ratio, 'x');
      }
    }
    linksReport(`${label(size)}_10kb_matching${suffix}_300links`, m!, texts[0]![3], links, pageUrl);
    pagesReport(`${label(size)}_10kb_matching${suffix}_64pages`, m!, pages);
  };

  for (const size of sizes) if (wanted.has(label(size))) await indexRun(size, 'random');
  for (const size of sizes) if (size >= 10_000 && wanted.has(`${label(size)}_shared`)) await indexRun(size, 'shared');

  // The hostile index: 20k events share "said" and have "the" as their phrase.
  if (!wanted.has('hostile')) return;
  const hostile = hostileIndex(20_000);
  let t = p.now();
  const hm = compileIndex(hostile);
  report('compile_ms_hostile', p.now() - t, 'ms');
  const text = flat(generateText(hostile, 200_000));
  const ht = timeAgainstFloor(p, text, 7, () => matchPage(hm, { text }).length);
  report('scan_ms_hostile_200kb', ht.scanMs, 'ms');
  report('scan_ratio_to_floor_hostile_200kb', ht.ratio, 'x');
  report('events_found_hostile_200kb', ht.found, 'events');
  if (sink === 0.5) report('sink', sink, ''); // keep the loops from being optimized away
}
