/**
 * Valibot schemas for index format v1, one per unit that validate-index.ts checks on its own:
 * the document's metadata (fatal when wrong), one entity, one event (dropped when wrong).
 * Shape and per-field rules live here; rules that need more than one item (unknown entity ids,
 * duplicate ids, date order) live in validate-index.ts.
 *
 * Every message is plain words that follow the field's path ("events[3].sources[1].url: must be
 * an https URL"). `v.object` copies only the keys it knows into a fresh object, so unknown fields
 * (and keys like "__proto__") never reach the result. Keep index.schema.json in sync with this file
 * (test/unit/index-format/json-schema-sync.test.ts checks the parts that can drift).
 */
import * as v from 'valibot';
import { INDEX_FORMAT, INDEX_FORMAT_VERSION } from './types';
import type { ConceptRef, EntityKind, SourceKind } from './types';

/** Caps that keep a hostile or broken feed bounded. Exceeding one is an issue, never a crash. */
export const LIMITS = {
  events: 100_000,
  entities: 100_000,
  /** Shared concepts (a vocabulary of ideas, far fewer than events). */
  concepts: 10_000,
  /** Labels, names, context terms, phrases, outlets. */
  shortText: 256,
  /** Document, event and source titles. */
  title: 500,
  summary: 2_000,
  url: 2_048,
  languagesPerEntity: 64,
  namesPerLanguage: 64,
  ruleEntities: 64,
  contextGroups: 32,
  termsPerGroup: 128,
  languagesPerConcept: 64,
  termsPerLanguage: 128,
  /** Terms of one context group once its concepts' words are counted in (bounds compiling). */
  expandedTermsPerGroup: 2_048,
  phrases: 256,
  sourcesPerEvent: 200,
  related: 64,
} as const;

export const ENTITY_KINDS = ['person', 'organization', 'place', 'other'] as const satisfies readonly EntityKind[];
export const SOURCE_KINDS = [
  'original',
  'coverage',
  'primary',
  'reaction',
  'analysis',
  'factcheck',
] as const satisfies readonly SourceKind[];

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DAY_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
/** A keyword must contain at least one letter or digit (in any script). */
const HAS_WORD = /[\p{L}\p{N}]/u;

export const MESSAGES = {
  text: 'must be text',
  empty: 'must not be empty',
  object: 'must be an object',
  list: 'must be a list',
  id: 'must be an id: lowercase letters, digits and dashes, starting with a letter or digit, at most 80 characters',
  language: 'must be a language code like "en" or "zh-Hant"',
  languageKey: 'key must be a language code like "en" or "zh-Hant"',
  https: 'must be an https URL',
  credentials: 'must not contain a user name or password',
  day: 'must be a date YYYY-MM-DD',
  partialDay: 'must be a date YYYY, YYYY-MM or YYYY-MM-DD',
  realDay: 'is not a real calendar date',
  dateTime: 'must be an ISO 8601 date-time with a time zone, like 2025-12-15T00:00:00Z',
  keyword: 'must contain at least one letter or digit',
  required: 'is required',
} as const;

export const maxChars = (n: number) => v.maxLength<string, number, string>(n, `must be at most ${n} characters`);
export const maxItems = (n: number) => v.maxLength<unknown[], number, string>(n, `must have at most ${n} items`);
const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;

/** Trimmed, non-empty text of at most `max` characters. */
export const text = (max: number) => v.pipe(v.string(MESSAGES.text), v.trim(), v.nonEmpty(MESSAGES.empty), maxChars(max));

/**
 * A name, context term or phrase: matched as words, never as a pattern or code. One step instead
 * of a five-step pipe: feeds hold many thousands of these, so this is the validator's hot path.
 */
const keyword = v.pipe(
  v.string(MESSAGES.text),
  v.rawTransform<string, string>(({ dataset, addIssue, NEVER }) => {
    const value = dataset.value.trim();
    let message: string | null = null;
    if (value === '') message = MESSAGES.empty;
    else if (value.length > LIMITS.shortText) message = `must be at most ${LIMITS.shortText} characters`;
    else if (!HAS_WORD.test(value)) message = MESSAGES.keyword;
    if (message === null) return value;
    addIssue({ message });
    return NEVER;
  }),
);

export const id = v.pipe(v.string(MESSAGES.text), v.trim(), v.regex(ID_PATTERN, MESSAGES.id));

export const language = v.pipe(v.string(MESSAGES.text), v.trim(), v.regex(LANGUAGE_PATTERN, MESSAGES.language));

/** A list checked for its length before any item is looked at (a huge list costs nothing). */
function list<T extends v.GenericSchema>(item: T, max: number, min = 0, minMessage: string = MESSAGES.empty) {
  return v.pipe(
    v.array(v.unknown(), MESSAGES.list),
    v.minLength(min, minMessage),
    maxItems(max),
    v.array(item),
  );
}

/** Optional field; `null` counts as absent (many generators write null for "unknown"). */
export function optional<T extends v.GenericSchema>(schema: T) {
  return v.optional(v.nullable(schema));
}

/** Drops keys whose value is null or undefined, so optional fields are absent, not null. */
export function withoutNullish<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== null && item !== undefined) out[key] = item;
  return out as { [K in keyof T]: Exclude<T[K], null> };
}

export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

function realDay(value: string): boolean {
  const m = PARTIAL_DAY_PATTERN.exec(value);
  if (!m) return true; // the format check reports it
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  return isRealDay(Number(m[1]), month, day);
}

function realDateTime(value: string): boolean {
  const m = DATE_TIME_PATTERN.exec(value);
  if (!m) return true; // the format check reports it
  const [hour, minute, second, offH, offM] = [m[4], m[5], m[6] ?? '0', m[7] ?? '0', m[8] ?? '0'].map(Number);
  return (
    isRealDay(Number(m[1]), Number(m[2]), Number(m[3])) &&
    hour! <= 23 && minute! <= 59 && second! <= 59 && offH! <= 23 && offM! <= 59
  );
}

/** YYYY-MM-DD, a real calendar date. */
export const day = v.pipe(
  v.string(MESSAGES.day),
  v.trim(),
  v.regex(DAY_PATTERN, MESSAGES.day),
  v.check(realDay, MESSAGES.realDay),
);

/** YYYY, YYYY-MM or YYYY-MM-DD. */
const partialDay = v.pipe(
  v.string(MESSAGES.partialDay),
  v.trim(),
  v.regex(PARTIAL_DAY_PATTERN, MESSAGES.partialDay),
  v.check(realDay, MESSAGES.realDay),
);

export const dateTime = v.pipe(
  v.string(MESSAGES.dateTime),
  v.trim(),
  v.regex(DATE_TIME_PATTERN, MESSAGES.dateTime),
  v.check(realDateTime, MESSAGES.dateTime),
);

/**
 * The one rule for an https URL in an index, shared with index.schema.json's `httpsUrl` pattern
 * (json-schema-sync.test.ts feeds both the same cases): written as `https://` + a host, with no
 * white space, no user name or password. Forms that browsers repair (`https:host`, `https:/host`,
 * `https:\\host`, `HTTPS://`) are refused rather than silently rewritten.
 */
export const HTTPS_URL_PATTERN = /^https:\/\/[^/?#\s@\u0000-\u001f\u007f]+(?:[/?#][^\s\u0000-\u001f\u007f]*)?$/;

/** The URL as the browser parses it, or null when it breaks the rule (credentials aside). */
export function parseHttpsUrl(value: string): URL | null {
  if (!HTTPS_URL_PATTERN.test(value)) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

const hasCredentials = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
};

/**
 * An https URL with a host and no credentials, stored in its parsed canonical form (`URL.href`:
 * lowercase host, punycode, percent-encoded path), so that what is stored, compared and shown is
 * what the browser will open.
 */
export const httpsUrl = v.pipe(
  v.string(MESSAGES.https),
  maxChars(LIMITS.url),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const credentials = hasCredentials(dataset.value);
    const url = credentials ? null : parseHttpsUrl(dataset.value);
    if (url) return url.href;
    addIssue({ message: credentials ? MESSAGES.credentials : MESSAGES.https });
    return NEVER;
  }),
);

export const positiveInteger = (message: string) =>
  v.pipe(v.number(message), v.safeInteger(message), v.minValue(1, message));

/* ---------------------------------------------------------------- metadata */

/** Everything at the top level except `entities` and `events`. Any issue here is fatal. */
export const metadataSchema = v.pipe(
  v.object(
    {
      format: v.literal(INDEX_FORMAT, `must be "${INDEX_FORMAT}"`),
      formatVersion: v.literal(
        INDEX_FORMAT_VERSION,
        `must be ${INDEX_FORMAT_VERSION} (this version of Backstory reads format version ${INDEX_FORMAT_VERSION})`,
      ),
      version: positiveInteger('must be a positive whole number'),
      title: text(LIMITS.title),
      language: optional(language),
      publisher: v.pipe(
        v.object({ name: text(LIMITS.shortText), url: optional(httpsUrl) }, MESSAGES.object),
        v.transform(withoutNullish),
      ),
      homepage: optional(httpsUrl),
      generated: dateTime,
      expires: dateTime,
      entities: v.array(v.unknown(), MESSAGES.list),
      concepts: optional(v.array(v.unknown(), MESSAGES.list)),
      events: v.array(v.unknown(), MESSAGES.list),
    },
    MESSAGES.object,
  ),
  v.transform(withoutNullish),
);

/* ---------------------------------------------------------------- entity */

/** Words by language code (an entity's names, a concept's terms): at least one language, each with words. */
function wordsByLanguage(maxLanguages: number, maxWords: number, what: string, example: string) {
  return v.pipe(
    v.record(
      v.pipe(v.string(), v.regex(LANGUAGE_PATTERN, MESSAGES.languageKey)),
      list(keyword, maxWords, 1, `must list at least one ${what}`),
      `must be an object of language codes and lists of ${what}s, like ${example}`,
    ),
    v.check((map) => Object.keys(map).length > 0, `must list at least one ${what}`),
    v.check(
      (map) => Object.keys(map).length <= maxLanguages,
      `must have at most ${maxLanguages} languages`,
    ),
  );
}

const names = wordsByLanguage(LIMITS.languagesPerEntity, LIMITS.namesPerLanguage, 'name', '{"en": ["Yuri Ushakov"]}');

export const entitySchema = v.object(
  {
    id,
    kind: v.picklist(ENTITY_KINDS, oneOf(ENTITY_KINDS)),
    label: text(LIMITS.shortText),
    names,
  },
  MESSAGES.object,
);

/* ---------------------------------------------------------------- concept */

export const conceptSchema = v.object(
  {
    id,
    label: text(LIMITS.shortText),
    terms: wordsByLanguage(LIMITS.languagesPerConcept, LIMITS.termsPerLanguage, 'term', '{"en": ["earthquake", "quake"]}'),
  },
  MESSAGES.object,
);

/* ---------------------------------------------------------------- event */

const dates = v.pipe(
  v.object(
    { start: day, end: optional(day), reported: optional(day), announced: optional(day) },
    MESSAGES.object,
  ),
  v.transform(withoutNullish),
);

const conceptRef = v.object(
  { concept: id },
  'must be a term or a concept reference like {"concept": "earthquake"}',
);

/** A context group's item: a string is a term, anything else must be a concept reference. */
const contextItem = v.lazy((input): v.GenericSchema<unknown, string | ConceptRef> =>
  typeof input === 'string' ? keyword : conceptRef,
);

const match = v.pipe(
  v.object(
    {
      all: list(id, LIMITS.ruleEntities),
      any: optional(list(id, LIMITS.ruleEntities)),
      anyMin: optional(positiveInteger('must be a whole number of at least 1')),
      context: list(
        list(contextItem, LIMITS.termsPerGroup, 1, 'must list at least one term'),
        LIMITS.contextGroups,
      ),
      minContext: optional(
        v.pipe(
          v.number('must be a whole number'),
          v.safeInteger('must be a whole number'),
          v.minValue(0, 'must be 0 or more'),
        ),
      ),
      requireContext: optional(
        list(
          v.pipe(
            v.number('must be a whole number'),
            v.safeInteger('must be a whole number'),
            v.minValue(0, 'must be 0 or more'),
          ),
          LIMITS.contextGroups,
        ),
      ),
      phrases: optional(list(keyword, LIMITS.phrases)),
    },
    MESSAGES.object,
  ),
  v.transform(withoutNullish),
);

const source = v.pipe(
  v.object(
    {
      url: httpsUrl,
      outlet: text(LIMITS.shortText),
      title: optional(text(LIMITS.title)),
      language,
      published: optional(partialDay),
      kind: v.picklist(SOURCE_KINDS, oneOf(SOURCE_KINDS)),
    },
    MESSAGES.object,
  ),
  v.transform(withoutNullish),
);

export const eventSchema = v.pipe(
  v.object(
    {
      id,
      title: text(LIMITS.title),
      summary: text(LIMITS.summary),
      language: optional(language),
      dates,
      match,
      sources: list(source, LIMITS.sourcesPerEvent, 1, 'must list at least one source'),
      related: optional(list(id, LIMITS.related)),
    },
    MESSAGES.object,
  ),
  v.transform(withoutNullish),
);

export type ParsedMetadata = v.InferOutput<typeof metadataSchema>;
export type ParsedEntity = v.InferOutput<typeof entitySchema>;
export type ParsedConcept = v.InferOutput<typeof conceptSchema>;
export type ParsedEvent = v.InferOutput<typeof eventSchema>;
