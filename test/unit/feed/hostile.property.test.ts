/**
 * Property tests: whatever bytes a hostile or broken host serves, loadFeed answers with problems
 * (never throws, never installs what the key did not sign), and whatever strings a signed feed
 * carries, what installs is validated index content. 10,000 cases in all; fast-check prints the
 * seed and path of any failure (replay with { seed, path }).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex, utf8 } from '../../../lib/feed/bytes';
import { shardPath } from '../../../lib/feed/format';
import type { SigningKey } from '../../../lib/feed/keys';
import { parsePublicKey } from '../../../lib/feed/keys';
import { loadFeed } from '../../../lib/feed/load-feed';
import type { PublishedFeed } from '../../../lib/feed/publish';
import { manifestText } from '../../../lib/feed/publish';
import type { FeedProblemCode } from '../../../lib/feed/problems';
import { FEED_URL, FOLDER, MemoryHost, NOW, indexAt, json, keys, publish, signedManifest } from './fixtures';

const CODES: FeedProblemCode[] = ['unreachable', 'signature', 'wrong-key', 'rollback', 'expired', 'invalid', 'too-large', 'hash-mismatch'];
/** Each property sets its own run count; together they make 10,000. */
const RUNS = { flips: 1500, manifests: 2000, otherFiles: 1500, strings: 3000, keys: 2000 };
/** Generous: thousands of signatures and hashes on a machine shared by many jobs. */
const TIMEOUT = 300_000;

let k0: SigningKey;
let feed: PublishedFeed;
beforeAll(async () => {
  [k0] = (await keys()) as [SigningKey];
  feed = await publish(indexAt(2), k0);
});

async function loadFiles(files: Map<string, Uint8Array>) {
  return loadFeed(FEED_URL, k0.trust, new MemoryHost().serve(FOLDER, files), { now: NOW });
}

describe('hostile hosts', () => {
  it('refuses any single flipped bit in feed.json, its signature or a shard', async () => {
    const names = [...feed.files.keys()];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.nat(), fc.integer({ min: 0, max: 7 }), async (name, at, bit) => {
        const files = new Map(feed.files);
        const bytes = files.get(name)!.slice();
        const i = at % bytes.length;
        bytes[i] = bytes[i]! ^ (1 << bit);
        files.set(name, bytes);
        const result = await loadFiles(files);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(['signature', 'wrong-key', 'hash-mismatch']).toContain(result.problems[0]!.code);
      }),
      { numRuns: RUNS.flips },
    );
  }, TIMEOUT);

  it('answers any signed feed.json (random bytes or JSON) with problems, never an exception', async () => {
    const template = json(feed.files.get('feed.json'));
    const manifests = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.jsonValue().map((v) => utf8(JSON.stringify(v))),
      // The real manifest with one field replaced by anything.
      fc.tuple(fc.constantFrom(...Object.keys(template)), fc.jsonValue()).map(([key, value]) => utf8(JSON.stringify({ ...template, [key]: value }, null, 2))),
    );
    await fc.assert(
      fc.asyncProperty(manifests, async (bytes) => {
        const files = new Map(feed.files);
        for (const [path, b] of await signedManifest(bytes, k0)) files.set(path, b);
        const result = await loadFiles(files);
        if (!result.ok) {
          for (const p of result.problems) expect(CODES).toContain(p.code);
        } else {
          // Only a field change that is itself valid can install, and then as checked content.
          expect(result.value.unchanged).toBe(false);
        }
      }),
      { numRuns: RUNS.manifests },
    );
  }, TIMEOUT);

  it('answers any signature file or keys.json with problems', async () => {
    const other = (await keys())[1]!;
    const signedByOther = await publish(indexAt(2), other);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 3000 }), fc.boolean(), async (sig, keysJson, asText) => {
        const files = new Map(signedByOther.files);
        files.set('feed.json.sig', asText ? utf8(`ed25519 ${other.trust.keyId} ${Buffer.from(sig).toString('base64')}\n`) : sig);
        files.set('keys.json', keysJson);
        const result = await loadFiles(files);
        expect(result.ok).toBe(false);
        if (!result.ok) for (const p of result.problems) expect(['signature', 'wrong-key', 'invalid', 'too-large']).toContain(p.code);
      }),
      { numRuns: RUNS.otherFiles },
    );
  }, TIMEOUT);
});

const HOSTILE_URLS = [
  'javascript:alert(1)', ' JaVaScRiPt:alert(1)', '\tjavascript:alert(1)', 'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)', 'java&#115;cript:alert(1)', 'https://user:pw@example.com/a', 'https://example.com/a\nb',
  'http://example.com/a', '//example.com/a', 'file:///etc/passwd', 'https://example.com/ok',
];
const HOSTILE_TEXT = ['<img src=x onerror=alert(1)>', '<script>window.__pwned=1</script>', '"><svg onload=alert(1)>', '\u202e\u0000', '__proto__'];

describe('hostile strings in a signed feed', () => {
  it('installs only validated content: https source URLs without credentials, every other event reported by path', async () => {
    const template = json(feed.files.get('feed.json'));
    const entityShard = json(feed.files.get(template.shards[0].path));
    const entity = entityShard.entities[0];
    const text = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ maxLength: 40 }), fc.constantFrom(...HOSTILE_TEXT).map((s) => s.repeat(400)));
    const url = fc.oneof(fc.constantFrom(...HOSTILE_URLS), fc.webUrl(), fc.string({ maxLength: 30 }));
    const event = fc.record({ title: text, summary: text, outlet: text, url, phrase: text });
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 4 }), async (items) => {
        const events = items.map((e, i) => ({
          id: `ev-${i}`,
          title: e.title,
          summary: e.summary,
          dates: { start: '2025-06-01' },
          match: { all: [entity.id], context: [['alpha'], ['beta']], phrases: [e.phrase] },
          sources: [{ url: e.url, outlet: e.outlet, language: 'en', kind: 'coverage' }],
        }));
        const bytes = utf8(JSON.stringify({ format: 'backstory-shard', formatVersion: 1, entities: [entity], events }));
        const sha256 = await sha256Hex(bytes);
        const manifest = { ...template, shards: [{ path: shardPath(sha256), bytes: bytes.length, sha256 }] };
        const files = await signedManifest(manifestText(manifest), k0);
        files.set(shardPath(sha256), bytes);
        const result = await loadFiles(files);
        if (!result.ok || result.value.unchanged) throw new Error(JSON.stringify(result));
        const { index, dropped } = result.value;
        for (const e of index.events) {
          for (const s of e.sources) {
            const parsed = new URL(s.url);
            expect(parsed.protocol).toBe('https:');
            expect(parsed.username + parsed.password).toBe('');
            expect(s.url).toBe(new URL(items[Number(e.id.slice(3))]!.url).href);
          }
        }
        const installed = new Set(index.events.map((e) => e.id));
        for (let i = 0; i < events.length; i++) {
          if (!installed.has(`ev-${i}`)) expect(dropped.some((p) => p.path?.startsWith(`${shardPath(sha256)}: events[${i}]`))).toBe(true);
        }
      }),
      { numRuns: RUNS.strings },
    );
  }, TIMEOUT);

  it('parsePublicKey never throws and accepts only "ed25519:" + base64 of 32 bytes', () => {
    const keyish = fc.oneof(
      fc.string(),
      fc.uint8Array({ minLength: 0, maxLength: 40 }).map((b) => `ed25519:${Buffer.from(b).toString('base64')}`),
    );
    fc.assert(
      fc.property(keyish, (text) => {
        const result = parsePublicKey(text);
        const raw = /^ed25519:([A-Za-z0-9+/=]+)$/.exec(text.trim());
        const valid = raw !== null && Buffer.from(raw[1]!, 'base64').length === 32 && Buffer.from(raw[1]!, 'base64').toString('base64') === raw[1];
        expect(result.ok).toBe(valid);
      }),
      { numRuns: RUNS.keys },
    );
  }, TIMEOUT);
});
