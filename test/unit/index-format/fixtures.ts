/** A small valid index document to mutate in tests (plain JSON: what a publisher would write). */
export function validDoc(): Record<string, unknown> & { entities: Record<string, unknown>[]; events: Record<string, unknown>[] } {
  return {
    format: 'backstory-index',
    formatVersion: 1,
    version: 3,
    title: 'Test feed',
    publisher: { name: 'Test publisher', url: 'https://publisher.example/' },
    homepage: 'https://publisher.example/feed',
    generated: '2025-12-15T00:00:00Z',
    expires: '2026-12-15T00:00:00Z',
    entities: [
      { id: 'alice', kind: 'person', label: 'Alice Example', names: { en: ['Alice Example', 'Example'], ru: ['Алиса Экзампл'] } },
      { id: 'bob', kind: 'person', label: 'Bob Sample', names: { en: ['Bob Sample'] } },
    ],
    events: [
      {
        id: 'first-event',
        title: 'Alice meets Bob',
        summary: 'Alice and Bob met in a test.',
        dates: { start: '2025-10-14', reported: '2025-11-25' },
        match: { all: ['alice', 'bob'], context: [['meeting', 'встреча'], ['test']] },
        sources: [
          { url: 'https://news.example/a', outlet: 'News', title: 'Alice meets Bob', language: 'en', published: '2025-11', kind: 'original' },
          { url: 'https://news.example/b', outlet: 'Новости', language: 'ru', kind: 'coverage' },
        ],
        related: ['second-event'],
      },
      {
        id: 'second-event',
        title: 'Bob again',
        summary: 'Bob did it again.',
        dates: { start: '2025-11-01', end: '2025-11-03' },
        match: { all: ['bob'], context: [['again']], minContext: 1, phrases: ['Bob again'] },
        sources: [{ url: 'https://news.example/c', outlet: 'News', language: 'en', published: '2025', kind: 'analysis' }],
      },
    ],
  };
}
