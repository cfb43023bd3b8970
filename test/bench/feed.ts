/**
 * `npm run bench:feed [-- --json] [-- --quick]`: what a published feed costs, measured in one run.
 *
 * For generated feeds of 10k and 100k events (test/bench/feed-change.ts: generateIndex with events
 * spread over ten years) and for the bundled index published as a feed:
 *  - size: all files of the folder (feed.json, signature, shards) in bytes, and gzipped file by file
 *    as a static host serves them;
 *  - install: loadFeed (fetch from memory, signature, sizes, hashes, parse, validate) + compileIndex
 *    + toStored, each timed, and the total, as wall time and as this process's CPU time (the machine
 *    may be shared; CPU time is what the work itself costs);
 *  - update of 1% of the events, the realistic way (recentChange: half new events after the newest,
 *    half edits to events of the most recent 2%) and the worst way (scatteredChange: edits at random
 *    over all dates): bytes a subscriber holding the previous shards transfers, as a share of the
 *    full feed, and the time of that update (loadFeed with the stored shards + compile + toStored).
 * Storage and the worker's cold start are measured in the browser (the extension's benchmarks).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { generateSigningKey, type SigningKey } from '../../lib/feed/keys';
import { loadFeed, type LoadedFeed } from '../../lib/feed/load-feed';
import { publishFeed, type PublishedFeed } from '../../lib/feed/publish';
import type { FeedTransport } from '../../lib/feed/transport';
import type { IndexDocument } from '../../lib/index-format/types';
import { parseIndexJson } from '../../lib/index-format/validate-index';
import { compileIndex, toStored } from '../../lib/matcher/index';
import { newsIndex, recentChange, scatteredChange } from './feed-change';

const args = new Set(process.argv.slice(2));
for (const a of args) if (a !== '--json' && a !== '--quick') {
  console.error(`bench:feed: unknown argument ${a} (use --json, --quick)`);
  process.exit(2);
}
const json = args.has('--json');
const quick = args.has('--quick');

const report = (name: string, value: number, unit: string) => {
  const r = { name, value: Math.round(value * 1000) / 1000, unit };
  if (json) console.log(JSON.stringify(r));
  else console.log(`${name.padEnd(40)} ${String(r.value).padStart(14)} ${unit}`);
};
const now = () => performance.now();
/** CPU time of this process (user + system), ms: what the work costs when the machine is shared. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const BASE = 'https://feeds.example.org/bench/';
const FEED_URL = `${BASE}feed.json`;
const NOW = Date.parse('2026-01-10T00:00:00Z');

/** A static host in memory. */
function host(feed: PublishedFeed): FeedTransport {
  const files = new Map([...feed.files].map(([path, bytes]) => [new URL(path, BASE).href, bytes]));
  return {
    async get(url) {
      const bytes = files.get(url);
      if (bytes === undefined) throw new Error(`404 ${url}`);
      return { status: 200, bytes };
    },
  };
}

const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);

async function install(feed: PublishedFeed, key: SigningKey, previous?: PublishedFeed) {
  const stored = new Map(previous === undefined ? [] : previous.manifest.shards.map((r) => [r.sha256, previous.files.get(r.path)!]));
  const t0 = now();
  const c0 = cpu();
  const result = await loadFeed(FEED_URL, key.trust, host(feed), {
    now: NOW,
    ...(previous === undefined ? {} : { installedVersion: previous.manifest.version }),
    haveShard: async (sha) => stored.get(sha),
  });
  const t1 = now();
  const c1 = cpu();
  if (!result.ok || result.value.unchanged) throw new Error(`bench feed refused: ${JSON.stringify(result).slice(0, 300)}`);
  const loaded = result.value as Extract<LoadedFeed, { unchanged: false }>;
  const stored2 = toStored(compileIndex(loaded.index));
  const t2 = now();
  const c2 = cpu();
  if (stored2 === null) throw new Error('unreachable');
  return { loadMs: t1 - t0, compileMs: t2 - t1, totalMs: t2 - t0, loadCpu: c1 - c0, compileCpu: c2 - c1, totalCpu: c2 - c0, transferred: loaded.transferredBytes };
}

async function measure(label: string, doc: IndexDocument, key: SigningKey, updates: boolean): Promise<void> {
  let t = now();
  const feed = await publishFeed({ index: doc, key, feedId: 'bench', refreshSeconds: 3600, now: NOW });
  report(`feed_publish_ms_${label}`, now() - t, 'ms');
  const files = [...feed.files.values()];
  const bytes = sum(files.map((b) => b.length));
  report(`feed_bytes_${label}`, bytes, 'bytes');
  report(`feed_gzip_bytes_${label}`, sum(files.map((b) => gzipSync(b).length)), 'bytes');
  report(`feed_shards_${label}`, feed.manifest.shards.length, 'shards');
  report(`feed_manifest_bytes_${label}`, feed.files.get('feed.json')!.length, 'bytes');
  const first = await install(feed, key);
  report(`install_verify_validate_ms_${label}`, first.loadMs, 'ms');
  report(`install_compile_store_ms_${label}`, first.compileMs, 'ms');
  report(`install_total_ms_${label}`, first.totalMs, 'ms');
  report(`install_verify_validate_cpu_ms_${label}`, first.loadCpu, 'ms CPU');
  report(`install_compile_store_cpu_ms_${label}`, first.compileCpu, 'ms CPU');
  report(`install_total_cpu_ms_${label}`, first.totalCpu, 'ms CPU');
  if (!updates) return;
  for (const [kind, change] of [['recent', recentChange], ['scattered', scatteredChange]] as const) {
    t = now();
    const next = await publishFeed({ index: change(doc), key, feedId: 'bench', refreshSeconds: 3600, now: NOW, previous: { manifest: feed.manifest } });
    const publishMs = now() - t;
    const update = await install(next, key, feed);
    const full = sum([...next.files.values()].map((b) => b.length));
    report(`update_1pct_${kind}_publish_ms_${label}`, publishMs, 'ms');
    report(`update_1pct_${kind}_bytes_${label}`, update.transferred, 'bytes');
    report(`update_1pct_${kind}_share_${label}`, (100 * update.transferred) / full, '% of full feed');
    report(`update_1pct_${kind}_shards_fetched_${label}`, next.added.length, `of ${next.manifest.shards.length}`);
    report(`update_1pct_${kind}_total_ms_${label}`, update.totalMs, 'ms');
    report(`update_1pct_${kind}_total_cpu_ms_${label}`, update.totalCpu, 'ms CPU');
  }
}

const { key } = await generateSigningKey();
const bundled = parseIndexJson(readFileSync(new URL('../../public/default-index.json', import.meta.url), 'utf8'));
if (!bundled.ok) throw new Error('bundled index is invalid');
await measure('bundled', { ...bundled.index, expires: '2036-01-01T00:00:00Z' }, key, false);
for (const size of quick ? [10_000] : [10_000, 100_000]) {
  await measure(`${size / 1000}k`, newsIndex(size), key, true);
}
