/**
 * Concepts: the index's shared vocabulary of ideas (types.ts `Concept`). A context group may list
 * `{ "concept": id }` next to literal terms; this module is the one place that says what such a
 * group means: its literal terms and every word of every language of each concept it references,
 * in the order written (a concept's languages in its stored order). Compile, the store and tests
 * use it, so that a document with concepts matches exactly as its expanded form does.
 */
import type { Concept, ConceptRef, ContextTerm, IndexDocument, NewsEvent } from './types';

export const isConceptRef = (term: ContextTerm): term is ConceptRef => typeof term !== 'string';

/** Concepts by id (the first of a duplicated id wins, as validation keeps it). */
export function conceptTable(concepts: readonly Concept[] | undefined): Map<string, Concept> {
  const table = new Map<string, Concept>();
  for (const c of concepts ?? []) if (!table.has(c.id)) table.set(c.id, c);
  return table;
}

/** Every word of a concept, languages in their stored order. */
export function conceptWords(concept: Concept): string[] {
  const out: string[] = [];
  for (const list of Object.values(concept.terms)) for (const term of list) out.push(term);
  return out;
}

/** A group's terms with its concepts' words in place of the references; unknown ids add nothing. */
export function expandGroup(group: readonly ContextTerm[], concepts: ReadonlyMap<string, Concept>): string[] {
  const out: string[] = [];
  for (const term of group) {
    if (!isConceptRef(term)) out.push(term);
    else {
      const concept = concepts.get(term.concept);
      if (concept) for (const word of conceptWords(concept)) out.push(word);
    }
  }
  return out;
}

/** Number of terms a group has once its concepts are expanded (what LIMITS.expandedTermsPerGroup caps). */
export function expandedSize(group: readonly ContextTerm[], concepts: ReadonlyMap<string, Concept>): number {
  let n = 0;
  for (const term of group) {
    if (!isConceptRef(term)) n++;
    else {
      const concept = concepts.get(term.concept);
      if (concept) for (const list of Object.values(concept.terms)) n += list.length;
    }
  }
  return n;
}

/** The event with literal context groups only. */
export function expandEvent(event: NewsEvent, concepts: ReadonlyMap<string, Concept>): NewsEvent {
  if (!event.match.context.some((group) => group.some(isConceptRef))) return event;
  return { ...event, match: { ...event.match, context: event.match.context.map((g) => expandGroup(g, concepts)) } };
}

/** The document without concepts: every reference replaced by its words (the same matches). */
export function expandConcepts(doc: IndexDocument): IndexDocument {
  const { concepts: list, ...rest } = doc;
  if (list === undefined) return doc;
  const concepts = conceptTable(list);
  return { ...rest, events: doc.events.map((e) => expandEvent(e, concepts)) };
}
