/**
 * Parsers for the feed's own documents (feed.json, a shard's envelope, keys.json and key
 * changes), run only on bytes that already passed their size cap and, for feed.json and key
 * changes, their signature. Each returns the document or problems with the exact JSON path.
 * The entities and events inside shards are validated by lib/index-format/validate-index.ts.
 * Keep feed.schema.json in sync (test/unit/feed/json-schema-sync.test.ts).
 */
import * as v from 'valibot';
import {
  LIMITS,
  MESSAGES,
  dateTime,
  httpsUrl,
  language,
  maxChars,
  optional,
  positiveInteger,
  text,
  withoutNullish,
} from '../index-format/schema';
import { decodeUtf8 } from './bytes';
import {
  FEED_FORMAT,
  FEED_FORMAT_VERSION,
  FEED_ID_PATTERN,
  FEED_LIMITS,
  KEY_CHANGE_FORMAT,
  KEYS_FORMAT,
  SHA256_PATTERN,
  SHARD_FORMAT,
  SHARD_PATH_PATTERN,
  type FeedManifest,
  type KeyChange,
  type KeysDocument,
  type ShardDocument,
} from './format';
import { isAllowedFeedUrl } from './feed-address';
import { isKeyId, parsePublicKey } from './keys';
import { type Checked, ok, problems, refused } from './problems';

const literal = <T extends string | number>(value: T) => v.literal(value, `must be ${JSON.stringify(value)}`);
const formatVersion = v.literal(
  FEED_FORMAT_VERSION,
  `must be ${FEED_FORMAT_VERSION} (this version of Backstory reads feed format version ${FEED_FORMAT_VERSION})`,
);
const keyId = v.pipe(v.string(MESSAGES.text), v.check(isKeyId, 'must be a key id: 16 lowercase hex digits'));
const wholeNumber = (min: number, max: number) =>
  v.pipe(
    v.number('must be a whole number'),
    v.safeInteger('must be a whole number'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );
const list = <T extends v.GenericSchema>(item: T, max: number, min: number) =>
  v.pipe(
    v.array(v.unknown(), MESSAGES.list),
    v.minLength(min, min === 1 ? MESSAGES.empty : `must have at least ${min} items`),
    v.maxLength(max, `must have at most ${max} items`),
    v.array(item),
  );

const shardRef = v.pipe(
  v.object(
    {
      path: v.pipe(v.string(MESSAGES.text), v.regex(SHARD_PATH_PATTERN, 'must be "shards/<sha256>.json"')),
      bytes: wholeNumber(1, FEED_LIMITS.shardBytes),
      sha256: v.pipe(v.string(MESSAGES.text), v.regex(SHA256_PATTERN, 'must be 64 lowercase hex digits')),
    },
    MESSAGES.object,
  ),
  v.check((ref) => ref.path === `shards/${ref.sha256}.json`, 'path must be "shards/" + sha256 + ".json"'),
);

export const manifestSchema = v.pipe(
  v.object(
    {
      format: literal(FEED_FORMAT),
      formatVersion,
      id: v.pipe(v.string(MESSAGES.text), v.regex(FEED_ID_PATTERN, 'must be lowercase letters, digits and dashes, at most 64 characters')),
      title: text(LIMITS.title),
      publisher: v.pipe(
        v.object({ name: text(LIMITS.shortText), url: optional(httpsUrl) }, MESSAGES.object),
        v.transform(withoutNullish),
      ),
      homepage: optional(httpsUrl),
      language: optional(language),
      version: positiveInteger('must be a positive whole number'),
      generated: dateTime,
      expires: dateTime,
      refresh: v.object({ seconds: wholeNumber(FEED_LIMITS.refreshMin, FEED_LIMITS.refreshMax) }, MESSAGES.object),
      keyId,
      mirrors: optional(
        list(
          v.pipe(v.string(MESSAGES.text), maxChars(LIMITS.url), v.check(isAllowedFeedUrl, 'must be an https URL')),
          FEED_LIMITS.mirrors,
          0,
        ),
      ),
      shards: list(shardRef, FEED_LIMITS.shards, 1),
    },
    MESSAGES.object,
  ),
  v.transform(withoutNullish),
);

export const shardEnvelopeSchema = v.object(
  {
    format: literal(SHARD_FORMAT),
    formatVersion,
    entities: v.array(v.unknown(), MESSAGES.list),
    concepts: v.optional(v.array(v.unknown(), MESSAGES.list)),
    events: v.array(v.unknown(), MESSAGES.list),
  },
  MESSAGES.object,
);

const base64 = v.pipe(v.string(MESSAGES.text), v.maxLength(4096, 'must be at most 4096 characters'));

export const keysSchema = v.object(
  {
    format: literal(KEYS_FORMAT),
    formatVersion,
    changes: list(v.object({ from: keyId, statement: base64, signature: base64 }, MESSAGES.object), FEED_LIMITS.keyChanges, 0),
  },
  MESSAGES.object,
);

export const keyChangeSchema = v.object(
  {
    format: literal(KEY_CHANGE_FORMAT),
    formatVersion,
    feed: v.pipe(v.string(MESSAGES.text), v.regex(FEED_ID_PATTERN, 'must be a feed id')),
    from: keyId,
    to: v.pipe(v.string(MESSAGES.text), v.check((s) => parsePublicKey(s).ok, 'must be a public key "ed25519:<base64>"')),
    date: dateTime,
  },
  MESSAGES.object,
);

/** "events[3].sources[1].url" from valibot's issue path. */
function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** UTF-8 JSON bytes (size already capped) checked against `schema`; problems name `file` + JSON path. */
export function parseJsonFile<S extends v.GenericSchema>(
  file: string,
  bytes: Uint8Array,
  schema: S,
): Checked<v.InferOutput<S>> {
  const textValue = decodeUtf8(bytes);
  if (textValue === undefined) return refused(problems.invalid(file, 'is not UTF-8 text'));
  let value: unknown;
  try {
    value = JSON.parse(textValue.charCodeAt(0) === 0xfeff ? textValue.slice(1) : textValue);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    return refused(problems.invalid(file, `is not valid JSON (${detail})`));
  }
  const result = v.safeParse(schema, value);
  if (result.success) return ok(result.output);
  return refused(...result.issues.slice(0, 20).map((issue) => problems.invalid(`${file}: ${issuePath(issue)}`, issue.message)));
}

export function parseManifest(bytes: Uint8Array): Checked<FeedManifest> {
  const parsed = parseJsonFile('feed.json', bytes, manifestSchema);
  if (!parsed.ok) return parsed;
  const m = parsed.value;
  const extra = [];
  if (Date.parse(m.expires) <= Date.parse(m.generated)) extra.push(problems.invalid('feed.json: expires', 'must be later than generated'));
  const seen = new Set<string>();
  m.shards.forEach((ref, i) => {
    if (seen.has(ref.sha256)) extra.push(problems.invalid(`feed.json: shards[${i}]`, 'lists the same shard twice'));
    seen.add(ref.sha256);
  });
  const total = m.shards.reduce((sum, ref) => sum + ref.bytes, 0);
  if (total > FEED_LIMITS.feedBytes) extra.push(problems.tooLarge('the whole feed', FEED_LIMITS.feedBytes, total));
  if (extra.length > 0) return refused(...extra);
  return ok(m as FeedManifest);
}

export function parseShard(path: string, bytes: Uint8Array): Checked<{ entities: unknown[]; concepts?: unknown[]; events: unknown[] }> {
  return parseJsonFile(path, bytes, shardEnvelopeSchema);
}

export const parseKeys = (bytes: Uint8Array): Checked<KeysDocument> => parseJsonFile('keys.json', bytes, keysSchema);

export const parseKeyChange = (file: string, bytes: Uint8Array): Checked<KeyChange> => parseJsonFile(file, bytes, keyChangeSchema);

export type { ShardDocument };
