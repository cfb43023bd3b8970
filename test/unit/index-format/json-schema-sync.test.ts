/**
 * index.schema.json is what publishers read; schema.ts is what the extension enforces. These tests
 * keep them from drifting: same required fields, enums, patterns and caps, and both reject the
 * same broken documents. The checker below covers the JSON Schema keywords our schema uses.
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

type JsonSchema = Record<string, any>;
const schema: JsonSchema = JSON.parse(readFileSync(new URL('../../../lib/index-format/index.schema.json', import.meta.url), 'utf8'));
const defs: Record<string, JsonSchema> = schema.$defs;

/** Errors of `value` against `s` (subset of draft 2020-12: the keywords index.schema.json uses). */
function check(value: unknown, s: JsonSchema, path = '$'): string[] {
  if (typeof s.$ref === 'string') {
    const target = defs[s.$ref.replace('#/$defs/', '')];
    if (!target) return [`${path}: unknown $ref ${s.$ref}`];
    return check(value, target, path);
  }
  const errors: string[] = [];
  const fail = (what: string) => errors.push(`${path}: ${what}`);
  if ('const' in s && value !== s.const) fail(`must be ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.includes(value)) fail(`must be one of ${s.enum.join(', ')}`);
  switch (s.type) {
    case 'object':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [...errors, `${path}: must be an object`];
      break;
    case 'array':
      if (!Array.isArray(value)) return [...errors, `${path}: must be an array`];
      break;
    case 'string':
      if (typeof value !== 'string') return [...errors, `${path}: must be a string`];
      break;
    case 'integer':
      if (!Number.isInteger(value)) return [...errors, `${path}: must be an integer`];
      break;
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (s.minLength !== undefined && length < s.minLength) fail('too short');
    if (s.maxLength !== undefined && length > s.maxLength) fail('too long');
    if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(value)) fail(`must match ${s.pattern}`);
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) fail('too small');
    if (s.maximum !== undefined && value > s.maximum) fail('too large');
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) fail('too few items');
    if (s.maxItems !== undefined && value.length > s.maxItems) fail('too many items');
    if (s.items) value.forEach((item, i) => errors.push(...check(item, s.items, `${path}[${i}]`)));
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    for (const key of s.required ?? []) if (!(key in record)) fail(`missing ${key}`);
    if (s.minProperties !== undefined && keys.length < s.minProperties) fail('too few properties');
    if (s.maxProperties !== undefined && keys.length > s.maxProperties) fail('too many properties');
    for (const key of keys) {
      if (s.propertyNames) errors.push(...check(key, s.propertyNames, `${path}.${key}(name)`));
      const sub = s.properties?.[key] ?? (s.additionalProperties && typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
      if (sub) errors.push(...check(record[key], sub, `${path}.${key}`));
    }
  }
  return errors;
}

/** The object schema inside a valibot pipe / optional / nullable / list wrapper. */
function objectOf(s: any): { entries: Record<string, any> } {
  let current = s;
  for (let guard = 0; guard < 10; guard++) {
    if (current.type === 'object') return current;
    if (current.pipe) current = current.type === 'array' ? current.pipe[current.pipe.length - 1] : current.pipe[0];
    else if (current.wrapped) current = current.wrapped;
    else if (current.item) current = current.item;
    else break;
  }
  throw new Error(`no object schema inside ${String(s?.type)}`);
}

const isOptional = (s: any) => s.type === 'optional';
const requiredOf = (s: any) => Object.entries(objectOf(s).entries).filter(([, v]) => !isOptional(v)).map(([k]) => k).sort();
const keysOf = (s: any) => Object.keys(objectOf(s).entries).sort();
const entry = (s: any, key: string) => objectOf(s).entries[key];

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
