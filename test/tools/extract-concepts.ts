/**
 * Moves an index's repeated context groups into shared concepts (index format v1 `concepts`).
 *
 *   npx tsx test/tools/extract-concepts.ts public/default-index.json [--min-similarity 0.15] [--dry-run]
 *
 * Context groups of different events that say nearly the same thing (Jaccard similarity of their
 * folded terms at least --min-similarity, merged greedily, best pairs first, and only while the
 * merged clusters stay that similar) share one concept: the words all of them have, grouped by
 * language. Each of those groups becomes a reference to it plus its own other words, so every
 * group keeps exactly its words and the index matches exactly as before. (A literal group that
 * joins a concept already in the document gains the concept's words it lacked.) A group that already references
 * concepts, and the concepts already in the document, are kept as they are, so the script can be
 * run again after concepts were edited by hand: only literal groups are clustered, and a literal
 * group close to an existing concept joins it.
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
import { conceptTable, conceptWords, isConceptRef } from '../../lib/index-format/concepts';
import type { Concept, IndexDocument } from '../../lib/index-format/types';
import { formatIssue, parseIndexJson } from '../../lib/index-format/validate-index';
import { tokenize } from '../../lib/matcher/tokenize';

/** The folded form the matcher compares: two terms with the same key are the same pattern. */
export const termKey = (term: string): string => tokenize(term).map((t) => t.text).join(' ');

/** A new concept needs at least this many shared words (fewer: the reference costs more than it saves). */
const MIN_CONCEPT_WORDS = 3;

interface GroupRef {
  event: number;
  group: number;
  keys: Set<string>;
  terms: string[];
}

interface Cluster {
  members: GroupRef[];
  keys: Set<string>;
  /** An existing concept this cluster joins, if any. */
  concept?: Concept;
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
  [/[çœèêëîïûù]/iu, 'fr'],
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
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    (into[languages[i]!] ??= []).push(term);
  });
  return into;
}

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
  const label = terms.en?.[0] ?? Object.values(terms)[0]![0]!;
  const base = slug(label) || 'concept';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return { id, label };
}

/* ---------------------------------------------------------------- extraction */

export interface Extraction {
  doc: IndexDocument;
  /** Concepts made (new) and joined (existing), with the groups that use each. */
  made: { id: string; groups: number; words: number }[];
}

/** Lower finds more shared vocabulary and risks joining different ideas; see the file header. */
export const DEFAULT_MIN_SIMILARITY = 0.15;

export function extractConcepts(input: IndexDocument, minSimilarity = DEFAULT_MIN_SIMILARITY): Extraction {
  const doc = structuredClone(input);
  const existing = [...(doc.concepts ?? [])];
  const table = conceptTable(existing);

  const groups: GroupRef[] = [];
  doc.events.forEach((event, e) => {
    event.match.context.forEach((group, g) => {
      if (group.some(isConceptRef)) return;
      const terms = group as string[];
      groups.push({ event: e, group: g, keys: new Set(terms.map(termKey).filter((k) => k !== '')), terms });
    });
  });

  // Start: one cluster per existing concept and per literal group.
  const clusters: Cluster[] = [
    ...existing.map((concept) => ({ members: [], keys: new Set(conceptWords(concept).map(termKey)), concept })),
    ...groups.map((g) => ({ members: [g], keys: new Set(g.keys) })),
  ];
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < clusters.length; i++) {
    for (let j = i + 1; j < clusters.length; j++) {
      const a = clusters[i]!;
      const b = clusters[j]!;
      if (a.concept && b.concept) continue;
      if (a.members.length > 0 && b.members.length > 0 && a.members[0]!.event === b.members[0]!.event) continue;
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
    if (ca.concept && cb.concept) continue;
    // Two groups of one event stay apart (they are different groups of its rule).
    const events = new Set(ca.members.map((m) => m.event));
    if (cb.members.some((m) => events.has(m.event))) continue;
    if (jaccard(ca.keys, cb.keys) < minSimilarity) continue;
    owner[b] = a;
    ca.members.push(...cb.members);
    for (const k of cb.keys) ca.keys.add(k);
    ca.concept ??= cb.concept;
  }

  const taken = new Set(existing.map((c) => c.id));
  const made: Extraction['made'] = [];
  const concepts = new Map(existing.map((c) => [c.id, c]));
  clusters.forEach((cluster, i) => {
    if (find(i) !== i) return;
    if (cluster.members.length < (cluster.concept ? 1 : 2)) return;
    // The shared core: words every group of the cluster has (and the existing concept's words).
    const count = new Map<string, number>();
    for (const m of cluster.members) for (const k of m.keys) count.set(k, (count.get(k) ?? 0) + 1);
    const core = new Set(cluster.concept ? conceptWords(cluster.concept).map(termKey) : []);
    for (const [k, n] of count) if (n === cluster.members.length) core.add(k);
    if (!cluster.concept && core.size < MIN_CONCEPT_WORDS) return;
    const inCore = (m: GroupRef) => {
      const keep = m.terms.map((t) => core.has(termKey(t)));
      return { terms: m.terms.filter((_, j) => keep[j]), languages: guessLanguages(m.terms).filter((_, j) => keep[j]) };
    };
    let concept = cluster.concept;
    if (concept) {
      const seen = new Set(conceptWords(concept).map(termKey));
      for (const m of cluster.members) {
        const c = inCore(m);
        byLanguage(c.terms, c.languages, concept.terms, seen);
      }
    } else {
      const terms: Record<string, string[]> = {};
      const seen = new Set<string>();
      for (const m of cluster.members) {
        const c = inCore(m);
        byLanguage(c.terms, c.languages, terms, seen);
      }
      concept = { ...nameConcept(terms, taken), terms };
    }
    concepts.set(concept.id, concept);
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
  for (const c of table.values()) if (!concepts.has(c.id)) concepts.set(c.id, c);
  doc.concepts = [...concepts.values()];
  return { doc, made };
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
