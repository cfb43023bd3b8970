/**
 * Property-based fuzz of the index validator: arbitrary values, arbitrary JSON text and valid
 * documents with hostile strings and URLs put anywhere. It never throws, and every URL it accepts
 * is in its canonical https form and passes the schema's pattern. 8,000 cases; a failure names the
 * seed (replay with FUZZ_SEED=...).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HTTPS_URL_PATTERN } from '@/lib/index-format/schema';
import type { IndexDocument } from '@/lib/index-format/types';
import { parseIndexJson, validateIndex, type ValidationResult } from '@/lib/index-format/validate-index';
import { fuzz, hostileString, hostileUrl } from '../fuzz';
import { validDoc } from './fixtures';

const RUNS = { values: 2000, json: 1000, mutated: 5000 };
/** Generous: thousands of validations on a machine shared by many jobs. */
const TIMEOUT = 180_000;

function acceptedUrls(index: IndexDocument): string[] {
  const urls = index.events.flatMap((e) => e.sources.map((s) => s.url));
  if (index.publisher.url !== undefined) urls.push(index.publisher.url);
  if (index.homepage !== undefined) urls.push(index.homepage);
  return urls;
}

/** The properties every answer has. */
function checkResult(result: ValidationResult): void {
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    return;
  }
  for (const url of acceptedUrls(result.index)) {
    expect(url, url).toMatch(HTTPS_URL_PATTERN);
    const parsed = new URL(url);
    expect(parsed.protocol).toBe('https:');
    expect(parsed.username + parsed.password).toBe('');
    expect(parsed.href).toBe(url);
  }
}

/** Paths of the string fields of the valid document that hostile text may replace. */
const TEXT_PATHS: (string | number)[][] = [
  ['title'], ['publisher', 'name'], ['events', 0, 'title'], ['events', 0, 'summary'], ['events', 1, 'title'],
  ['events', 0, 'sources', 0, 'outlet'], ['events', 0, 'sources', 0, 'title'], ['events', 0, 'sources', 1, 'outlet'],
  ['entities', 0, 'label'], ['entities', 0, 'names', 'en', 0], ['events', 0, 'match', 'context', 0, 0], ['events', 1, 'match', 'phrases', 0],
  ['events', 0, 'id'], ['events', 0, 'related', 0], ['events', 0, 'sources', 0, 'language'], ['events', 0, 'dates', 'start'],
];
const URL_PATHS: (string | number)[][] = [
  ['events', 0, 'sources', 0, 'url'], ['events', 0, 'sources', 1, 'url'], ['events', 1, 'sources', 0, 'url'], ['publisher', 'url'], ['homepage'],
];

function setAt(doc: unknown, path: (string | number)[], value: unknown): void {
  let at = doc as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
}

describe('validateIndex, fuzzed', () => {
  it('answers any value without throwing', () => {
    fuzz(fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true }), (value) => checkResult(validateIndex(value))), RUNS.values);
  }, TIMEOUT);

  it('answers any text as JSON without throwing', () => {
    const texts = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json().map((j) => j), fc.jsonValue().map((v) => JSON.stringify(v)));
    fuzz(fc.property(texts, (text) => checkResult(parseIndexJson(text))), RUNS.json);
  }, TIMEOUT);

  it('keeps only canonical https URLs, whatever strings and URLs a document carries', () => {
    const edits = fc.array(
      fc.oneof(
        fc.tuple(fc.constantFrom(...TEXT_PATHS), fc.oneof(hostileString(), fc.jsonValue())),
        fc.tuple(fc.constantFrom(...URL_PATHS), hostileUrl()),
      ),
      { minLength: 1, maxLength: 6 },
    );
    fuzz(
      fc.property(edits, (changes) => {
        const doc = validDoc();
        for (const [path, value] of changes) setAt(doc, path, value);
        // Through JSON as well as as an object: what a fetched feed would be.
        checkResult(validateIndex(doc));
        checkResult(parseIndexJson(JSON.stringify(doc)));
      }),
      RUNS.mutated,
    );
  }, TIMEOUT);
});
