/**
 * A document that writes its context words once as concepts compiles to a matcher that finds
 * exactly what its expanded form finds; words a concept shares between events stay one pattern.
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../lib/index-format/canonical';
import type { ContextTerm, IndexDocument } from '../../../lib/index-format/types';
import { parseIndexJson } from '../../../lib/index-format/validate-index';
import { compileIndex, matchPage } from '../../../lib/matcher/index';
import { sampleIndex } from './sample-index';

/**
 * The sample index rewritten with concepts: every group's words but its last become a concept
 * (by language, in the group's order), the last stays a literal term next to the reference; the
 * "meeting" words are one concept that both events with such a group use.
 */
function withConcepts(): IndexDocument {
  const doc = structuredClone(sampleIndex());
  doc.concepts = [
    { id: 'leak', label: 'leak', terms: { en: ['leak', 'leaked'], ru: ['утечка', 'слив'], uk: ['витік'], pl: ['wyciek'] } },
    { id: 'recording', label: 'recording', terms: { en: ['recording', 'transcript', 'audio'], ru: ['запись'], uk: ['запис'], und: ['стенограмма', 'nagranie'] } },
    { id: 'meeting', label: 'meeting', terms: { en: ['meeting', 'met', 'talks'], ru: ['встреча', 'переговоры'] } },
    { id: 'kremlin', label: 'Kremlin', terms: { en: ['Kremlin'], ru: ['Кремль'] } },
  ];
  const leaked = doc.events[0]!.match;
  leaked.context = [
    [{ concept: 'leak' }, 'fuite'],
    [{ concept: 'recording' }, 'enregistrement'],
    leaked.context[2]!,
  ];
  const moscow = doc.events[1]!.match;
  moscow.context = [[{ concept: 'kremlin' }], [{ concept: 'meeting' }], moscow.context[2]!];
  return doc;
}

/** Pages in several languages that hit, miss or nearly hit the sample events. */
const PAGES = [
  'Bloomberg published a leaked recording of the phone call in which Witkoff coached Ushakov.',
  'Утечка: запись разговора Уиткоффа с Ушаковым опубликована.',
  'Віткофф і Ушаков: витік запису розмови.',
  'Wyciek: nagranie rozmowy Witkoffa z Uszakowem.',
  'Fuite: l\'enregistrement de Witkoff et Ouchakov.',
  'Witkoff met Putin in the Kremlin for talks on Tuesday.',
  'Уиткофф и Путин: переговоры в Кремле.',
  'Witkoff and Putin in Moscow.',
  'Witkoff spoke to Ushakov about the weather.',
  'Kim won the election in Seoul after the summit.',
];

const found = (doc: IndexDocument) => {
  const m = compileIndex(doc);
  return PAGES.map((text) => matchPage(m, { text, published: '2025-12-05' }));
};

describe('compiling concepts', () => {
  it('gives the same matcher as the expanded document when the words come in the same order', () => {
    const doc = withConcepts();
    const parsed = parseIndexJson(JSON.stringify(doc));
    if (!parsed.ok || parsed.dropped.length > 0) throw new Error('the concept document is invalid');
    expect(compileIndex(parsed.index)).toEqual(compileIndex(sampleIndex()));
  });

  it('finds exactly what the expanded form finds, also in canonical order (other word ids)', () => {
    const canonical = parseIndexJson(canonicalJson(withConcepts()));
    if (!canonical.ok) throw new Error('invalid');
    const expected = found(sampleIndex());
    expect(expected.flat().length).toBeGreaterThan(4); // the pages do find events
    expect(found(canonical.index)).toEqual(expected);
  });

  it('keeps a concept used by many events one pattern per word', () => {
    const literal = structuredClone(sampleIndex());
    const shared = withConcepts();
    // The Seoul event gets a "meeting" group too: literally, and as the shared concept.
    literal.events[2]!.match.context.push(['meeting', 'met', 'talks', 'встреча', 'переговоры']);
    shared.events[2]!.match.context.push([{ concept: 'meeting' } as ContextTerm]);
    const a = compileIndex(literal);
    const b = compileIndex(shared);
    expect(b.wordCount).toBe(a.wordCount);
    expect(b.nodeFlags.length).toBe(a.nodeFlags.length);
    // Both events' lists point at the same nodes for the concept's words.
    const nodesOf = (ev: number, group: number) =>
      [...b.ctxData.subarray(b.ctxOff[ev]!, b.ctxOff[ev + 1]!)].filter((x) => x % 32 === group).map((x) => Math.floor(x / 32));
    expect(nodesOf(2, 2)).toEqual(nodesOf(1, 1));
    expect(nodesOf(2, 2)).toHaveLength(5);
    const page = 'Kim met voters in Seoul before the election.';
    expect(matchPage(b, { text: page }).map((e) => e.id)).toEqual(matchPage(a, { text: page }).map((e) => e.id));
  });
});
