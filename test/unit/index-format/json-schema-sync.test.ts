/**
 * index.schema.json is what publishers read; schema.ts is what the extension enforces. These tests
 * keep them from drifting: same required fields, enums, patterns and caps, and both reject the
 * same broken documents. json-schema-check.ts covers the JSON Schema keywords our schemas use.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ENTITY_KINDS,
  HTTPS_URL_PATTERN,
  ID_PATTERN,
  LANGUAGE_PATTERN,
  LIMITS,
  SOURCE_KINDS,
  entitySchema,
  eventSchema,
  metadataSchema,
} from '../../../lib/index-format/schema';
import { validateIndex } from '../../../lib/index-format/validate-index';
import { validDoc } from './fixtures';
import { SCHEMAS, check as checkAgainst, entry, keysOf, requiredOf, type JsonSchema } from './json-schema-check';

const schema: JsonSchema = SCHEMAS['index.schema.json']!;
const defs: Record<string, JsonSchema> = schema.$defs;
const check = (value: unknown, s: JsonSchema) => checkAgainst(value, s, 'index.schema.json');

describe('index.schema.json matches the validator', () => {
  const pairs: [string, JsonSchema, unknown][] = [
    ['document', schema, metadataSchema],
    ['publisher', schema.properties.publisher, entry(metadataSchema, 'publisher')],
    ['entity', defs.entity!, entitySchema],
    ['event', defs.event!, eventSchema],
    ['dates', defs.dates!, entry(eventSchema, 'dates')],
    ['match', defs.match!, entry(eventSchema, 'match')],
    ['source', defs.source!, entry(eventSchema, 'sources')],
  ];

  it.each(pairs)('%s: same fields and same required fields', (_name, json, valibot) => {
    expect([...json.required].sort()).toEqual(requiredOf(valibot));
    expect(Object.keys(json.properties).sort()).toEqual(keysOf(valibot));
  });

  it('lists the same kinds', () => {
    expect(defs.entity!.properties.kind.enum).toEqual([...ENTITY_KINDS]);
    expect(defs.source!.properties.kind.enum).toEqual([...SOURCE_KINDS]);
  });

  it('uses the same id and language patterns', () => {
    expect(defs.id!.pattern).toBe(ID_PATTERN.source);
    expect(defs.language!.pattern).toBe(LANGUAGE_PATTERN.source);
    expect(defs.entity!.properties.names.propertyNames.pattern).toBe(LANGUAGE_PATTERN.source);
  });

  it('uses the same https URL pattern', () => {
    expect(new RegExp(defs.httpsUrl!.pattern, 'u').source).toBe(HTTPS_URL_PATTERN.source);
  });

  // Each URL goes to both: the JSON Schema's httpsUrl and the validator (as a source URL).
  // `stored` is what the validator keeps: the parsed canonical form; null: both refuse it.
  const urlCases: [string, string | null][] = [
    ['https://news.example/a', 'https://news.example/a'],
    ['https://news.example', 'https://news.example/'],
    ['https://NEWS.Example/A?b=1#c', 'https://news.example/A?b=1#c'],
    ['https://news.example:443/a', 'https://news.example/a'],
    ['https://news.example/путь', 'https://news.example/%D0%BF%D1%83%D1%82%D1%8C'],
    ['https://пример.example/a', 'https://xn--e1afmkfd.example/a'],
    ['https://news.example/a/../b', 'https://news.example/b'],
    ['https:news.example/a', null],
    ['https:/news.example/a', null],
    ['https:///news.example/a', null],
    ['https:\\\\news.example/a', null],
    ['HTTPS://news.example/a', null],
    ['Https://news.example/a', null],
    ['http://news.example/a', null],
    [' https://news.example/a', null],
    ['https://news.example/a b', null],
    ['https://news.example/a\tb', null],
    ['https://news.example/a\u0001', null],
    ['https://u:p@news.example/a', null],
    ['https://@news.example/a', null],
    ['javascript:alert(1)', null],
    ['https://', null],
  ];

  it.each(urlCases)('same verdict on %j; stored as its parsed form', (url, stored) => {
    const schemaAccepts = check(url, defs.httpsUrl!).length === 0;
    const doc = validDoc();
    (doc.events[0] as any).sources[0].url = url;
    const result = validateIndex(doc);
    const kept = result.ok ? result.index.events.find((e) => e.id === (doc.events[0] as any).id)?.sources[0]?.url : undefined;
    const validatorAccepts = kept !== undefined && result.ok && result.dropped.length === 0;
    expect({ schemaAccepts, validatorAccepts }).toEqual({ schemaAccepts: stored !== null, validatorAccepts: stored !== null });
    if (stored !== null) expect(kept).toBe(stored);
  });

  it('states the same caps', () => {
    expect(schema.properties.events.maxItems).toBe(LIMITS.events);
    expect(schema.properties.entities.maxItems).toBe(LIMITS.entities);
    expect(defs.event!.properties.summary.maxLength).toBe(LIMITS.summary);
    expect(defs.event!.properties.title.maxLength).toBe(LIMITS.title);
    expect(defs.event!.properties.sources.maxItems).toBe(LIMITS.sourcesPerEvent);
    expect(defs.event!.properties.related.maxItems).toBe(LIMITS.related);
    expect(defs.httpsUrl!.maxLength).toBe(LIMITS.url);
    expect(defs.keyword!.maxLength).toBe(LIMITS.shortText);
    expect(defs.entity!.properties.names.maxProperties).toBe(LIMITS.languagesPerEntity);
    expect(defs.entity!.properties.names.additionalProperties.maxItems).toBe(LIMITS.namesPerLanguage);
    expect(defs.match!.properties.context.maxItems).toBe(LIMITS.contextGroups);
    expect(defs.match!.properties.context.items.maxItems).toBe(LIMITS.termsPerGroup);
    expect(defs.match!.properties.phrases.maxItems).toBe(LIMITS.phrases);
  });

  it('accepts the bundled default index', () => {
    const text = readFileSync(new URL('../../../public/default-index.json', import.meta.url), 'utf8');
    expect(check(JSON.parse(text), schema)).toEqual([]);
  });

  it('accepts the test fixture', () => {
    expect(check(validDoc(), schema)).toEqual([]);
  });

  const broken: [string, (d: ReturnType<typeof validDoc>) => void][] = [
    ['uppercase event id', (d) => { (d.events[0] as any).id = 'Event'; }],
    ['language name', (d) => { (d.events[0] as any).sources[0].language = 'english'; }],
    ['unknown source kind', (d) => { (d.events[0] as any).sources[0].kind = 'blog'; }],
    ['unknown entity kind', (d) => { (d.entities[1] as any).kind = 'animal'; }],
    ['http source', (d) => { (d.events[0] as any).sources[0].url = 'http://news.example/a'; }],
    ['source with credentials', (d) => { (d.events[0] as any).sources[0].url = 'https://u:p@news.example/a'; }],
    ['missing summary', (d) => { delete (d.events[0] as any).summary; }],
    ['missing source outlet', (d) => { delete (d.events[0] as any).sources[0].outlet; }],
    ['no names', (d) => { (d.entities[1] as any).names = {}; }],
    ['published as a sentence', (d) => { (d.events[0] as any).sources[0].published = 'last week'; }],
    ['punctuation-only phrase', (d) => { (d.events[1] as any).match.phrases = ['...']; }],
    ['wrong format version', (d) => { d.formatVersion = 2; }],
  ];

  it.each(broken)('both reject: %s', (_name, change) => {
    const doc = validDoc();
    change(doc);
    expect(check(doc, schema).length).toBeGreaterThan(0);
    const result = validateIndex(doc);
    expect(!result.ok || result.dropped.length > 0).toBe(true);
  });
});
