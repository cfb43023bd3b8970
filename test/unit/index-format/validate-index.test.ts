import { describe, expect, it } from 'vitest';
import {
  formatIssue,
  parseIndexJson,
  validateIndex,
  type ValidationIssue,
  type ValidationResult,
} from '../../../lib/index-format/validate-index';
import { validDoc } from './fixtures';

type Doc = ReturnType<typeof validDoc>;

function accepted(result: ValidationResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.errors.map(formatIssue).join('; ')}`);
  return result;
}

function rejected(result: ValidationResult): ValidationIssue[] {
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.errors;
}

/** Applies `change` to a fresh valid document and returns what was dropped (the rest must load). */
function droppedIssues(change: (doc: Doc) => void): string[] {
  const doc = validDoc();
  change(doc);
  const result = accepted(validateIndex(doc));
  return result.dropped.flatMap((d) => d.issues.map(formatIssue));
}

const event = (doc: Doc, i = 0) => doc.events[i] as Record<string, any>;
const entity = (doc: Doc, i = 0) => doc.entities[i] as Record<string, any>;
/** A third entity no event needs, so dropping it drops nothing else. */
const extraEntity = (doc: Doc) => {
  doc.entities.push({ id: 'carol', kind: 'person', label: 'Carol', names: { en: ['Carol'] } });
  return doc.entities[2] as Record<string, any>;
};

describe('validateIndex: a valid document', () => {
  it('loads every entity and event, normalized, with nothing dropped', () => {
    const result = accepted(validateIndex(validDoc()));
    expect(result.dropped).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.index.events.map((e) => e.id)).toEqual(['first-event', 'second-event']);
    expect(result.index.entities.map((e) => e.id)).toEqual(['alice', 'bob']);
    expect(result.index.events[0]!.sources[0]).toEqual({
      url: 'https://news.example/a', outlet: 'News', title: 'Alice meets Bob', language: 'en', published: '2025-11', kind: 'original',
    });
  });

  it('trims strings and treats null optional fields as absent (not invented)', () => {
    const doc = validDoc();
    doc.title = '  Test feed \n';
    doc.homepage = null;
    event(doc).title = '  Alice meets Bob  ';
    event(doc).sources[1].title = null;
    event(doc).sources[1].published = null;
    event(doc).related = null;
    event(doc, 1).match.phrases = null;
    const { index } = accepted(validateIndex(doc));
    expect(index.title).toBe('Test feed');
    expect('homepage' in index).toBe(false);
    expect(index.events[0]!.title).toBe('Alice meets Bob');
    expect(index.events[0]!.sources[1]).toEqual({ url: 'https://news.example/b', outlet: 'Новости', language: 'ru', kind: 'coverage' });
    expect('related' in index.events[0]!).toBe(false);
    expect('phrases' in index.events[1]!.match).toBe(false);
    expect(index.events[1]!.match.minContext).toBe(1);
    expect(index.events[0]!.match.minContext).toBeUndefined();
  });

  it('accepts a document without a homepage', () => {
    const doc = validDoc();
    delete doc.homepage;
    expect(accepted(validateIndex(doc)).index.homepage).toBeUndefined();
  });
});

describe('validateIndex: the language of event text', () => {
  it('keeps the document\'s language and an event\'s own; both are optional', () => {
    const doc = validDoc() as Doc & { language?: string };
    expect('language' in accepted(validateIndex(doc)).index).toBe(false);
    doc.language = 'en';
    event(doc, 1).language = 'uk';
    const { index } = accepted(validateIndex(doc));
    expect(index.language).toBe('en');
    // The document's language is given to events without their own.
    expect(index.events[0]!.language).toBe('en');
    expect(index.events[1]!.language).toBe('uk');
  });

  it('a bad language code is fatal at the top and drops only that event below', () => {
    const doc = validDoc() as Doc & { language?: string };
    doc.language = 'English';
    expect(rejected(validateIndex(doc)).map(formatIssue)).toEqual([
      'language: must be a language code like "en" or "zh-Hant"',
    ]);
    expect(droppedIssues((d) => (event(d).language = 'Ukrainian'))).toEqual([
      'events[0].language: must be a language code like "en" or "zh-Hant"',
    ]);
  });
});

describe('validateIndex: wrong metadata is fatal and names every problem', () => {
  const cases: [string, (doc: Doc) => void, ValidationIssue[]][] = [
    ['wrong format', (d) => { d.format = 'rss'; }, [{ path: 'format', message: 'must be "backstory-index"' }]],
    ['future format version', (d) => { d.formatVersion = 2; }, [
      { path: 'formatVersion', message: 'must be 1 (this version of Backstory reads format version 1)' },
    ]],
    ['version zero', (d) => { d.version = 0; }, [{ path: 'version', message: 'must be a positive whole number' }]],
    ['fractional version', (d) => { d.version = 1.5; }, [{ path: 'version', message: 'must be a positive whole number' }]],
    ['version as text', (d) => { d.version = '2'; }, [{ path: 'version', message: 'must be a positive whole number' }]],
    ['blank title', (d) => { d.title = '   '; }, [{ path: 'title', message: 'must not be empty' }]],
    ['missing publisher', (d) => { delete d.publisher; }, [{ path: 'publisher', message: 'is required' }]],
    ['publisher without a name', (d) => { d.publisher = { url: 'https://x.example/' }; }, [
      { path: 'publisher.name', message: 'is required' },
    ]],
    ['http publisher URL', (d) => { d.publisher = { name: 'P', url: 'http://publisher.example/' }; }, [
      { path: 'publisher.url', message: 'must be an https URL' },
    ]],
    ['homepage with credentials', (d) => { d.homepage = 'https://user:secret@publisher.example/'; }, [
      { path: 'homepage', message: 'must not contain a user name or password' },
    ]],
    ['javascript homepage', (d) => { d.homepage = 'javascript:alert(1)'; }, [{ path: 'homepage', message: 'must be an https URL' }]],
    ['date instead of date-time', (d) => { d.generated = '2025-12-15'; }, [
      { path: 'generated', message: 'must be an ISO 8601 date-time with a time zone, like 2025-12-15T00:00:00Z' },
    ]],
    ['date-time without time zone', (d) => { d.expires = '2026-12-15T00:00:00'; }, [
      { path: 'expires', message: 'must be an ISO 8601 date-time with a time zone, like 2025-12-15T00:00:00Z' },
    ]],
    ['impossible date-time', (d) => { d.expires = '2026-02-30T00:00:00Z'; }, [
      { path: 'expires', message: 'must be an ISO 8601 date-time with a time zone, like 2025-12-15T00:00:00Z' },
    ]],
    ['expires before generated', (d) => { d.expires = '2025-12-14T23:59:59Z'; }, [
      { path: 'expires', message: 'must be later than generated' },
    ]],
    ['entities not a list', (d) => { (d as Record<string, unknown>).entities = { alice: {} }; }, [
      { path: 'entities', message: 'must be a list' },
    ]],
    ['events missing', (d) => { delete (d as Record<string, unknown>).events; }, [{ path: 'events', message: 'is required' }]],
  ];

  it.each(cases)('%s', (_name, change, expected) => {
    const doc = validDoc();
    change(doc);
    expect(rejected(validateIndex(doc))).toEqual(expected);
  });

  it('reports all metadata problems at once', () => {
    const doc = validDoc();
    doc.format = 'x';
    doc.version = -1;
    doc.homepage = 'ftp://publisher.example/';
    expect(rejected(validateIndex(doc)).map(formatIssue)).toEqual([
      'format: must be "backstory-index"',
      'version: must be a positive whole number',
      'homepage: must be an https URL',
    ]);
  });
});

describe('validateIndex: bad entities and events are dropped one by one', () => {
  const cases: [string, (doc: Doc) => void, string[]][] = [
    ['http source URL drops its event', (d) => { event(d).sources[1].url = 'http://news.example/b'; }, [
      'events[0].sources[1]: is invalid, so the whole event is left out (fix or remove this source)',
      'events[0].sources[1].url: must be an https URL',
    ]],
    ['source URL without a host', (d) => { event(d).sources[0].url = 'https://'; }, [
      'events[0].sources[0]: is invalid, so the whole event is left out (fix or remove this source)',
      'events[0].sources[0].url: must be an https URL',
    ]],
    ['unknown source kind', (d) => { event(d).sources[0].kind = 'rumor'; }, [
      'events[0].sources[0]: is invalid, so the whole event is left out (fix or remove this source)',
      'events[0].sources[0].kind: must be one of original, coverage, primary, reaction, analysis, factcheck',
    ]],
    ['language name instead of code', (d) => { event(d).sources[0].language = 'English'; }, [
      'events[0].sources[0]: is invalid, so the whole event is left out (fix or remove this source)',
      'events[0].sources[0].language: must be a language code like "en" or "zh-Hant"',
    ]],
    ['month 13 in a source date', (d) => { event(d).sources[0].published = '2025-13'; }, [
      'events[0].sources[0]: is invalid, so the whole event is left out (fix or remove this source)',
      'events[0].sources[0].published: is not a real calendar date',
    ]],
    ['source date in another format', (d) => { event(d).sources[0].published = '25/11/2025'; }, [
      'events[0].sources[0]: is invalid, so the whole event is left out (fix or remove this source)',
      'events[0].sources[0].published: must be a date YYYY, YYYY-MM or YYYY-MM-DD',
    ]],
    ['30 February', (d) => { event(d).dates.start = '2025-02-30'; }, ['events[0].dates.start: is not a real calendar date']],
    ['event date with only a month', (d) => { event(d).dates.start = '2025-10'; }, ['events[0].dates.start: must be a date YYYY-MM-DD']],
    ['end before start', (d) => { event(d, 1).dates.end = '2025-10-31'; }, ['events[1].dates.end: must not be before dates.start']],
    ['reported before start', (d) => { event(d).dates.reported = '2025-10-13'; }, [
      'events[0].dates.reported: must not be before dates.start',
    ]],
    ['uppercase id', (d) => { event(d).id = 'First_Event'; }, [
      'events[0].id: must be an id: lowercase letters, digits and dashes, starting with a letter or digit, at most 80 characters',
    ]],
    ['punctuation-only context term', (d) => { event(d).match.context[1] = ['test', '?!']; }, [
      'events[0].match.context[1][1]: must contain at least one letter or digit',
    ]],
    ['empty context group', (d) => { event(d).match.context[1] = []; }, ['events[0].match.context[1]: must list at least one term']],
    ['summary over 2000 characters', (d) => { event(d).summary = 'x'.repeat(2001); }, [
      'events[0].summary: must be at most 2000 characters',
    ]],
    ['more than 200 sources', (d) => {
      event(d).sources = Array.from({ length: 201 }, (_, i) => ({ url: `https://n.example/${i}`, outlet: 'N', language: 'en', kind: 'coverage' }));
    }, ['events[0].sources: must have at most 200 items']],
    ['no sources', (d) => { event(d).sources = []; }, ['events[0].sources: must list at least one source']],
    ['anyMin larger than any', (d) => { Object.assign(event(d).match, { any: ['alice'], anyMin: 2 }); }, [
      'events[0].match.anyMin: must not be more than the number of ids in match.any (1)',
    ]],
    ['minContext larger than the groups', (d) => { event(d).match.minContext = 3; }, [
      'events[0].match.minContext: must not be more than the number of context groups (2)',
    ]],
    ['required context group that does not exist', (d) => { event(d).match.requireContext = [0, 5]; }, [
      'events[0].match.requireContext[1]: must be the index of a context group (0 to 1)',
    ]],
    ['required context group that is not a number', (d) => {
      (event(d).match as unknown as { requireContext: unknown }).requireContext = ['first'];
    }, ['events[0].match.requireContext[0]: must be a whole number']],
    ['rule that names nobody', (d) => { event(d).match.all = []; }, [
      'events[0].match: must name at least one entity in "all" or "any", or give "phrases"',
    ]],
    ['rule that can never reach two groups', (d) => { event(d).match.context = [['meeting']]; }, [
      'events[0].match.context: needs at least 2 groups (minContext defaults to 2), or give "phrases"',
    ]],
    ['related to itself', (d) => { event(d).related = ['first-event']; }, ['events[0].related[0]: must not be the event\'s own id']],
    ['entity without names', (d) => { extraEntity(d).names = {}; }, ['entities[2].names: must list at least one name']],
    ['names keyed by language name', (d) => { extraEntity(d).names = { english: ['Carol'] }; }, [
      'entities[2].names.english: key must be a language code like "en" or "zh-Hant"',
    ]],
    ['unknown entity kind', (d) => { extraEntity(d).kind = 'animal'; }, ['entities[2].kind: must be one of person, organization, place, other']],
    ['65 names in one language', (d) => { extraEntity(d).names = { en: Array.from({ length: 65 }, (_, i) => `Carol ${i}`) }; }, [
      'entities[2].names.en: must have at most 64 items',
    ]],
    ['a name of 257 characters', (d) => { extraEntity(d).names = { en: ['C'.repeat(257)] }; }, [
      'entities[2].names.en[0]: must be at most 256 characters',
    ]],
    ['event that is not an object', (d) => { d.events[1] = 'second-event' as unknown as Record<string, unknown>; }, [
      'events[1]: must be an object',
    ]],
  ];

  it.each(cases)('%s', (_name, change, expected) => {
    expect(droppedIssues(change)).toEqual(expected);
  });

  it('one bad event does not stop the rest', () => {
    const doc = validDoc();
    const third = structuredClone(doc.events[1]!) as Record<string, any>;
    third.id = 'third-event';
    doc.events.push(third);
    event(doc, 1).dates = { start: 'soon' };
    const result = accepted(validateIndex(doc));
    expect(result.index.events.map((e) => e.id)).toEqual(['first-event', 'third-event']);
    expect(result.dropped).toEqual([
      { path: 'events[1]', id: 'second-event', issues: [{ path: 'events[1].dates.start', message: 'must be a date YYYY-MM-DD' }] },
    ]);
  });

  it('an event needing an unknown entity is dropped; one needing a dropped entity says so', () => {
    const doc = validDoc();
    event(doc).match.all = ['alice', 'carol'];
    entity(doc, 1).kind = 'robot';
    const result = accepted(validateIndex(doc));
    expect(result.index.events).toEqual([]);
    expect(result.index.entities.map((e) => e.id)).toEqual(['alice']);
    expect(result.dropped.flatMap((d) => d.issues.map(formatIssue))).toEqual([
      'entities[1].kind: must be one of person, organization, place, other',
      'events[0].match.all[1]: unknown entity id "carol"',
      'events[1].match.all[0]: unknown entity id "bob" (entities[1] was dropped)',
    ]);
  });

  it('keeps the first of duplicate ids and drops later ones', () => {
    const doc = validDoc();
    doc.entities.push({ id: 'alice', kind: 'place', label: 'Another Alice', names: { en: ['Alice Springs'] } });
    doc.events.push({ ...structuredClone(doc.events[1]!), title: 'Copy' });
    const result = accepted(validateIndex(doc));
    expect(result.index.entities.find((e) => e.id === 'alice')!.label).toBe('Alice Example');
    expect(result.index.events.find((e) => e.id === 'second-event')!.title).toBe('Bob again');
    expect(result.dropped).toEqual([
      { path: 'entities[2]', id: 'alice', issues: [{ path: 'entities[2].id', message: 'duplicate id "alice" (first at entities[0])' }] },
      { path: 'events[2]', id: 'second-event', issues: [{ path: 'events[2].id', message: 'duplicate id "second-event" (first at events[1])' }] },
    ]);
  });

  it('a valid item replaces an invalid earlier one with the same id', () => {
    const doc = validDoc();
    const broken = structuredClone(doc.events[1]!) as Record<string, any>;
    broken.summary = '';
    doc.events.splice(1, 0, broken);
    const result = accepted(validateIndex(doc));
    expect(result.index.events.map((e) => e.id)).toEqual(['first-event', 'second-event']);
    expect(result.dropped.map((d) => d.path)).toEqual(['events[1]']);
  });

  it('keeps related ids it does not know, with a warning', () => {
    const doc = validDoc();
    event(doc).related = ['second-event', 'elsewhere-event'];
    const result = accepted(validateIndex(doc));
    expect(result.index.events[0]!.related).toEqual(['second-event', 'elsewhere-event']);
    expect(result.warnings).toEqual([
      { path: 'events[0].related[1]', message: 'unknown event id "elsewhere-event" (kept: it may be in another index)' },
    ]);
  });

  it('warns about an entity no event uses', () => {
    const doc = validDoc();
    doc.entities.push({ id: 'idle', kind: 'other', label: 'Idle', names: { en: ['Idle'] } });
    expect(accepted(validateIndex(doc)).warnings).toEqual([
      { path: 'entities[2]', message: 'entity "idle" is not used by any event' },
    ]);
  });
});

describe('validateIndex: hostile input', () => {
  it('ignores unknown fields everywhere and does not copy them', () => {
    const doc = validDoc() as Record<string, any>;
    doc.extra = { a: 1 };
    doc.publisher.script = 'alert(1)';
    doc.entities[0].aliases = ['x'];
    doc.events[0].html = '<img onerror=alert(1)>';
    doc.events[0].dates.approx = true;
    doc.events[0].match.regex = '.*';
    doc.events[0].sources[0].tracking = 'pixel';
    const result = accepted(validateIndex(doc));
    expect(result.dropped).toEqual([]);
    expect(result.index).toEqual(accepted(validateIndex(validDoc())).index);
    expect(JSON.stringify(result.index)).not.toMatch(/extra|script|aliases|html|approx|regex|tracking/);
  });

  it('does not let __proto__, constructor or prototype keys pollute prototypes or the result', () => {
    const text = JSON.stringify(validDoc())
      .replace('{"format"', '{"__proto__":{"polluted":"top"},"constructor":{"prototype":{"polluted":"ctor"}},"format"')
      .replace('"names":{"en"', '"names":{"__proto__":["Polluted"],"constructor":["Ctor"],"prototype":["Proto"],"en"')
      .replace('"match":{"all"', '"match":{"__proto__":{"polluted":"match"},"all"');
    expect(text).toContain('"__proto__"');
    const result = accepted(parseIndexJson(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    const { index } = result;
    expect(Object.getPrototypeOf(index)).toBe(Object.prototype);
    expect(Object.keys(index)).not.toContain('__proto__');
    expect(Object.keys(index)).not.toContain('constructor');
    const names = index.entities[0]!.names;
    expect(Object.getPrototypeOf(names)).toBe(Object.prototype);
    expect(Object.keys(names)).toEqual(['en', 'ru']);
    expect(Object.values(names).flat()).not.toContain('Polluted');
    expect((index.events[0]!.match as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never interprets a term as a pattern: regex syntax is just punctuation around words', () => {
    const doc = validDoc();
    event(doc).match.context[1] = ['(a+)+$', 'test'];
    const { index } = accepted(validateIndex(doc));
    expect(index.events[0]!.match.context[1]).toEqual(['(a+)+$', 'test']);
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an array', [validDoc()]],
    ['a string', 'backstory-index'],
  ])('rejects %s as a document', (_name, input) => {
    expect(rejected(validateIndex(input))).toEqual([
      { path: '(root)', message: 'must be an object (a Backstory index document)' },
    ]);
  });

  it('rejects text that is not JSON with a clear message', () => {
    for (const text of ['', '{', '{"format": backstory}', 'null x']) {
      const errors = rejected(parseIndexJson(text));
      expect(errors).toHaveLength(1);
      expect(errors[0]!.path).toBe('(root)');
      expect(errors[0]!.message).toMatch(/^is not valid JSON \(.+\)$/);
    }
  });

  it('accepts a byte order mark before the JSON', () => {
    expect(parseIndexJson(`\uFEFF${JSON.stringify(validDoc())}`).ok).toBe(true);
  });

  // How fast is the benchmark's business; here: huge input is refused with a message, never a throw.
  it('refuses 10 MB of junk, a 10 MB title and deep nesting with a message, without throwing', () => {
    const junk = 'x'.repeat(10_000_000);
    expect(rejected(parseIndexJson(junk))[0]!.message).toMatch(/^is not valid JSON/);
    expect(rejected(validateIndex(junk))[0]!.path).toBe('(root)');
    const doc = validDoc();
    doc.title = junk;
    expect(rejected(validateIndex(doc))).toEqual([{ path: 'title', message: 'must be at most 500 characters' }]);
    expect(rejected(parseIndexJson('['.repeat(1_000_000)))[0]!.message).toMatch(/^is not valid JSON/);
  });

  it('refuses more than 100000 events before looking at any of them', () => {
    const doc = validDoc();
    doc.events = new Array(100_001).fill(null);
    expect(rejected(validateIndex(doc))).toEqual([{ path: 'events', message: 'must have at most 100000 items' }]);
  });

  it('does not throw on input whose properties throw when read', () => {
    const hostile = new Proxy({}, { get() { throw new Error('boom'); }, has() { return true; } });
    const errors = rejected(validateIndex(hostile));
    expect(errors[0]!.path).toBe('(root)');
  });
});

describe('formatIssue', () => {
  it('puts the path before the problem', () => {
    expect(formatIssue({ path: 'events[3].sources[1].url', message: 'must be an https URL' })).toBe(
      'events[3].sources[1].url: must be an https URL',
    );
  });
});
