/**
 * Backstory index format v1: the public contract between index publishers and the extension.
 * A feed is one JSON document of this shape. See README "Index format" and index.schema.json.
 * These types describe a document *after* validation (lib/index-format/validate-index.ts).
 */

export const INDEX_FORMAT = 'backstory-index';
export const INDEX_FORMAT_VERSION = 1;

/** Language code: 2-3 lowercase letters, optionally with subtags ("en", "uk", "zh-Hant"), or "und". */
export type LanguageCode = string;

/** Calendar date, YYYY-MM-DD (a real date: 2025-02-30 is rejected). */
export type IsoDate = string;

/** A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD (sources often give only a month). */
export type PartialIsoDate = string;

export interface Publisher {
  name: string;
  /** https URL of the publisher. */
  url?: string;
}

export type EntityKind = 'person' | 'organization' | 'place' | 'other';

/**
 * Someone or something events share. Names are grouped by language; every name in every
 * script is matched. List base forms: the matcher handles inflection (Ушакова, Witkoffa),
 * transliteration (Uschakow, Ouchakov) and small misspellings of long names by itself.
 * A name of several words ("Yuri Ushakov") matches only as that sequence; list the surname
 * on its own ("Ushakov") if it should match alone.
 */
export interface Entity {
  id: string;
  kind: EntityKind;
  /** Display name. */
  label: string;
  names: Record<LanguageCode, string[]>;
}

/**
 * A shared idea that context groups of many events use (an earthquake, a leak, a phone call): its
 * words grouped by language, as an entity's names are. A group that references it
 * (`{ "concept": "earthquake" }`) matches every word of every language listed here, so a language
 * is added once per idea instead of once per event. List dictionary forms: the matcher strips
 * endings from page words itself.
 */
export interface Concept {
  id: string;
  /** What the idea is, for people reading the index ("earthquake"). */
  label: string;
  terms: Record<LanguageCode, string[]>;
}

/** A context group's reference to a concept by id: the concept's words count as the group's terms. */
export interface ConceptRef {
  concept: string;
}

/** One item of a context group: a literal term, or a reference to a shared concept. */
export type ContextTerm = string | ConceptRef;

/**
 * When a page mentions an event. Keywords and names only, never regular expressions or code.
 * The event is mentioned when
 *  - all entities in `all` are named, plus at least `anyMin` of `any`, and at least `minContext`
 *    of the `context` groups occur, all within one window of text (about a paragraph or two), or
 *  - any one of `phrases` occurs anywhere.
 */
export interface MatchRule {
  /** Entity ids that must all be named. */
  all: string[];
  /** Entity ids of which at least `anyMin` (default 1 when `any` is given) must be named. */
  any?: string[];
  anyMin?: number;
  /**
   * Context terms: each inner array is one idea in its words and languages
   * (["leak", "утечка", "витік", "wyciek"]); a group counts once. Write dictionary forms
   * ("leak", not "leaked"): the matcher strips common endings from page words itself. An item may
   * be a concept reference instead of a word (`[{ "concept": "leak" }, "Ushakov tape"]`): the
   * concept's words of every language join the group (lib/index-format/concepts.ts).
   */
  context: ContextTerm[][];
  /** How many context groups must occur in the window. Default 2. */
  minContext?: number;
  /**
   * Indexes of context groups that must be among those found (the heist needs a theft word,
   * not only the museum's rooms). They count towards minContext.
   */
  requireContext?: number[];
  /** Distinctive phrases, each enough on its own ("28-point plan", "план из 28 пунктов"), in dictionary forms. */
  phrases?: string[];
}

export interface EventDates {
  /** When it happened (or began). */
  start: IsoDate;
  end?: IsoDate;
  /** When it was first reported, if later than start (a leak published weeks after a call). */
  reported?: IsoDate;
  /** When it was announced ahead of time (a scheduled summit); pages may mention it from then on. */
  announced?: IsoDate;
}

export type SourceKind = 'original' | 'coverage' | 'primary' | 'reaction' | 'analysis' | 'factcheck';

export interface Source {
  /** https URL. */
  url: string;
  /** Outlet name or host ("Bloomberg", "meduza.io"). */
  outlet: string;
  /** The page's own headline, when known. */
  title?: string;
  language: LanguageCode;
  published?: PartialIsoDate;
  kind: SourceKind;
}

export interface NewsEvent {
  /** Stable id: lowercase letters, digits and dashes, at most 80 characters ("witkoff-ushakov-call"). */
  id: string;
  title: string;
  /** One or two sentences. */
  summary: string;
  /** Language of title and summary, when it differs from the document's `language`. */
  language?: LanguageCode;
  dates: EventDates;
  match: MatchRule;
  sources: Source[];
  /** Ids of related events (in this index or another). */
  related?: string[];
}

export interface IndexDocument {
  format: typeof INDEX_FORMAT;
  formatVersion: typeof INDEX_FORMAT_VERSION;
  /** Monotonically increasing; a subscriber never replaces a feed with a lower version. */
  version: number;
  title: string;
  /**
   * Language the events' titles and summaries are written in (default "en"); the popup marks
   * their text with it so that screen readers use the right voice.
   */
  language?: LanguageCode;
  publisher: Publisher;
  /** https URL of a page about the feed, if there is one. */
  homepage?: string;
  /** ISO 8601 date-time. */
  generated: string;
  /** ISO 8601 date-time after which the document is stale. */
  expires: string;
  entities: Entity[];
  /** Shared vocabulary that context groups reference (optional: absent means none). */
  concepts?: Concept[];
  events: NewsEvent[];
}
