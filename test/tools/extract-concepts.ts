/**
 * Moves an index's repeated context groups into shared concepts (index format v1 `concepts`).
 *
 *   npx tsx test/tools/extract-concepts.ts public/default-index.json [--min-similarity 0.15] [--dry-run]
 *
 * Context groups of different events that say nearly the same thing (Jaccard similarity of their
 * folded terms at least --min-similarity, merged greedily, best pairs first, and only while the
 * merged clusters stay that similar) share one concept: the words all of them have, grouped by
 * language. Each of those groups becomes a reference to it plus its own other words, so every
 * group keeps exactly its words and the index matches exactly as before. A group that already references
 * concepts, and the concepts already in the document, are kept as they are, so the script can be
 * run again after concepts were edited by hand (say, given words in a new language): only literal
 * words are moved into new concepts.
 *
 * test/tools/compare-scans.ts checks that the fixture pages find exactly the
 * same events before and after.
 *
 * Languages of the words: the script knows scripts and letters that only some languages use (ő:
 * Hungarian, ł: Polish, ğ: Turkish, ...) and that groups start with their English words; a word it
 * cannot place goes under "und" (undetermined), for a person to move.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { canonicalJson } from '../../lib/index-format/canonical';
import { conceptWords, isConceptRef } from '../../lib/index-format/concepts';
import type { Concept, IndexDocument } from '../../lib/index-format/types';
import { LIMITS } from '../../lib/index-format/schema';
import { formatIssue, parseIndexJson } from '../../lib/index-format/validate-index';
import { tokenize } from '../../lib/matcher/tokenize';

/** The folded form the matcher compares: two terms with the same key are the same pattern. */
export const termKey = (term: string): string => tokenize(term).map((t) => t.text).join(' ');

/** A new concept needs at least this many shared words (fewer: the reference costs more than it saves). */
const MIN_CONCEPT_WORDS = 3;
/** The second pass (factorShared) makes a concept of at least this many words two groups share. */
const MIN_SHARED_WORDS = 8;

interface GroupRef {
  event: number;
  group: number;
  keys: Set<string>;
  terms: string[];
}

interface Cluster {
  members: GroupRef[];
  keys: Set<string>;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let common = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const k of small) if (large.has(k)) common++;
  return common / (a.size + b.size - common);
}

/* ---------------------------------------------------------------- languages */

const SCRIPT_LANGUAGE: [RegExp, string][] = [
  [/[\u3040-\u30ff]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/[پچژگکی\u200c]/u, 'fa'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Telugu}/u, 'te'],
  [/\p{Script=Gujarati}/u, 'gu'],
  [/\p{Script=Tamil}/u, 'ta'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/[іїєґ]/iu, 'uk'],
  [/[ђјљњћџ]/iu, 'sr'],
  [/[ыэъё]/iu, 'ru'],
  [/[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu, 'vi'],
  [/[ğış]/iu, 'tr'],
  [/[ășț]/iu, 'ro'],
  [/[łąęśźżćń]/iu, 'pl'],
  [/[řěů]/iu, 'cs'],
  [/[ľĺŕô]/iu, 'sk'],
  [/[őű]/iu, 'hu'],
  [/[đ]/iu, 'hr'],
  [/[æø]/iu, 'da'],
  [/[å]/iu, 'sv'],
  [/[ß]/iu, 'de'],
  [/[ñ¿¡]/iu, 'es'],
  [/[ãõ]/iu, 'pt'],
  [/[œèêëïûù]/iu, 'fr'],
];

/** The language of each term of a group, best guess; "und" when the letters do not tell. */
export function guessLanguages(terms: readonly string[]): string[] {
  let leadingEnglish = true;
  return terms.map((term) => {
    for (const [pattern, language] of SCRIPT_LANGUAGE) {
      if (pattern.test(term)) {
        leadingEnglish = false;
        return language;
      }
    }
    if (/\p{Script=Cyrillic}/u.test(term)) {
      leadingEnglish = false;
      return 'und';
    }
    // Groups are written English first: the ASCII words before any other language are English.
    if (leadingEnglish && /^[\x20-\x7e]+$/.test(term)) return 'en';
    leadingEnglish = false;
    return 'und';
  });
}

/** Words by language, each folded form once (the first spelling wins), "en" first. */
function byLanguage(terms: readonly string[], languages: readonly string[], into: Record<string, string[]> = {}, seen = new Set<string>()): Record<string, string[]> {
  terms.forEach((term, i) => {
    const key = termKey(term);
    const lang = languages[i]!;
    // A language's words past the format's limit stay literal in their groups (keptKeys).
    if (key === '' || seen.has(key) || (into[lang]?.length ?? 0) >= LIMITS.termsPerLanguage) return;
    seen.add(key);
    (into[lang] ??= []).push(term);
  });
  return into;
}

/** The folded words a concept's terms hold: the core words that made it into the concept. */
const keptKeys = (terms: Record<string, string[]>): Set<string> => new Set(Object.values(terms).flat().map(termKey));

/* ---------------------------------------------------------------- naming */

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

function nameConcept(terms: Record<string, string[]>, taken: Set<string>): { id: string; label: string } {
  const all = Object.values(terms).flat();
  const label = terms.en?.[0] ?? all.find((t) => /^[\p{Script=Latin}\s\d-]+$/u.test(t)) ?? all[0]!;
  const base = slug(label) || 'concept';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return { id, label };
}

/* ---------------------------------------------------------------- extraction */

export interface Extraction {
  doc: IndexDocument;
  /** The concepts made, with the number of groups that use each. */
  made: { id: string; groups: number; words: number }[];
}

/** Lower finds more shared vocabulary and risks joining different ideas; see the file header. */
export const DEFAULT_MIN_SIMILARITY = 0.15;

export function extractConcepts(input: IndexDocument, minSimilarity = DEFAULT_MIN_SIMILARITY): Extraction {
  const doc = structuredClone(input);
  const existing = [...(doc.concepts ?? [])];

  const groups: GroupRef[] = [];
  doc.events.forEach((event, e) => {
    event.match.context.forEach((group, g) => {
      if (group.some(isConceptRef)) return;
      const terms = group as string[];
      groups.push({ event: e, group: g, keys: new Set(terms.map(termKey).filter((k) => k !== '')), terms });
    });
  });

  // Start: one cluster per literal group.
  const clusters: Cluster[] = groups.map((g) => ({ members: [g], keys: new Set(g.keys) }));
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < clusters.length; i++) {
    for (let j = i + 1; j < clusters.length; j++) {
      const a = clusters[i]!;
      const b = clusters[j]!;
      if (a.members[0]!.event === b.members[0]!.event) continue;
      const s = jaccard(a.keys, b.keys);
      if (s >= minSimilarity) pairs.push([s, i, j]);
    }
  }
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const owner = clusters.map((_, i) => i);
  const find = (i: number): number => (owner[i] === i ? i : (owner[i] = find(owner[i]!)));
  for (const [, i, j] of pairs) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    const ca = clusters[a]!;
    const cb = clusters[b]!;
    // Two groups of one event stay apart (they are different groups of its rule).
    const events = new Set(ca.members.map((m) => m.event));
    if (cb.members.some((m) => events.has(m.event))) continue;
    if (jaccard(ca.keys, cb.keys) < minSimilarity) continue;
    owner[b] = a;
    ca.members.push(...cb.members);
    for (const k of cb.keys) ca.keys.add(k);
  }

  const taken = new Set(existing.map((c) => c.id));
  const made: Extraction['made'] = [];
  const concepts = new Map(existing.map((c) => [c.id, c]));
  clusters.forEach((cluster, i) => {
    if (find(i) !== i) return;
    if (cluster.members.length < 2) return;
    // The shared core: the words every group of the cluster has.
    const count = new Map<string, number>();
    for (const m of cluster.members) for (const k of m.keys) count.set(k, (count.get(k) ?? 0) + 1);
    const core = new Set<string>();
    for (const [k, n] of count) if (n === cluster.members.length) core.add(k);
    if (core.size < MIN_CONCEPT_WORDS) return;
    const terms: Record<string, string[]> = {};
    const seen = new Set<string>();
    for (const m of cluster.members) {
      const keep = m.terms.map((t) => core.has(termKey(t)));
      byLanguage(m.terms.filter((_, j) => keep[j]), guessLanguages(m.terms).filter((_, j) => keep[j]), terms, seen);
    }
    const concept: Concept = { ...nameConcept(terms, taken), terms };
    concepts.set(concept.id, concept);
    const kept = keptKeys(terms);
    for (const k of [...core]) if (!kept.has(k)) core.delete(k);
    for (const m of cluster.members) {
      // The group's own words stay literal next to the reference, each folded form once.
      const own: string[] = [];
      const seen = new Set<string>();
      for (const t of m.terms) {
        const k = termKey(t);
        if (core.has(k) || seen.has(k)) continue;
        seen.add(k);
        own.push(t);
      }
      doc.events[m.event]!.match.context[m.group] = [{ concept: concept.id }, ...own];
    }
    made.push({ id: concept.id, groups: cluster.members.length, words: conceptWords(concept).length });
  });
  for (const m of factorShared(doc, taken, concepts)) made.push(m);
  doc.concepts = [...concepts.values()];
  return { doc, made };
}

/**
 * The second pass: vocabulary that groups of different events share even where the groups as a
 * whole differ (one event's "summit" group and another's "meeting" group both list the words for
 * summit). Repeatedly, the two literal remainders of groups with the most words in common (at least
 * MIN_SHARED_WORDS) give a concept of exactly those words, and every group whose literal words
 * include them all references it instead. Exact: no group gains or loses a word.
 */
function factorShared(doc: IndexDocument, taken: Set<string>, concepts: Map<string, Concept>): Extraction['made'] {
  const made: Extraction['made'] = [];
  const literalKeys = (e: number, g: number) =>
    new Set(doc.events[e]!.match.context[g]!.filter((t): t is string => typeof t === 'string').map(termKey).filter((k) => k !== ''));
  for (;;) {
    const groups: { e: number; g: number; keys: Set<string> }[] = [];
    doc.events.forEach((event, e) => event.match.context.forEach((_, g) => groups.push({ e, g, keys: literalKeys(e, g) })));
    let best: { shared: string[]; a: number; b: number } | null = null;
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        const ga = groups[a]!;
        const gb = groups[b]!;
        if (ga.e === gb.e || Math.min(ga.keys.size, gb.keys.size) < MIN_SHARED_WORDS) continue;
        const shared = [...ga.keys].filter((k) => gb.keys.has(k));
        if (shared.length >= MIN_SHARED_WORDS && (best === null || shared.length > best.shared.length)) best = { shared, a, b };
      }
    }
    if (best === null) return made;
    const users = groups.filter((x) => best!.shared.every((k) => x.keys.has(k)));
    // The concept's words: the first group's spellings, in its order, under their guessed languages.
    const first = doc.events[groups[best.a]!.e]!.match.context[groups[best.a]!.g]!.filter((t): t is string => typeof t === 'string');
    const languages = guessLanguages(first);
    const shared = new Set(best.shared);
    const terms = byLanguage(first.filter((t) => shared.has(termKey(t))), languages.filter((_, j) => shared.has(termKey(first[j]!))));
    const core = keptKeys(terms);
    const concept: Concept = { ...nameConcept(terms, taken), terms };
    concepts.set(concept.id, concept);
    for (const u of users) {
      const group = doc.events[u.e]!.match.context[u.g]!;
      const refs = group.filter(isConceptRef);
      const own = group.filter((t): t is string => typeof t === 'string' && !core.has(termKey(t)));
      doc.events[u.e]!.match.context[u.g] = [...refs, { concept: concept.id }, ...own];
    }
    made.push({ id: concept.id, groups: users.length, words: conceptWords(concept).length });
  }
}

/* ---------------------------------------------------------------- command line */

function main(args: string[]): number {
  const file = args.find((a) => !a.startsWith('--') && !/^\d/.test(a));
  const at = args.indexOf('--min-similarity');
  const minSimilarity = at >= 0 ? Number(args[at + 1]) : DEFAULT_MIN_SIMILARITY;
  if (file === undefined || !(minSimilarity > 0 && minSimilarity <= 1)) {
    console.error('usage: npx tsx test/tools/extract-concepts.ts INDEX.json [--min-similarity 0.15] [--dry-run]');
    return 2;
  }
  const parsed = parseIndexJson(readFileSync(file, 'utf8'));
  if (!parsed.ok || parsed.dropped.length > 0) {
    const issues = parsed.ok ? parsed.dropped.flatMap((d) => d.issues) : parsed.errors;
    for (const issue of issues) console.error(formatIssue(issue));
    return 1;
  }
  const { doc, made } = extractConcepts(parsed.index, minSimilarity);
  const text = canonicalJson(doc);
  const check = parseIndexJson(text);
  if (!check.ok || check.dropped.length > 0) {
    console.error('the rewritten index does not validate; nothing was written');
    return 1;
  }
  for (const m of made.sort((a, b) => b.groups - a.groups || a.id.localeCompare(b.id))) {
    console.log(`${m.id}: ${m.groups} groups, ${m.words} words`);
  }
  console.log(`${made.length} concepts used by ${made.reduce((n, m) => n + m.groups, 0)} groups`);
  if (!args.includes('--dry-run')) writeFileSync(file, text, 'utf8');
  return 0;
}

if (process.argv[1] && import.meta.url === new URL(process.argv[1], `file://${process.cwd()}/`).href) {
  process.exit(main(process.argv.slice(2)));
}
