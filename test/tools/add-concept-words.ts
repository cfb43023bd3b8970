/**
 * Adds words to an index's concepts, by concept and language, from a JSON file
 * (`{"earthquake": {"vi": ["trận động đất"], "hu": ["földrengés"]}}`), and rewrites the index in
 * canonical form. An optional `"$rename": {"waffenruhe": {"id": "ceasefire", "label": "ceasefire"}}`
 * first gives concepts that extract-concepts.ts named after a foreign word a better id and label
 * (references follow). Words that belong to one event only go in `"$groups"`:
 * `[{"event": "myanmar-earthquake", "group": "Mandalay", "words": {"bn": ["মান্দালয়"]}}]` adds
 * them as literal terms to the event's context group that has the term "Mandalay" (or, with
 * `"group": "@tariffs"`, the group that references that concept); `"group": "$phrases"` adds
 * them to the event's phrases. Rerunnable: a word the concept already has (same folded form) is not added again;
 * one the extraction filed under "und" (undetermined) moves to the language given here.
 *
 *   npx tsx test/tools/add-concept-words.ts public/default-index.json test/tools/concept-words.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { canonicalJson } from '../../lib/index-format/canonical';
import { isConceptRef } from '../../lib/index-format/concepts';
import type { Concept, IndexDocument } from '../../lib/index-format/types';
import { formatIssue, parseIndexJson } from '../../lib/index-format/validate-index';
import { termKey } from './extract-concepts';

export interface AddedWords {
  /** Per language: words added, words moved out of "und", words the concept already had. */
  byLanguage: Map<string, { added: number; moved: number; present: number }>;
  /** Concepts of the words file that the index does not have. */
  unknown: string[];
}

export type Rename = Record<string, { id: string; label: string }>;

/** Renames concepts and the references to them; a name already taken or an unknown id is skipped. */
export function renameConcepts(doc: IndexDocument, rename: Rename): void {
  const concepts = doc.concepts ?? [];
  const ids = new Set(concepts.map((c) => c.id));
  const moved = new Map<string, string>();
  for (const c of concepts) {
    const to = rename[c.id];
    if (to === undefined || ids.has(to.id)) continue;
    moved.set(c.id, to.id);
    ids.add(to.id);
    c.id = to.id;
    c.label = to.label;
  }
  for (const event of doc.events) {
    for (const group of event.match.context) {
      group.forEach((term, i) => {
        if (isConceptRef(term) && moved.has(term.concept)) group[i] = { concept: moved.get(term.concept)! };
      });
    }
  }
}

export interface GroupWords {
  event: string;
  /** A literal term of the group, "@" + a concept the group references, or "$phrases". */
  group: string;
  words: Record<string, string[]>;
}

/** Adds event-specific words; returns the problems (an unknown event or group). */
export function addGroupWords(doc: IndexDocument, list: GroupWords[], tally: AddedWords['byLanguage']): string[] {
  const problems: string[] = [];
  for (const item of list) {
    const event = doc.events.find((e) => e.id === item.event);
    if (!event) {
      problems.push(`no event "${item.event}"`);
      continue;
    }
    const target = item.group === '$phrases'
      ? (event.match.phrases ??= [])
      : event.match.context.find((g) =>
          item.group.startsWith('@')
            ? g.some((t) => isConceptRef(t) && t.concept === item.group.slice(1))
            : g.some((t) => typeof t === 'string' && termKey(t) === termKey(item.group)),
        );
    if (!target) {
      problems.push(`${item.event}: no context group with "${item.group}"`);
      continue;
    }
    const keys = new Set(target.filter((t): t is string => typeof t === 'string').map(termKey));
    for (const [language, words] of Object.entries(item.words)) {
      const t = tally.get(language) ?? { added: 0, moved: 0, present: 0 };
      tally.set(language, t);
      for (const word of words) {
        if (keys.has(termKey(word))) t.present++;
        else {
          keys.add(termKey(word));
          (target as (string | { concept: string })[]).push(word);
          t.added++;
        }
      }
    }
  }
  return problems;
}

export function addConceptWords(concepts: Concept[], words: Record<string, Record<string, string[]>>): AddedWords {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const result: AddedWords = { byLanguage: new Map(), unknown: [] };
  for (const [id, languages] of Object.entries(words)) {
    const concept = byId.get(id);
    if (!concept) {
      result.unknown.push(id);
      continue;
    }
    for (const [language, list] of Object.entries(languages)) {
      const tally = result.byLanguage.get(language) ?? { added: 0, moved: 0, present: 0 };
      result.byLanguage.set(language, tally);
      for (const word of list) {
        const key = termKey(word);
        const und = concept.terms.und ?? [];
        const at = und.findIndex((t) => termKey(t) === key);
        if (at >= 0 && language !== 'und') {
          und.splice(at, 1);
          if (und.length === 0) delete concept.terms.und;
          (concept.terms[language] ??= []).push(word);
          tally.moved++;
        } else if (Object.values(concept.terms).some((l) => l.some((t) => termKey(t) === key))) {
          tally.present++;
        } else {
          (concept.terms[language] ??= []).push(word);
          tally.added++;
        }
      }
    }
  }
  return result;
}

function main(args: string[]): number {
  const [indexFile, wordsFile] = args;
  if (indexFile === undefined || wordsFile === undefined) {
    console.error('usage: npx tsx test/tools/add-concept-words.ts INDEX.json WORDS.json');
    return 2;
  }
  const parsed = parseIndexJson(readFileSync(indexFile, 'utf8'));
  if (!parsed.ok || parsed.dropped.length > 0) {
    for (const issue of parsed.ok ? parsed.dropped.flatMap((d) => d.issues) : parsed.errors) console.error(formatIssue(issue));
    return 1;
  }
  const doc = parsed.index;
  const { $rename, $groups, ...words } = JSON.parse(readFileSync(wordsFile, 'utf8')) as Record<string, Record<string, string[]>> & {
    $rename?: Rename;
    $groups?: GroupWords[];
  };
  renameConcepts(doc, $rename ?? {});
  const result = addConceptWords(doc.concepts ?? [], words);
  for (const problem of addGroupWords(doc, $groups ?? [], result.byLanguage)) result.unknown.push(problem);
  const text = canonicalJson(doc);
  const check = parseIndexJson(text);
  if (!check.ok || check.dropped.length > 0) {
    for (const issue of check.ok ? check.dropped.flatMap((d) => d.issues) : check.errors) console.error(formatIssue(issue));
    console.error('the index with these words does not validate; nothing was written');
    return 1;
  }
  for (const id of result.unknown) console.error(`${indexFile}: ${id.includes(' ') ? id : `no concept "${id}"`}`);
  for (const [language, t] of result.byLanguage) {
    console.log(`${language}: ${t.added} added, ${t.moved} moved from und, ${t.present} already there`);
  }
  writeFileSync(indexFile, text, 'utf8');
  return result.unknown.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === new URL(process.argv[1], `file://${process.cwd()}/`).href) {
  process.exit(main(process.argv.slice(2)));
}
