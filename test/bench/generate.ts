/**
 * Synthetic indexes and texts for the benchmark: deterministic (seeded), Latin and Cyrillic,
 * shaped like the real index (shared entities, ~10 names and terms per event) and like news text
 * (common words, capitalized names, punctuation, some index words).
 */
import type { Entity, IndexDocument, NewsEvent } from '../../lib/index-format/types';

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

export function generateIndex(events: number, seed = 1): IndexDocument {
  const r = rng(seed);
  const entityCount = Math.max(10, Math.floor(events / 2));
  const entities: Entity[] = [];
  for (let i = 0; i < entityCount; i++) {
    const first = cap(word(r, false, 2));
    const last = cap(word(r, false, 3));
    const lastCyr = cap(word(r, true, 3));
    entities.push({
      id: `ent-${i}`,
      kind: 'person',
      label: `${first} ${last}`,
      names: { en: [`${first} ${last}`, last], ru: [lastCyr] },
    });
  }
  const evs: NewsEvent[] = [];
  for (let i = 0; i < events; i++) {
    const a = Math.floor(r() * entityCount);
    const b = (a + 1 + Math.floor(r() * (entityCount - 1))) % entityCount;
    const context: string[][] = [];
    for (let g = 0; g < 3; g++) context.push([word(r, false, 3), word(r, true, 3)]);
    evs.push({
      id: `ev-${i}`,
      title: `Event ${i}`,
      summary: `Synthetic event ${i}.`,
      dates: { start: '2025-01-01' },
      match: { all: [`ent-${a}`, `ent-${b}`], context, minContext: 2, phrases: [`${word(r, false, 2)} ${word(r, false, 3)}`] },
      sources: [{ url: `https://example.org/${i}`, outlet: 'example.org', language: 'en', kind: 'coverage' }],
    });
  }
  return {
    format: 'backstory-index', formatVersion: 1, version: 1, title: `bench ${events}`, publisher: { name: 'bench' },
    generated: '2025-01-01T00:00:00Z', expires: '2030-01-01T00:00:00Z', entities, events: evs,
  };
}

const COMMON = (
  'the of and to in a is that for on with as was at by he said it from his an be has have are who not ' +
  'but this they were which been after their had more one its also would about over new than two into ' +
  'government president minister talks officials week year people report told statement according'
).split(' ');
const COMMON_RU = 'и в не на что с по как это из за от его для о но все так же был года после'.split(' ');

/** About `bytes` UTF-16 code units of news-like text; a share of words are index names and terms. */
export function generateText(doc: IndexDocument, bytes: number, seed = 2): string {
  const r = rng(seed);
  const parts: string[] = [];
  let size = 0;
  let sentence = 0;
  // A page names a limited cast of people and places, over and over: a pool of proper nouns
  // that grows with the text (about 450 for 200 KB), not a new name every time.
  const pool: string[] = [];
  for (let i = 0; i < 50 + Math.floor(bytes / 500); i++) pool.push(cap(word(r, r() < 0.3, 2 + Math.floor(r() * 2))));
  while (size < bytes) {
    let w: string;
    const x = r();
    if (x < 0.02) {
      const e = doc.entities[Math.floor(r() * doc.entities.length)]!;
      const names = Object.values(e.names).flat();
      w = names[Math.floor(r() * names.length)]!;
    } else if (x < 0.04) {
      const ev = doc.events[Math.floor(r() * doc.events.length)]!;
      const g = ev.match.context[Math.floor(r() * ev.match.context.length)]!;
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
export function mention(ev: NewsEvent, entities: Map<string, Entity>): string {
  const rule = ev.match;
  const names = rule.all.map((id) => firstName(entities.get(id)));
  if (rule.any?.length) names.push(...rule.any.slice(0, rule.anyMin ?? 1).map((id) => firstName(entities.get(id))));
  const groups = [...(rule.requireContext ?? [])];
  for (let g = 0; g < rule.context.length && groups.length < (rule.minContext ?? 2); g++) if (!groups.includes(g)) groups.push(g);
  const terms = groups.map((g) => rule.context[g]?.[0] ?? '');
  return `${names.join(' and ')} were named again this week: ${terms.join(', ')}.`;
}
