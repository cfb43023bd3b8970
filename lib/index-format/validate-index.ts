/**
 * Turns untrusted input (a fetched feed, a file a user picked) into an IndexDocument.
 *
 *  - Wrong metadata (format, version, title, publisher, dates) is fatal: ok:false with every issue.
 *  - Entities and events are checked one by one: a bad one is dropped (with all its issues) and
 *    the rest load. Later duplicates of an id are dropped; the first valid item wins.
 *  - An event that needs an entity which is not in the result is dropped. A bad source drops its
 *    whole event (simple and predictable: an event never silently loses part of its reporting).
 *  - Unknown related-event ids are kept (they may live in another feed) with a warning.
 *  - Unknown fields are ignored and never copied; the result is built from fresh objects.
 * Never throws.
 */
import * as v from 'valibot';
import {
  LIMITS,
  MESSAGES,
  conceptSchema,
  entitySchema,
  eventSchema,
  metadataSchema,
  type ParsedConcept,
  type ParsedEntity,
  type ParsedEvent,
} from './schema';
import type { Concept, ContextTerm, Entity, IndexDocument, MatchRule, NewsEvent } from './types';
import { expandedSize, isConceptRef } from './concepts';
import { runSteps, type Steps } from '../steps/steps';

export interface ValidationIssue {
  /** Where: "events[3].sources[1].url"; "(root)" for the document itself. */
  path: string;
  message: string;
}

export interface DroppedItem {
  /** "entities[2]" or "events[7]". */
  path: string;
  /** The item's id, when it had a readable one. */
  id?: string;
  issues: ValidationIssue[];
}

export type ValidationResult =
  | { ok: true; index: IndexDocument; dropped: DroppedItem[]; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[] };

export const ROOT_PATH = '(root)';
/** Larger texts are refused before JSON.parse (the default index is about 0.3 MB). */
export const MAX_INDEX_JSON_CHARS = 50_000_000;

export function formatIssue(issue: ValidationIssue): string {
  return `${issue.path}: ${issue.message}`;
}

export function parseIndexJson(text: string): ValidationResult {
  if (typeof text !== 'string') return fail(MESSAGES.text);
  if (text.length > MAX_INDEX_JSON_CHARS) {
    return fail(`is too large (${text.length} characters; at most ${MAX_INDEX_JSON_CHARS})`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    return fail(`is not valid JSON (${detail})`);
  }
  return validateIndex(input);
}

export function validateIndex(input: unknown): ValidationResult {
  return runSteps(validateIndexSteps(input));
}

/**
 * validateIndex as resumable work: it pauses after each entity and each event (and every
 * ITEMS_PER_STEP items of the cheap passes), so a worker installing a 100k-event feed can run it
 * in short slices (lib/steps/run-in-slices.ts) and keep answering pages. Same result.
 */
export function* validateIndexSteps(input: unknown): Steps<ValidationResult> {
  try {
    return yield* validate(input);
  } catch (error) {
    // Only reachable with exotic JS input (a throwing getter, a Proxy); JSON cannot get here.
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    return fail(`could not be read (${detail})`);
  }
}

/** Items of a cheap pass (warnings, copying) between two pauses. */
const ITEMS_PER_STEP = 256;

function fail(message: string): ValidationResult {
  return { ok: false, errors: [{ path: ROOT_PATH, message }] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function* validate(input: unknown): Steps<ValidationResult> {
  if (!isRecord(input)) return fail('must be an object (a Backstory index document)');

  const meta = v.safeParse(metadataSchema, input);
  if (!meta.success) return { ok: false, errors: toIssues('', meta.issues) };
  const errors: ValidationIssue[] = [];
  if (Date.parse(meta.output.expires) <= Date.parse(meta.output.generated)) {
    errors.push({ path: 'expires', message: 'must be later than generated' });
  }
  if (meta.output.entities.length > LIMITS.entities) {
    errors.push({ path: 'entities', message: `must have at most ${LIMITS.entities} items` });
  }
  if ((meta.output.concepts?.length ?? 0) > LIMITS.concepts) {
    errors.push({ path: 'concepts', message: `must have at most ${LIMITS.concepts} items` });
  }
  if (meta.output.events.length > LIMITS.events) {
    errors.push({ path: 'events', message: `must have at most ${LIMITS.events} items` });
  }
  if (errors.length > 0) return { ok: false, errors };

  const dropped: DroppedItem[] = [];
  const warnings: ValidationIssue[] = [];

  const entities = yield* checkItems(meta.output.entities, 'entities', entitySchema, toEntity, dropped);
  const concepts = yield* checkItems(meta.output.concepts ?? [], 'concepts', conceptSchema, toConcept, dropped);
  const events = yield* checkEvents(meta.output.events, { entities, concepts }, dropped, meta.output.language);
  for (const w of yield* relatedWarnings(events)) warnings.push(w);
  for (const w of yield* unusedWarnings(entities, events, 'entity', (e) => [...e.match.all, ...(e.match.any ?? [])])) warnings.push(w);
  for (const w of yield* unusedWarnings(concepts, events, 'concept', conceptIds)) warnings.push(w);

  const { publisher, homepage, language } = meta.output;
  const index: IndexDocument = {
    format: meta.output.format,
    formatVersion: meta.output.formatVersion,
    version: meta.output.version,
    title: meta.output.title,
    ...(language === undefined ? {} : { language }),
    publisher: publisher.url === undefined ? { name: publisher.name } : { name: publisher.name, url: publisher.url },
    ...(homepage === undefined ? {} : { homepage }),
    generated: meta.output.generated,
    expires: meta.output.expires,
    entities: [...entities.kept.values()].map((k) => k.item),
    // Only a document with concepts has the field: one without them reads back as it was written.
    ...(concepts.kept.size === 0 ? {} : { concepts: [...concepts.kept.values()].map((k) => k.item) }),
    events: events.map((k) => k.event),
  };
  return { ok: true, index, dropped, warnings };
}

/* ---------------------------------------------------------------- entities and concepts */

interface KeptItem<T> {
  item: T;
  path: string;
}

/** Entities or concepts that passed, by id, and the ids of those that were dropped. */
interface ItemTable<T> {
  kept: Map<string, KeptItem<T>>;
  /** Ids of items that were dropped, with the path of the (first) dropped item. */
  droppedIds: Map<string, string>;
}

/** Entities and concepts: each checked on its own; a bad one or a later duplicate id is dropped. */
function* checkItems<S extends typeof entitySchema | typeof conceptSchema, T>(
  items: unknown[],
  field: 'entities' | 'concepts',
  schema: S,
  convert: (parsed: v.InferOutput<S>) => T,
  dropped: DroppedItem[],
): Steps<ItemTable<T>> {
  const table: ItemTable<T> = { kept: new Map(), droppedIds: new Map() };
  for (let i = 0; i < items.length; i++) {
    yield;
    const raw = items[i];
    const path = `${field}[${i}]`;
    const issues = itemIssues(path, raw, schema);
    const parsed = issues.parsed;
    if (parsed !== undefined) {
      const first = table.kept.get(parsed.id);
      if (first === undefined) {
        table.kept.set(parsed.id, { item: convert(parsed), path });
        continue;
      }
      issues.list.push({ path: `${path}.id`, message: `duplicate id "${parsed.id}" (first at ${first.path})` });
    }
    const id = readableId(raw);
    if (id !== undefined && !table.kept.has(id) && !table.droppedIds.has(id)) table.droppedIds.set(id, path);
    dropped.push(droppedItem(path, id, issues.list));
  }
  return table;
}

/** Words by language, copied into a fresh object (the schema only lets language-code keys through). */
function copyWords(map: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [language, list] of Object.entries(map)) out[language] = [...list];
  return out;
}

function toEntity(parsed: ParsedEntity): Entity {
  return { id: parsed.id, kind: parsed.kind, label: parsed.label, names: copyWords(parsed.names) };
}

function toConcept(parsed: ParsedConcept): Concept {
  return { id: parsed.id, label: parsed.label, terms: copyWords(parsed.terms) };
}

/* ---------------------------------------------------------------- events */

interface KeptEvent {
  event: NewsEvent;
  path: string;
}

/** What an event's rule may refer to. */
interface Known {
  entities: ItemTable<Entity>;
  concepts: ItemTable<Concept>;
}

/** `language`: the document's, given to events without their own (the UI marks text with it). */
function* checkEvents(items: unknown[], known: Known, dropped: DroppedItem[], language?: string): Steps<KeptEvent[]> {
  const kept = new Map<string, KeptEvent>();
  for (let i = 0; i < items.length; i++) {
    yield;
    const raw = items[i];
    const path = `events[${i}]`;
    const issues = itemIssues(path, raw, eventSchema);
    const parsed = issues.parsed;
    if (parsed !== undefined) {
      issues.list.push(...eventRuleIssues(path, parsed, known));
      const first = kept.get(parsed.id);
      if (first !== undefined) {
        issues.list.push({ path: `${path}.id`, message: `duplicate id "${parsed.id}" (first at ${first.path})` });
      }
      if (issues.list.length === 0) {
        kept.set(parsed.id, { event: toEvent(parsed, language), path });
        continue;
      }
    }
    dropped.push(droppedItem(path, readableId(raw), withSourceNotes(path, issues.list)));
  }
  return [...kept.values()];
}

/** Checks that need more than the event's own shape: date order, entity and concept ids, whether the rule can match. */
function eventRuleIssues(path: string, e: ParsedEvent, { entities, concepts }: Known): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at = (sub: string, message: string) => issues.push({ path: `${path}.${sub}`, message });

  const { start, end, reported, announced } = e.dates;
  if (end !== undefined && end < start) at('dates.end', 'must not be before dates.start');
  if (reported !== undefined && reported < start) at('dates.reported', 'must not be before dates.start');
  if (announced !== undefined && announced > start) at('dates.announced', 'must not be after dates.start');

  const m = e.match;
  const checkIds = (field: 'all' | 'any', ids: string[]) =>
    ids.forEach((id, j) => {
      if (entities.kept.has(id)) return;
      const droppedAt = entities.droppedIds.get(id);
      at(
        `match.${field}[${j}]`,
        droppedAt === undefined ? `unknown entity id "${id}"` : `unknown entity id "${id}" (${droppedAt} was dropped)`,
      );
    });
  checkIds('all', m.all);
  checkIds('any', m.any ?? []);

  const conceptsById = new Map<string, Concept>();
  m.context.forEach((group, g) => {
    group.forEach((term, j) => {
      if (!isConceptRef(term)) return;
      const kept = concepts.kept.get(term.concept);
      if (kept !== undefined) {
        conceptsById.set(term.concept, kept.item);
        return;
      }
      const droppedAt = concepts.droppedIds.get(term.concept);
      at(
        `match.context[${g}][${j}].concept`,
        droppedAt === undefined
          ? `unknown concept id "${term.concept}"`
          : `unknown concept id "${term.concept}" (${droppedAt} was dropped)`,
      );
    });
    const size = expandedSize(group, conceptsById);
    if (size > LIMITS.expandedTermsPerGroup) {
      at(`match.context[${g}]`, `has ${size} terms with its concepts' words; at most ${LIMITS.expandedTermsPerGroup}`);
    }
  });

  if (m.anyMin !== undefined) {
    if (m.any === undefined) at('match.anyMin', 'needs match.any');
    else if (m.anyMin > m.any.length) {
      at('match.anyMin', `must not be more than the number of ids in match.any (${m.any.length})`);
    }
  }
  if (m.minContext !== undefined && m.minContext > m.context.length) {
    at('match.minContext', `must not be more than the number of context groups (${m.context.length})`);
  }
  (m.requireContext ?? []).forEach((g, j) => {
    if (g >= m.context.length) at(`match.requireContext[${j}]`, `must be the index of a context group (0 to ${m.context.length - 1})`);
  });
  if ((m.phrases ?? []).length === 0) {
    if (m.all.length + (m.any ?? []).length === 0) {
      at('match', 'must name at least one entity in "all" or "any", or give "phrases"');
    }
    const needed = m.minContext ?? 2;
    if (m.minContext === undefined && m.context.length < needed) {
      at('match.context', `needs at least ${needed} groups (minContext defaults to 2), or give "phrases"`);
    }
  }

  (e.related ?? []).forEach((id, j) => {
    if (id === e.id) at(`related[${j}]`, 'must not be the event\'s own id');
  });
  return issues;
}

/** A bad source drops its whole event: say so once per bad source, next to its issues. */
function withSourceNotes(path: string, issues: ValidationIssue[]): ValidationIssue[] {
  const prefix = `${path}.sources[`;
  const noted = new Set<string>();
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    if (issue.path.startsWith(prefix)) {
      const sourcePath = issue.path.slice(0, issue.path.indexOf(']', prefix.length) + 1);
      if (!noted.has(sourcePath)) {
        noted.add(sourcePath);
        out.push({ path: sourcePath, message: 'is invalid, so the whole event is left out (fix or remove this source)' });
      }
    }
    out.push(issue);
  }
  return out;
}

function toEvent(p: ParsedEvent, documentLanguage?: string): NewsEvent {
  const rule: MatchRule = { all: unique(p.match.all), context: p.match.context.map((g) => g.map(copyTerm)) };
  if (p.match.any !== undefined) rule.any = unique(p.match.any);
  if (p.match.anyMin !== undefined) rule.anyMin = p.match.anyMin;
  if (p.match.minContext !== undefined) rule.minContext = p.match.minContext;
  if (p.match.requireContext !== undefined) rule.requireContext = [...new Set(p.match.requireContext)];
  if (p.match.phrases !== undefined) rule.phrases = [...p.match.phrases];

  const event: NewsEvent = {
    id: p.id,
    title: p.title,
    summary: p.summary,
    ...((p.language ?? documentLanguage) === undefined ? {} : { language: p.language ?? documentLanguage }),
    dates: { ...p.dates },
    match: rule,
    sources: p.sources.map((s) => ({ ...s })),
  };
  if (p.related !== undefined) event.related = unique(p.related);
  return event;
}

/** A fresh term: a concept reference keeps only its id. */
const copyTerm = (term: ContextTerm): ContextTerm => (isConceptRef(term) ? { concept: term.concept } : term);

const conceptIds = (e: NewsEvent): string[] =>
  e.match.context.flatMap((group) => group.filter(isConceptRef).map((ref) => ref.concept));

function* relatedWarnings(events: KeptEvent[]): Steps<ValidationIssue[]> {
  const ids = new Set(events.map((k) => k.event.id));
  const warnings: ValidationIssue[] = [];
  for (const [i, { event, path }] of events.entries()) {
    if (i % ITEMS_PER_STEP === 0) yield;
    (event.related ?? []).forEach((id, j) => {
      if (!ids.has(id)) {
        warnings.push({ path: `${path}.related[${j}]`, message: `unknown event id "${id}" (kept: it may be in another index)` });
      }
    });
  }
  return warnings;
}

/** "entity "x" is not used by any event", for entities and for concepts. */
function* unusedWarnings<T>(
  table: ItemTable<T>,
  events: KeptEvent[],
  what: 'entity' | 'concept',
  idsOf: (event: NewsEvent) => string[],
): Steps<ValidationIssue[]> {
  const used = new Set<string>();
  for (const [i, { event }] of events.entries()) {
    if (i % ITEMS_PER_STEP === 0) yield;
    for (const id of idsOf(event)) used.add(id);
  }
  const warnings: ValidationIssue[] = [];
  let i = 0;
  for (const [id, { path }] of table.kept) {
    if (i++ % ITEMS_PER_STEP === 0) yield;
    if (!used.has(id)) warnings.push({ path, message: `${what} "${id}" is not used by any event` });
  }
  return warnings;
}

/* ---------------------------------------------------------------- helpers */

function itemIssues<S extends v.GenericSchema>(
  path: string,
  raw: unknown,
  schema: S,
): { parsed?: v.InferOutput<S>; list: ValidationIssue[] } {
  if (!isRecord(raw)) return { list: [{ path, message: MESSAGES.object }] };
  const result = v.safeParse(schema, raw);
  return result.success ? { parsed: result.output, list: [] } : { list: toIssues(path, result.issues) };
}

function droppedItem(path: string, id: string | undefined, issues: ValidationIssue[]): DroppedItem {
  return id === undefined ? { path, issues } : { path, id, issues };
}

function readableId(raw: unknown): string | undefined {
  if (!isRecord(raw) || !Object.prototype.hasOwnProperty.call(raw, 'id')) return undefined;
  const id = raw.id;
  if (typeof id !== 'string') return undefined;
  const trimmed = id.trim();
  return trimmed !== '' && trimmed.length <= 200 ? trimmed : undefined;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

function toIssues(base: string, issues: readonly v.BaseIssue<unknown>[]): ValidationIssue[] {
  return issues.map((issue) => {
    let path = base;
    const items = issue.path ?? [];
    for (const item of items) {
      const key: unknown = item.key;
      if (typeof key === 'number') path += `[${key}]`;
      else if (typeof key === 'string') path += PLAIN_KEY.test(key) ? `${path === '' ? '' : '.'}${key}` : `[${JSON.stringify(key)}]`;
    }
    const last = items[items.length - 1];
    const missing =
      issue.kind === 'schema' && issue.type === 'object' && last !== undefined && 'origin' in last && last.origin === 'key';
    return { path: path === '' ? ROOT_PATH : path, message: missing ? MESSAGES.required : issue.message };
  });
}
