import { describe, expect, it } from 'vitest';
import { buildSearchCorpus, searchEvents } from '@/lib/search/search-events';
import { searchWords } from '@/lib/search/fold';
import { sampleIndex } from '../store/sample-index';
import type { NewsEvent } from '@/lib/index-format/types';

const doc = sampleIndex();
const corpus = buildSearchCorpus(doc.events, doc.entities);
const ids = (query: string, limit?: number) => searchEvents(corpus, query, limit).map((h) => h.id);

describe('searchWords', () => {
  it('folds case and diacritics and splits on punctuation', () => {
    expect(searchWords('Zélenskyy, ŁÓDŹ — 28-point')).toEqual(['zelenskyy', 'lodz', '28', 'point']);
    expect(searchWords('Ёлка')).toEqual(['елка']);
  });
  it('makes each Han/kana/Hangul character a word', () => {
    expect(searchWords('李在明当选 Lee')).toEqual(['李', '在', '明', '当', '选', 'lee']);
  });
});

describe('searchEvents', () => {
  it('finds events by a person\'s name in any listed spelling', () => {
    expect(ids('Ushakov')).toEqual(['call-leak']);
    expect(ids('Ушаков')).toEqual(['call-leak']);
    expect(ids('zelensky')).toEqual(['peace-plan']);
  });

  it('requires every word of the query', () => {
    expect(ids('Witkoff plan')).toEqual(['peace-plan']);
    expect(ids('Witkoff nonexistentword')).toEqual([]);
  });

  it('matches prefixes while typing', () => {
    expect(ids('witk')).toEqual(expect.arrayContaining(['call-leak', 'peace-plan']));
    expect(ids('witk')).toHaveLength(2);
  });

  it('ranks a title match above a summary mention', () => {
    // "peace plan" is the title of one event and only in the summary of another.
    expect(ids('peace plan')).toEqual(['peace-plan', 'summit']);
  });

  it('ranks the whole phrase above the same words apart', () => {
    const events: NewsEvent[] = [
      { ...doc.events[2]!, id: 'apart', title: 'Plan for the peace talks' },
      { ...doc.events[2]!, id: 'phrase', title: 'The peace plan' },
    ];
    const c = buildSearchCorpus(events, []);
    expect(searchEvents(c, 'peace plan').map((h) => h.id)).toEqual(['phrase', 'apart']);
  });

  it('puts the more recent event first when scores tie', () => {
    const events: NewsEvent[] = [
      { ...doc.events[2]!, id: 'older', title: 'Storm', dates: { start: '2024-01-01' } },
      { ...doc.events[2]!, id: 'newer', title: 'Storm', dates: { start: '2025-06-01' } },
    ];
    expect(searchEvents(buildSearchCorpus(events, []), 'storm').map((h) => h.id)).toEqual(['newer', 'older']);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  ?! — ')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(ids('example', 2)).toHaveLength(2);
    expect(ids('example')).toHaveLength(3);
  });

  it('finds by an outlet name', () => {
    expect(ids('example news')).toHaveLength(3);
  });
});
