/**
 * feed.schema.json is what publishers read; lib/feed/parse.ts and format.ts are what the
 * extension enforces. Same fields, same required fields, same caps and patterns; and what one
 * accepts or refuses, so does the other.
 */
import { describe, expect, it } from 'vitest';
import { FEED_ID_PATTERN, FEED_LIMITS, SHA256_PATTERN, SHARD_PATH_PATTERN } from '../../../lib/feed/format';
import { keyChangeSchema, keysSchema, manifestSchema, parseManifest, shardEnvelopeSchema } from '../../../lib/feed/parse';
import { utf8 } from '../../../lib/feed/bytes';
import { SCHEMAS, check, entry, keysOf, requiredOf, type JsonSchema } from '../index-format/json-schema-check';
import { indexAt, json, keys, publish } from './fixtures';

const schema: JsonSchema = SCHEMAS['feed.schema.json']!;
const defs: Record<string, JsonSchema> = schema.$defs;
const checkFeed = (value: unknown, s: JsonSchema = schema) => check(value, s, 'feed.schema.json');

describe('feed.schema.json matches the validator', () => {
  const pairs: [string, JsonSchema, unknown][] = [
    ['manifest', schema, manifestSchema],
    ['publisher', schema.properties.publisher, entry(manifestSchema, 'publisher')],
    ['refresh', schema.properties.refresh, entry(manifestSchema, 'refresh')],
    ['shardRef', defs.shardRef!, entry(manifestSchema, 'shards')],
    ['shard', defs.shard!, shardEnvelopeSchema],
    ['keys', defs.keys!, keysSchema],
    ['key change entry', defs.keys!.properties.changes.items, entry(keysSchema, 'changes')],
    ['keyChange', defs.keyChange!, keyChangeSchema],
  ];

  it.each(pairs)('%s: same fields and same required fields', (_name, jsonSchema, valibot) => {
    expect([...jsonSchema.required].sort()).toEqual(requiredOf(valibot));
    expect(Object.keys(jsonSchema.properties).sort()).toEqual(keysOf(valibot));
  });

  it('states the same caps and patterns', () => {
    expect(schema.properties.id.pattern).toBe(FEED_ID_PATTERN.source);
    expect(new RegExp(defs.shardRef!.properties.path.pattern).source).toBe(SHARD_PATH_PATTERN.source);
    expect(defs.sha256!.pattern).toBe(SHA256_PATTERN.source);
    expect(schema.properties.shards.maxItems).toBe(FEED_LIMITS.shards);
    expect(schema.properties.mirrors.maxItems).toBe(FEED_LIMITS.mirrors);
    expect(defs.shardRef!.properties.bytes.maximum).toBe(FEED_LIMITS.shardBytes);
    expect(schema.properties.refresh.properties.seconds.minimum).toBe(FEED_LIMITS.refreshMin);
    expect(schema.properties.refresh.properties.seconds.maximum).toBe(FEED_LIMITS.refreshMax);
    expect(defs.keys!.properties.changes.maxItems).toBe(FEED_LIMITS.keyChanges);
    expect(schema.properties.shards.description).toContain(String(FEED_LIMITS.feedBytes));
  });

  it('accepts a published manifest, its shards and its key changes', async () => {
    const [k0, k1] = await keys();
    const feed = await publish(indexAt(3), k1!, { rotateFrom: k0!, mirrors: ['https://mirror.example.com/news/'] });
    expect(checkFeed(json(feed.files.get('feed.json')))).toEqual([]);
    for (const ref of feed.manifest.shards) expect(checkFeed(json(feed.files.get(ref.path)), defs.shard!)).toEqual([]);
    const keysDoc = json(feed.files.get('keys.json'));
    expect(checkFeed(keysDoc, defs.keys!)).toEqual([]);
    const statement = JSON.parse(Buffer.from(keysDoc.changes[0].statement, 'base64').toString('utf8'));
    expect(checkFeed(statement, defs.keyChange!)).toEqual([]);
  });

  const broken: [string, (m: any) => void][] = [
    ['uppercase id', (m) => { m.id = 'News'; }],
    ['refresh under a minute', (m) => { m.refresh.seconds = 30; }],
    ['short key id', (m) => { m.keyId = 'abc'; }],
    ['shard path outside shards/', (m) => { m.shards[0].path = '../secret.json'; }],
    ['shard over the cap', (m) => { m.shards[0].bytes = FEED_LIMITS.shardBytes + 1; }],
    ['no shards', (m) => { m.shards = []; }],
    ['http mirror', (m) => { m.mirrors = ['http://mirror.example.com/']; }],
    ['missing expires', (m) => { delete m.expires; }],
    ['wrong format version', (m) => { m.formatVersion = 2; }],
  ];

  it.each(broken)('both refuse: %s', async (_name, change) => {
    const [k0] = await keys();
    const manifest = json((await publish(indexAt(2), k0!)).files.get('feed.json'));
    change(manifest);
    expect(checkFeed(manifest).length).toBeGreaterThan(0);
    expect(parseManifest(utf8(JSON.stringify(manifest))).ok).toBe(false);
  });
});
