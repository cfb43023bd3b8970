/**
 * A small JSON Schema checker for the keywords our published schemas use (a subset of draft
 * 2020-12), so tests can hold index.schema.json and feed.schema.json to the validators.
 * $ref may point into the same document ("#/$defs/x") or a sibling ("index.schema.json#/$defs/x").
 */
import { readFileSync } from 'node:fs';

export type JsonSchema = Record<string, any>;

const LIB = new URL('../../../lib/', import.meta.url);
/** The schemas by file name, read once. */
export const SCHEMAS: Record<string, JsonSchema> = {
  'index.schema.json': JSON.parse(readFileSync(new URL('index-format/index.schema.json', LIB), 'utf8')),
  'feed.schema.json': JSON.parse(readFileSync(new URL('feed/feed.schema.json', LIB), 'utf8')),
};

function resolve(ref: string, file: string): { schema: JsonSchema | undefined; file: string } {
  const [target, pointer = ''] = ref.split('#');
  const doc = target === '' ? file : target!;
  const name = pointer.replace('/$defs/', '');
  return { schema: SCHEMAS[doc]?.$defs?.[name], file: doc };
}

/** Errors of `value` against `s` (found in `file`, for relative $refs). */
export function check(value: unknown, s: JsonSchema, file: string, path = '$'): string[] {
  if (typeof s.$ref === 'string') {
    const target = resolve(s.$ref, file);
    if (!target.schema) return [`${path}: unknown $ref ${s.$ref}`];
    return check(value, target.schema, target.file, path);
  }
  if (Array.isArray(s.oneOf)) {
    const passing = (s.oneOf as JsonSchema[]).filter((option) => check(value, option, file, path).length === 0).length;
    if (passing !== 1) return [`${path}: must match exactly one of oneOf (matches ${passing})`];
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
    if (s.items) value.forEach((item, i) => errors.push(...check(item, s.items, file, `${path}[${i}]`)));
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    for (const key of s.required ?? []) if (!(key in record)) fail(`missing ${key}`);
    if (s.minProperties !== undefined && keys.length < s.minProperties) fail('too few properties');
    if (s.maxProperties !== undefined && keys.length > s.maxProperties) fail('too many properties');
    for (const key of keys) {
      if (s.propertyNames) errors.push(...check(key, s.propertyNames, file, `${path}.${key}(name)`));
      const sub = s.properties?.[key] ?? (s.additionalProperties && typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
      if (sub) errors.push(...check(record[key], sub, file, `${path}.${key}`));
    }
  }
  return errors;
}

/** The object schema inside a valibot pipe / optional / nullable / list wrapper. */
export function objectOf(s: any): { entries: Record<string, any> } {
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
export const requiredOf = (s: any) => Object.entries(objectOf(s).entries).filter(([, v]) => !isOptional(v)).map(([k]) => k).sort();
export const keysOf = (s: any) => Object.keys(objectOf(s).entries).sort();
export const entry = (s: any, key: string) => objectOf(s).entries[key];
