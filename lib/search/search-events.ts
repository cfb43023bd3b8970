/**
 * The popup's search box (pure): find events by words or names.
 * Every word of the query must occur in the event (title, names of its people and
 * organizations, summary, or its sources' outlets and titles). Whole words beat prefixes, which
 * beat substrings; title and names weigh more than the summary; a query found as a whole phrase
 * gets a bonus. Ties go to the more recent event.
 */
import type { Entity, NewsEvent } from '../index-format/types';
import { searchWords } from './fold';

interface Field {
  words: string[];
  /** Words joined by spaces, with a leading and trailing space, for phrase tests. */
  joined: string;
  weight: number;
}

interface SearchDoc {
  id: string;
  title: string;
  /** The event's start date (YYYY-MM-DD): sorts newer first among equal scores. */
  date: string;
  fields: Field[];
}

export interface SearchCorpus {
  docs: SearchDoc[];
}

export interface SearchHit {
  id: string;
  score: number;
}

const WEIGHT = { title: 3, names: 2.5, summary: 1, sources: 0.5 } as const;
const LEVEL = { word: 1, prefix: 0.75, substring: 0.4 } as const;
const MAX_QUERY_WORDS = 20;
export const DEFAULT_LIMIT = 20;

function field(texts: string[], weight: number): Field {
  const words = texts.flatMap((t) => searchWords(t));
  return { words, joined: ` ${words.join(' ')} `, weight };
}

export function buildSearchCorpus(events: readonly NewsEvent[], entities: readonly Entity[]): SearchCorpus {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const docs = events.map((event): SearchDoc => {
    const ids = [...event.match.all, ...(event.match.any ?? [])];
    const names: string[] = [];
    for (const id of ids) {
      const entity = byId.get(id);
      if (!entity) continue;
      names.push(entity.label, ...Object.values(entity.names).flat());
    }
    return {
      id: event.id,
      title: event.title,
      date: event.dates.start,
      fields: [
        field([event.title], WEIGHT.title),
        field(names, WEIGHT.names),
        field([event.summary], WEIGHT.summary),
        field(event.sources.flatMap((s) => [s.outlet, s.title ?? '']), WEIGHT.sources),
      ],
    };
  });
  return { docs };
}

function wordLevel(q: string, f: Field): number {
  let best = 0;
  for (const w of f.words) {
    if (w === q) return LEVEL.word;
    if (best < LEVEL.prefix && w.startsWith(q)) best = LEVEL.prefix;
  }
  if (best === 0 && q.length >= 3 && f.joined.includes(q)) best = LEVEL.substring;
  return best;
}

export function searchEvents(corpus: SearchCorpus, query: string, limit: number = DEFAULT_LIMIT): SearchHit[] {
  const words = searchWords(query).slice(0, MAX_QUERY_WORDS);
  if (words.length === 0 || limit <= 0) return [];
  const phrase = words.length > 1 ? ` ${words.join(' ')} ` : null;

  const hits: { doc: SearchDoc; score: number }[] = [];
  for (const doc of corpus.docs) {
    let score = 0;
    let all = true;
    for (const q of words) {
      let best = 0;
      for (const f of doc.fields) best = Math.max(best, f.weight * wordLevel(q, f));
      if (best === 0) {
        all = false;
        break;
      }
      score += best;
    }
    if (!all) continue;
    if (phrase) {
      const [title, ...rest] = doc.fields;
      if (title?.joined.includes(phrase)) score += 2;
      else if (rest.some((f) => f.joined.includes(phrase))) score += 1;
    }
    hits.push({ doc, score });
  }

  hits.sort(
    (a, b) =>
      b.score - a.score ||
      (a.doc.date < b.doc.date ? 1 : a.doc.date > b.doc.date ? -1 : 0) ||
      a.doc.title.localeCompare(b.doc.title),
  );
  return hits.slice(0, limit).map(({ doc, score }) => ({ id: doc.id, score: Math.round(score * 1000) / 1000 }));
}
