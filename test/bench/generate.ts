/**
 * Synthetic indexes and texts for the benchmark: deterministic (seeded), Latin and Cyrillic,
 * shaped like the real index (shared entities, ~10 names and terms per event) and like news text
 * (common words, capitalized names, punctuation, some index words).
 *  - generateIndex(n): random, mostly unique words;
 *  - generateIndex(n, seed, 'shared'): a shared vocabulary, as real indexes have: context terms and
 *    phrases drawn from a few thousand words with Zipf frequencies (the commonest words are in a
 *    large share of events), and a few entities in many events;
 *  - hostileIndex(n): one word in every event and a stop word as the phrase of every event;
 *  - generateText: a page that mentions no event; matchingText: one built like a real page that
 *    mentions some events (an article, a live blog), with the names, terms and phrases they need.
 */
import type { Entity, IndexDocument, NewsEvent } from '../../lib/index-format/types';
import { indexForms } from '../../lib/matcher/endings';
import { conceptTable, expandGroup } from '../../lib/index-format/concepts';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LAT = 'bcdfghklmnprstvz';
const LAT_V = 'aeiou';
const CYR = 'бвгдклмнпрстфхц';
const CYR_V = 'аеиоуя';

export function word(r: () => number, cyrillic: boolean, syllables: number): string {
  const c = cyrillic ? CYR : LAT;
  const v = cyrillic ? CYR_V : LAT_V;
  let w = '';
  for (let i = 0; i < syllables; i++) w += c[Math.floor(r() * c.length)]! + v[Math.floor(r() * v.length)]!;
  if (r() < 0.5) w += c[Math.floor(r() * c.length)]!;
  return w;
}

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/**
 * A word for the index that is not, nor stems to, one of the common words of generated text: with
 * 50k entities, random two-syllable first names would otherwise cover every two-syllable word,
 * "have" and "more" among them, and a bigger index would match filler text more by accident alone.
 */
function indexWord(r: () => number, cyrillic: boolean, syllables: number): string {
  for (;;) {
    const w = word(r, cyrillic, syllables);
    if (!indexForms(w).some((f) => COMMON_SET.has(f))) return w;
  }
}

/** Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1) (Zipf, s = 1). */
export function zipf(r: () => number, n: number): () => number {
  const cum = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cum[i] = total += 1 / (i + 1);
  return () => {
    const x = r() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Distinct generated words (a shared vocabulary). */
function vocabulary(r: () => number, n: number, cyrillic: boolean): string[] {
  const out = new Set<string>();
  while (out.size < n) out.add(word(r, cyrillic, 2 + Math.floor(r() * 2)));
  return [...out];
}

export type IndexShape = 'random' | 'shared';

export function generateIndex(events: number, seed = 1, shape: IndexShape = 'random'): IndexDocument {
  const r = rng(seed);
  const shared = shape === 'shared';
  const latVocab = shared ? vocabulary(r, 3000, false) : [];
  const cyrVocab = shared ? vocabulary(r, 2000, true) : [];
  const latPick = zipf(r, latVocab.length || 1);
  const cyrPick = zipf(r, cyrVocab.length || 1);
  const entityCount = Math.max(10, Math.floor(events / 2));
  const entities: Entity[] = [];
  for (let i = 0; i < entityCount; i++) {
    const first = cap(indexWord(r, false, 2));
    const last = cap(indexWord(r, false, 3));
    const lastCyr = cap(indexWord(r, true, 3));
    entities.push({
      id: `ent-${i}`,
      kind: 'person',
      label: `${first} ${last}`,
      names: { en: [`${first} ${last}`, last], ru: [lastCyr] },
    });
  }
  const evs: NewsEvent[] = [];
  const famous = zipf(r, entityCount);
  for (let i = 0; i < events; i++) {
    // Shared: one entity from the famous few (Zipf), the other any.
    const a = shared ? famous() : Math.floor(r() * entityCount);
    const b = (a + 1 + Math.floor(r() * (entityCount - 1))) % entityCount;
    const context: string[][] = [];
    for (let g = 0; g < 3; g++) {
      context.push(shared ? [latVocab[latPick()]!, cyrVocab[cyrPick()]!] : [indexWord(r, false, 3), indexWord(r, true, 3)]);
    }
    const phrase = shared ? `${latVocab[latPick()]!} ${latVocab[latPick()]!}` : `${indexWord(r, false, 2)} ${indexWord(r, false, 3)}`;
    evs.push({
      id: `ev-${i}`,
      title: `Event ${i}`,
      summary: `Synthetic event ${i}.`,
      dates: { start: '2025-01-01' },
      match: { all: [`ent-${a}`, `ent-${b}`], context, minContext: 2, phrases: [phrase] },
      sources: [{ url: `https://example.org/${i}`, outlet: 'example.org', language: 'en', kind: 'coverage' }],
    });
  }
  return {
    format: 'backstory-index', formatVersion: 1, version: 1, title: `bench ${events} ${shape}`, publisher: { name: 'bench' },
    generated: '2025-01-01T00:00:00Z', expires: '2030-01-01T00:00:00Z', entities, events: evs,
  };
}

const COMMON = (
  'the of and to in a is that for on with as was at by he said it from his an be has have are who not ' +
  'but this they were which been after their had more one its also would about over new than two into ' +
  'government president minister talks officials week year people report told statement according'
).split(' ');
const COMMON_RU = 'и в не на что с по как это из за от его для о но все так же был года после'.split(' ');
const COMMON_SET = new Set([...COMMON, ...COMMON_RU]);

/** About `bytes` UTF-16 code units of news-like text; a share of words are index names and terms. */
export function generateText(doc: IndexDocument, bytes: number, seed = 2): string {
  const concepts = conceptTable(doc.concepts);
  const r = rng(seed);
  const parts: string[] = [];
  let size = 0;
  let sentence = 0;
  // A page names a limited cast of people and places, over and over: a pool of proper nouns
  // that grows with the text (about 450 for 200 KB), not a new name every time.
  const pool: string[] = [];
  // Their names are not index words, nor close enough to meet one fuzzily: index words never
  // contain w/y (Latin) or ж/ш (Cyrillic) and have at most 3 syllables, so a bigger index does not
  // make more of them match by accident (random syllables are a small space: a 100k-event index
  // holds a large share of all short words and of their phonetic skeletons, which no real index does).
  for (let i = 0; i < 50 + Math.floor(bytes / 500); i++) {
    const cyr = r() < 0.3;
    pool.push(cap((cyr ? (r() < 0.5 ? 'ж' : 'ш') : (r() < 0.5 ? 'w' : 'y')) + word(r, cyr, 4 + Math.floor(r() * 2))));
  }
  while (size < bytes) {
    let w: string;
    const x = r();
    if (x < 0.02) {
      const e = doc.entities[Math.floor(r() * doc.entities.length)]!;
      const names = Object.values(e.names).flat();
      w = names[Math.floor(r() * names.length)]!;
    } else if (x < 0.04) {
      const ev = doc.events[Math.floor(r() * doc.events.length)]!;
      const g = expandGroup(ev.match.context[Math.floor(r() * ev.match.context.length)]!, concepts);
      w = g[Math.floor(r() * g.length)]!;
    } else if (x < 0.12) {
      w = pool[Math.floor(r() * pool.length)]!;
    } else if (x < 0.3) {
      w = COMMON_RU[Math.floor(r() * COMMON_RU.length)]!;
    } else {
      w = COMMON[Math.floor(r() * COMMON.length)]!;
    }
    if (sentence === 0) w = cap(w);
    sentence++;
    let sep = ' ';
    if (sentence > 8 + Math.floor(r() * 12)) {
      sep = r() < 0.2 ? '.\n\n' : '. ';
      sentence = 0;
    } else if (r() < 0.06) sep = ', ';
    parts.push(w, sep);
    size += w.length + sep.length;
  }
  return parts.join('').slice(0, bytes);
}

function firstName(e: Entity | undefined): string {
  const name = e && (e.names.en?.[0] ?? Object.values(e.names).flat()[0]);
  if (!name) throw new Error(`entity ${e?.id ?? '?'} has no name`);
  return name;
}

/** A paragraph that satisfies the event's rule: its entities and enough context terms together. */
export function mentionEvent(ev: NewsEvent, entities: Map<string, Entity>): string {
  const rule = ev.match;
  const names = rule.all.map((id) => firstName(entities.get(id)));
  if (rule.any?.length) names.push(...rule.any.slice(0, rule.anyMin ?? 1).map((id) => firstName(entities.get(id))));
  const groups = [...(rule.requireContext ?? [])];
  for (let g = 0; g < rule.context.length && groups.length < (rule.minContext ?? 2); g++) if (!groups.includes(g)) groups.push(g);
  const terms = groups.map((g) => rule.context[g]?.[0] ?? '');
  return `${names.join(' and ')} were named again this week: ${terms.join(', ')}.`;
}

/**
 * A hostile index: `events` random events, each with the same common word ("said") as a context
 * term and a stop word ("the") as its phrase, so that every page that says "the" names them all.
 */
export function hostileIndex(events: number): IndexDocument {
  const doc = generateIndex(events, 7);
  for (const ev of doc.events) {
    ev.match.context[0]!.push('said');
    ev.match.phrases = ['the'];
  }
  return { ...doc, title: `hostile ${events}` };
}

/** A paragraph that meets event `ev`'s rule: its entities' names and a term of every context group, close together. */
function mention(doc: IndexDocument, ev: NewsEvent, r: () => number, withPhrase: boolean): string {
  const nameOf = (id: string) => {
    const e = doc.entities.find((x) => x.id === id)!;
    const names = Object.values(e.names).flat();
    return names[Math.floor(r() * names.length)]!;
  };
  const filler = () => COMMON[Math.floor(r() * COMMON.length)]!;
  const parts: string[] = [];
  for (const id of ev.match.all) parts.push(nameOf(id), filler(), filler());
  for (const group of ev.match.context) {
    const g = expandGroup(group, conceptTable(doc.concepts));
    parts.push(filler(), g[Math.floor(r() * g.length)]!, filler());
  }
  if (withPhrase && ev.match.phrases?.[0]) parts.push('the', ev.match.phrases[0]);
  return `${parts.join(' ')}.`;
}

/**
 * A page of about `bytes` characters built like a real one: news-like text (as generateText) with
 * paragraphs about `mentions` events spread through it; the first event is the page's subject,
 * mentioned three times and by its phrase. Returns the text and the events it was built to mention.
 */
export function matchingText(doc: IndexDocument, bytes: number, mentions: number, seed = 3): { text: string; events: string[] } {
  const r = rng(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(mentions, doc.events.length)) picked.add(Math.floor(r() * doc.events.length));
  const evs = [...picked].map((i) => doc.events[i]!);
  const paragraphs = evs.map((ev, k) => mention(doc, ev, r, k === 0));
  paragraphs.push(mention(doc, evs[0]!, r, true), mention(doc, evs[0]!, r, false));
  const extra = paragraphs.reduce((n, p) => n + p.length + 4, 0);
  const base = generateText(doc, Math.max(1000, bytes - extra), seed);
  const out: string[] = [];
  let at = 0;
  paragraphs.forEach((p, k) => {
    let cut = Math.floor(((k + 1) * base.length) / (paragraphs.length + 1));
    const dot = base.indexOf('. ', cut);
    cut = dot < 0 ? base.length : dot + 2;
    if (cut < at) cut = at;
    out.push(base.slice(at, cut), '\n\n', p, '\n\n');
    at = cut;
  });
  out.push(base.slice(at));
  return { text: out.join(''), events: evs.map((e) => e.id) };
}

/**
 * The links of a news page (as the content script collects them, up to 500): mostly the site's
 * other articles (sections, dated slugs, some with a page number, tracking parameters or a
 * fragment, a few percent-encoded or in capitals, which take the URL parser), and one in 20 a
 * source of an indexed event written another way (www., trailing slash, tracking parameter).
 */
export function pageLinks(doc: IndexDocument, count: number, seed = 5): string[] {
  const r = rng(seed);
  const sections = ['world', 'politics', 'business', 'technology', 'sport', 'opinion', 'culture', 'science', 'live'];
  const sources = doc.events.flatMap((e) => e.sources.map((s) => s.url));
  const links: string[] = [];
  for (let i = 0; i < count; i++) {
    const x = r();
    if (x < 0.05 && sources.length > 0) {
      const u = sources[Math.floor(r() * sources.length)]!;
      links.push(r() < 0.5 ? `${u.replace('://', '://www.')}/` : `${u}?utm_source=homepage`);
      continue;
    }
    const host = r() < 0.8 ? 'https://www.example.com' : 'https://news.example.net';
    const day = `2025/${1 + Math.floor(r() * 12)}/${1 + Math.floor(r() * 28)}`;
    let u = `${host}/${sections[Math.floor(r() * sections.length)]}/${day}/${word(r, false, 3)}-${word(r, false, 2)}-${word(r, false, 3)}-${i}`;
    const y = r();
    if (y < 0.1) u += '?page=2';
    else if (y < 0.2) u += '?utm_source=nav&utm_medium=web';
    else if (y < 0.25) u += '#comments';
    else if (y < 0.3) u += '.html';
    else if (y < 0.33) u += '-%C3%A9t%C3%A9';
    else if (y < 0.35) u = u.toUpperCase();
    links.push(u);
  }
  return links;
}
