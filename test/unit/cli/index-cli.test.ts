/** The publisher CLI, run as users run it (a child process) against temp folders and a local HTTP server. */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_INDEX, writeCliFixtures } from './cli-fixtures';
import { defaultFeedId } from '../../../lib/feed/publish';
import { SPAWN_TIMEOUT, runCli, type Run } from './run-cli';

const CLI = fileURLToPath(new URL('../../../lib/cli/index-cli.ts', import.meta.url));
const index = (args: string[]): Promise<Run> => runCli(CLI, args);

const lines = (s: string) => s.split('\n').filter(Boolean);

const fx = writeCliFixtures();
const dir = fx.dir;
const at = (name: string) => join(dir, name);
/** A valid index (TEST_INDEX without its broken event) of the given version. */
function writeIndex(name: string, version: number, summary = 'A leaked recording of a call between the two envoys.'): string {
  const doc = structuredClone(TEST_INDEX) as any;
  doc.version = version;
  doc.events = doc.events.filter((e: { id: string }) => e.id !== 'broken-event');
  doc.events[0].summary = summary;
  writeFileSync(at(name), JSON.stringify(doc));
  return at(name);
}

let server: Server;
let base = '';
beforeAll(async () => {
  // A static host for the folder: any file under `dir`, 404 otherwise.
  server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(dir) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('index CLI', () => {
  it('keygen writes a private key readable by its owner only and a one-line public key; never overwrites', async () => {
    const run = await index(['keygen', '--out', at('keys0')]);
    expect(run.code).toBe(0);
    expect(statSync(at('keys0/private.key')).mode & 0o777).toBe(0o600);
    const publicKey = readFileSync(at('keys0/public.key'), 'utf8');
    expect(publicKey).toMatch(/^ed25519:[A-Za-z0-9+/]{43}=\n$/);
    expect(run.stdout).toContain(publicKey.trim());
    const privateKey = readFileSync(at('keys0/private.key'), 'utf8');
    expect(privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);

    const again = await index(['keygen', '--out', at('keys0')]);
    expect(again.code).toBe(2);
    expect(lines(again.stderr)).toEqual([expect.stringMatching(/^index: .*already holds a key/)]);
    expect(readFileSync(at('keys0/private.key'), 'utf8')).toBe(privateKey);
  }, SPAWN_TIMEOUT);

  it('publish writes a folder that verify accepts, from a folder and over HTTP; a changed shard is refused', async () => {
    await index(['keygen', '--out', at('keys1')]);
    const pub = await index(['publish', writeIndex('v3.json', 3), '--key', at('keys1/private.key'), '--out', at('feed-v3'), '--id', 'example-news', '--mirror', 'https://mirror.example.com/news/']);
    expect(pub.stderr).toBe('');
    expect(pub.code).toBe(0);
    expect(pub.stdout).toMatch(/^published example-news version 3 /);
    const manifest = JSON.parse(readFileSync(at('feed-v3/feed.json'), 'utf8'));
    expect(manifest).toMatchObject({ id: 'example-news', version: 3, title: 'CLI test index', mirrors: ['https://mirror.example.com/news/'] });

    const local = await index(['verify', at('feed-v3'), '--public-key', at('keys1/public.key')]);
    expect(local.code).toBe(0);
    expect(local.stdout).toMatch(/^ok: example-news "CLI test index" version 3: 1 events/);

    const keyText = readFileSync(at('keys1/public.key'), 'utf8').trim();
    const remote = await index(['verify', `${base}/feed-v3/feed.json`, '--public-key', keyText]);
    expect(remote.code).toBe(0);

    const shard = at(`feed-v3/${manifest.shards.at(-1).path}`);
    const bytes = readFileSync(shard);
    bytes[10] = bytes[10]! ^ 1;
    writeFileSync(shard, bytes);
    const tampered = await index(['verify', at('feed-v3'), '--public-key', keyText]);
    expect(tampered.code).toBe(1);
    expect(lines(tampered.stdout)).toEqual([expect.stringMatching(/^changed on the server: shards\/[0-9a-f]{64}\.json does not match/)]);
  }, SPAWN_TIMEOUT);

  it('publish without --id names a first release after the index\'s title, as the issue\'s command reads', async () => {
    await index(['keygen', '--out', at('keys5')]);
    const run = await index(['publish', writeIndex('noid.json', 1), '--key', at('keys5/private.key'), '--out', at('noid')]);
    expect(run.code).toBe(0);
    const id = (JSON.parse(readFileSync(at('noid/feed.json'), 'utf8')) as { id: string }).id;
    expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(run.stdout).toContain(`published ${id} version 1`);
    expect(defaultFeedId('Ежедневные новости', 'Café Zürich News')).toBe('cafe-zurich-news');
    expect(defaultFeedId('日报', '')).toBeUndefined();
  }, SPAWN_TIMEOUT);

  it('publish --previous refuses a version not above it; a new version keeps unchanged shards; --rotate-from moves keys', async () => {
    await index(['keygen', '--out', at('keys2')]);
    await index(['keygen', '--out', at('keys3')]);
    await index(['publish', writeIndex('p1.json', 1), '--key', at('keys2/private.key'), '--out', at('p1'), '--id', 'example-news']);

    const same = await index(['publish', writeIndex('p1b.json', 1), '--key', at('keys2/private.key'), '--out', at('p1b'), '--previous', at('p1')]);
    expect(same.code).toBe(2);
    expect(lines(same.stderr)).toEqual(['index: cannot publish: version 1 is not above the previous version 1: raise "version" in the index']);
    expect(existsSync(at('p1b'))).toBe(false);

    const next = await index(['publish', writeIndex('p2.json', 2, 'Edited summary.'), '--key', at('keys3/private.key'), '--rotate-from', at('keys2/private.key'), '--out', at('p2'), '--previous', at('p1')]);
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/1 unchanged, 1 new/);
    const verified = await index(['verify', at('p2'), '--public-key', at('keys2/public.key'), '--installed-version', '1']);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/led to from [0-9a-f]{16} by keys\.json/);

    const replay = await index(['verify', at('p1'), '--public-key', at('keys2/public.key'), '--installed-version', '2']);
    expect(replay.code).toBe(1);
    expect(lines(replay.stdout)).toEqual(['older than the installed version (version 1; version 2 is installed)']);
  }, SPAWN_TIMEOUT);

  it('publish refuses an index with an invalid event, with its exact path, and writes nothing', async () => {
    await index(['keygen', '--out', at('keys4')]);
    const run = await index(['publish', fx.index, '--key', at('keys4/private.key'), '--out', at('bad'), '--id', 'example-news']);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^index: invalid index .*events\[1\] \("broken-event"\): events\[1\]\.title: must not be empty/);
    expect(existsSync(at('bad'))).toBe(false);
  }, SPAWN_TIMEOUT);

  it('check prints scan lines, then precision and recall per event, and exits 1 below --min-recall', async () => {
    writeFileSync(at('labels.json'), JSON.stringify({ 'call.txt': ['witkoff-ushakov-call'], 'weak.txt': ['witkoff-ushakov-call'] }));
    const index2 = writeIndex('check.json', 1);
    const low = await index(['check', index2, fx.text, fx.weak, '--labels', at('labels.json'), '--min-recall', '0.9']);
    expect(low.code).toBe(1);
    const out = lines(low.stdout).map((l) => JSON.parse(l));
    expect(out.slice(0, 2).map((l) => l.file)).toEqual([fx.text, fx.weak]);
    expect(out[2]).toEqual({ event: 'witkoff-ushakov-call', tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(lines(low.stderr)).toEqual(['index: event witkoff-ushakov-call: recall 0.5 is below 0.9']);

    const ok = await index(['check', index2, fx.text, fx.weak, '--labels', at('labels.json'), '--min-precision', '1']);
    expect(ok.code).toBe(0);
  }, SPAWN_TIMEOUT);

  it('prints usage for --help and one line for bad arguments', async () => {
    const help = await index(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run --silent index -- <command>/);
    for (const args of [['publish', 'x.json', '--key'], ['check', 'x.json', 'a.txt', '--min-recall', '2', '--labels', 'l.json'], ['verify', at('nowhere'), '--public-key', 'ed25519:AAAA']]) {
      const run = await index(args);
      expect(run.code).toBe(2);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(/^index: /);
    }
  }, SPAWN_TIMEOUT);
});
