import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../lib/index-format/canonical';
import type { IndexDocument } from '../../../lib/index-format/types';
import { parseIndexJson } from '../../../lib/index-format/validate-index';

/** A document whose keys and items are deliberately out of order. */
function scrambled(): IndexDocument {
  return {
    events: [
      {
        sources: [{ kind: 'coverage', language: 'en', outlet: 'N', url: 'https://n.example/2' }],
        match: { phrases: ['b phrase'], context: [['x'], ['y']], all: ['zed'] },
        dates: { reported: '2025-03-02', start: '2025-03-01' },
        summary: 'S',
        title: 'B',
        id: 'b-event',
      },
      {
        related: ['b-event'],
        sources: [{ published: '2025-01', url: 'https://n.example/1', kind: 'original', outlet: 'N', language: 'en', title: 'T' }],
        match: { minContext: 1, context: [['x']], any: ['zed', 'amy'], all: [], anyMin: 1 },
        dates: { start: '2025-01-01', end: '2025-01-02' },
        summary: 'S',
        title: 'A',
        id: 'a-event',
      },
      {
        sources: [{ kind: 'coverage', language: 'en', outlet: 'N', url: 'https://n.example/3' }],
        match: { all: ['amy'], context: [['x'], ['y']] },
        dates: { start: '2025-03-01' },
        summary: 'S',
        title: 'A2',
        id: 'a-event-2',
      },
    ],
    entities: [
      { names: { uk: ['Зед'], en: ['Zed'], de: ['Zett'] }, label: 'Zed', kind: 'person', id: 'zed' },
      { names: { en: ['Amy'] }, label: 'Amy', kind: 'person', id: 'amy' },
    ],
    expires: '2027-01-01T00:00:00Z',
    generated: '2026-01-01T00:00:00Z',
    publisher: { url: 'https://p.example/', name: 'P' },
    title: 'T',
    version: 2,
    formatVersion: 1,
    format: 'backstory-index',
  };
}

describe('canonicalJson', () => {
  const text = canonicalJson(scrambled());
  const parsed = JSON.parse(text);

  it('writes keys in the order of the types', () => {
    expect(Object.keys(parsed)).toEqual([
      'format', 'formatVersion', 'version', 'title', 'publisher', 'generated', 'expires', 'entities', 'events',
    ]);
    expect(Object.keys(parsed.publisher)).toEqual(['name', 'url']);
    expect(Object.keys(parsed.entities[0])).toEqual(['id', 'kind', 'label', 'names']);
    const a = parsed.events[0];
    expect(Object.keys(a)).toEqual(['id', 'title', 'summary', 'dates', 'match', 'sources', 'related']);
    expect(Object.keys(a.dates)).toEqual(['start', 'end']);
    expect(Object.keys(a.match)).toEqual(['all', 'any', 'anyMin', 'context', 'minContext']);
    expect(Object.keys(a.sources[0])).toEqual(['url', 'outlet', 'title', 'language', 'published', 'kind']);
  });

  it('sorts entities by id, events by start date then id, and names with English first', () => {
    expect(parsed.entities.map((e: { id: string }) => e.id)).toEqual(['amy', 'zed']);
    expect(parsed.events.map((e: { id: string }) => e.id)).toEqual(['a-event', 'a-event-2', 'b-event']);
    expect(Object.keys(parsed.entities[1].names)).toEqual(['en', 'de', 'uk']);
  });

  it('keeps the order inside lists (rule terms and sources are authored in order)', () => {
    expect(parsed.events[0].match.any).toEqual(['zed', 'amy']);
  });

  it('uses two-space indentation and ends with a newline', () => {
    expect(text.startsWith('{\n  "format": "backstory-index",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is stable: validating and writing again gives the same text', () => {
    const again = parseIndexJson(text);
    if (!again.ok) throw new Error('canonical output must validate');
    expect(canonicalJson(again.index)).toBe(text);
  });

  it('leaves out an absent homepage instead of writing null', () => {
    expect(text).not.toContain('homepage');
    expect(canonicalJson({ ...scrambled(), homepage: 'https://p.example/feed' })).toContain(
      '"publisher": {\n    "name": "P",\n    "url": "https://p.example/"\n  },\n  "homepage": "https://p.example/feed",',
    );
  });
});
