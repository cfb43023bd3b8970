/**
 * Concepts in index format v1: a shared vocabulary that context groups reference. Validation
 * (exact paths, unknown ids, caps), canonical form, and agreement with index.schema.json.
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../lib/index-format/canonical';
import { expandConcepts } from '../../../lib/index-format/concepts';
import { LIMITS } from '../../../lib/index-format/schema';
import { formatIssue, parseIndexJson, validateIndex } from '../../../lib/index-format/validate-index';
import type { IndexDocument } from '../../../lib/index-format/types';
import { validDoc } from './fixtures';
import { SCHEMAS, check } from './json-schema-check';

type Doc = ReturnType<typeof validDoc>;

/** The fixture with two concepts; the first event's groups use them next to a literal term. */
function withConcepts(): Doc {
  const doc = validDoc();
  doc.concepts = [
    { id: 'meeting', label: 'meeting', terms: { ru: ['встреча'], en: ['meeting', 'talks'] } },
    { id: 'test', label: 'test', terms: { en: ['test', 'trial'], de: ['Test'] } },
  ];
  (doc.events[0] as any).match.context = [[{ concept: 'meeting' }, 'summit'], [{ concept: 'test' }]];
  return doc;
}

function issuesOf(doc: unknown): string[] {
  const result = validateIndex(doc);
  if (!result.ok) return result.errors.map(formatIssue);
  return result.dropped.flatMap((d) => d.issues.map(formatIssue));
}

function valid(doc: unknown): IndexDocument {
  const result = validateIndex(doc);
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('; '));
  expect(result.dropped).toEqual([]);
  return result.index;
}

describe('concepts: validation', () => {
  it('keeps concepts and references as written, in fresh objects', () => {
    const doc = withConcepts();
    (doc.concepts as any)[0].note = 'ignored';
    (doc.events[0] as any).match.context[0][0].extra = 'ignored';
    const index = valid(doc);
    expect(index.concepts).toEqual([
      { id: 'meeting', label: 'meeting', terms: { ru: ['встреча'], en: ['meeting', 'talks'] } },
      { id: 'test', label: 'test', terms: { en: ['test', 'trial'], de: ['Test'] } },
    ]);
    expect(index.events[0]!.match.context).toEqual([[{ concept: 'meeting' }, 'summit'], [{ concept: 'test' }]]);
  });

  it('leaves a document without concepts as it was: no concepts field', () => {
    expect('concepts' in valid(validDoc())).toBe(false);
    const empty = validDoc();
    empty.concepts = [];
    expect('concepts' in valid(empty)).toBe(false);
  });

  const cases: [string, (d: Doc) => void, string[]][] = [
    ['unknown concept id', (d) => { (d.events[0] as any).match.context[1] = ['x', { concept: 'nope' }]; }, [
      'events[0].match.context[1][1].concept: unknown concept id "nope"',
    ]],
    ['reference to a dropped concept', (d) => { (d.concepts as any)[1].terms = { en: [] }; }, [
      'concepts[1].terms.en: must list at least one term',
      'events[0].match.context[1][0].concept: unknown concept id "test" (concepts[1] was dropped)',
    ]],
    ['concept term without a letter', (d) => { (d.concepts as any)[0].terms.en[1] = '?!'; }, [
      'concepts[0].terms.en[1]: must contain at least one letter or digit',
      'events[0].match.context[0][0].concept: unknown concept id "meeting" (concepts[0] was dropped)',
    ]],
    ['concept without terms', (d) => { (d.concepts as any)[0].terms = {}; }, [
      'concepts[0].terms: must list at least one term',
      'events[0].match.context[0][0].concept: unknown concept id "meeting" (concepts[0] was dropped)',
    ]],
    ['concept terms under a language name', (d) => { (d.concepts as any)[1].terms = { English: ['test'] }; }, [
      'concepts[1].terms.English: key must be a language code like "en" or "zh-Hant"',
      'events[0].match.context[1][0].concept: unknown concept id "test" (concepts[1] was dropped)',
    ]],
    ['concept id that is not an id', (d) => { (d.concepts as any)[1].id = 'Test Concept'; }, [
      'concepts[1].id: must be an id: lowercase letters, digits and dashes, starting with a letter or digit, at most 80 characters',
      'events[0].match.context[1][0].concept: unknown concept id "test"',
    ]],
    ['duplicate concept id', (d) => { (d.concepts as any).push({ id: 'test', label: 'again', terms: { en: ['again'] } }); }, [
      'concepts[2].id: duplicate id "test" (first at concepts[1])',
    ]],
    ['reference that is not an object', (d) => { (d.events[0] as any).match.context[0][1] = 7; }, [
      'events[0].match.context[0][1]: must be a term or a concept reference like {"concept": "earthquake"}',
    ]],
    ['reference with a bad id', (d) => { (d.events[0] as any).match.context[0][0] = { concept: 'Meeting!' }; }, [
      'events[0].match.context[0][0].concept: must be an id: lowercase letters, digits and dashes, starting with a letter or digit, at most 80 characters',
    ]],
    ['reference without an id', (d) => { (d.events[0] as any).match.context[0][0] = { id: 'meeting' }; }, [
      'events[0].match.context[0][0].concept: is required',
    ]],
    ['concepts that are not a list', (d) => { d.concepts = { meeting: {} }; }, ['concepts: must be a list']],
  ];

  it.each(cases)('%s', (_name, change, expected) => {
    const doc = withConcepts();
    change(doc);
    expect(issuesOf(doc)).toEqual(expected);
  });

  it('caps a group once its concepts are counted in', () => {
    const doc = withConcepts();
    const many = Array.from({ length: LIMITS.termsPerLanguage }, (_, i) => `word${i}`);
    const languages = Math.ceil(LIMITS.expandedTermsPerGroup / LIMITS.termsPerLanguage / 2) + 1;
    const terms = Object.fromEntries(Array.from({ length: languages }, (_, i) => [`l${String.fromCharCode(97 + i)}`, many]));
    doc.concepts = [...(doc.concepts as any[]), { id: 'big', label: 'big', terms }];
    (doc.events[0] as any).match.context[1] = [{ concept: 'big' }, { concept: 'big' }, 'x'];
    const size = 2 * languages * LIMITS.termsPerLanguage + 1;
    expect(size).toBeGreaterThan(LIMITS.expandedTermsPerGroup);
    expect(issuesOf(doc)).toEqual([
      `events[0].match.context[1]: has ${size} terms with its concepts' words; at most ${LIMITS.expandedTermsPerGroup}`,
    ]);
  });

  it('refuses a document with more concepts than the cap, before reading them', () => {
    const doc = validDoc();
    doc.concepts = new Array(LIMITS.concepts + 1).fill(0);
    expect(issuesOf(doc)).toEqual([`concepts: must have at most ${LIMITS.concepts} items`]);
  });

  it('warns about a concept no event uses', () => {
    const doc = withConcepts();
    (doc.concepts as any).push({ id: 'unused', label: 'unused', terms: { en: ['unused'] } });
    const result = validateIndex(doc);
    expect(result.ok && result.warnings.map(formatIssue)).toContain('concepts[2]: concept "unused" is not used by any event');
  });
});

describe('concepts: canonical form', () => {
  it('round-trips: concepts sorted by id, English first, references kept', () => {
    const doc = withConcepts();
    (doc.concepts as any).reverse();
    const text = canonicalJson(valid(doc));
    const again = parseIndexJson(text);
    if (!again.ok) throw new Error('invalid');
    expect(canonicalJson(again.index)).toBe(text);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual([
      'format', 'formatVersion', 'version', 'title', 'publisher', 'homepage', 'generated', 'expires', 'entities', 'concepts', 'events',
    ]);
    expect(parsed.concepts.map((c: any) => c.id)).toEqual(['meeting', 'test']);
    expect(Object.keys(parsed.concepts[0].terms)).toEqual(['en', 'ru']);
    expect(parsed.events[0].match.context[0]).toEqual([{ concept: 'meeting' }, 'summit']);
  });

  it('writes a document without concepts exactly as before', () => {
    expect(canonicalJson(valid(validDoc()))).not.toContain('concepts');
  });

  it('expands to literal groups: each reference becomes the concept\'s words in place', () => {
    const expanded = expandConcepts(valid(withConcepts()));
    expect('concepts' in expanded).toBe(false);
    expect(expanded.events[0]!.match.context).toEqual([['встреча', 'meeting', 'talks', 'summit'], ['test', 'trial', 'Test']]);
    expect(valid(JSON.parse(JSON.stringify(expanded))).events[0]!.match.context).toEqual(expanded.events[0]!.match.context);
  });
});

describe('concepts: index.schema.json agrees', () => {
  const schema = SCHEMAS['index.schema.json']!;
  const jsonIssues = (doc: unknown) => check(doc, schema, 'index.schema.json');

  it('accepts a document with concepts', () => {
    expect(jsonIssues(withConcepts())).toEqual([]);
  });

  it('states the same caps', () => {
    expect(schema.properties.concepts.maxItems).toBe(LIMITS.concepts);
    expect(schema.$defs.concept.properties.terms.maxProperties).toBe(LIMITS.languagesPerConcept);
    expect(schema.$defs.concept.properties.terms.additionalProperties.maxItems).toBe(LIMITS.termsPerLanguage);
    expect(schema.$defs.match.properties.context.description).toContain(String(LIMITS.expandedTermsPerGroup));
  });

  const broken: [string, (d: Doc) => void][] = [
    ['reference that is a number', (d) => { (d.events[0] as any).match.context[0][1] = 7; }],
    ['reference with a bad id', (d) => { (d.events[0] as any).match.context[0][0] = { concept: 'Meeting!' }; }],
    ['reference without an id', (d) => { (d.events[0] as any).match.context[0][0] = { id: 'meeting' }; }],
    ['concept without terms', (d) => { (d.concepts as any)[0].terms = {}; }],
    ['concept without a label', (d) => { delete (d.concepts as any)[0].label; }],
  ];

  it.each(broken)('both reject: %s', (_name, change) => {
    const doc = withConcepts();
    change(doc);
    expect(jsonIssues(doc).length).toBeGreaterThan(0);
    expect(issuesOf(doc).length).toBeGreaterThan(0);
  });
});
