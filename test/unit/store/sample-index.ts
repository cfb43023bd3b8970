/** A small hand-written index for the store, search and background tests (not real events). */
import type { IndexDocument, NewsEvent } from '@/lib/index-format/types';

function event(id: string, title: string, extra: Partial<NewsEvent> = {}): NewsEvent {
  return {
    id,
    title,
    summary: `${title}: a summary written for the tests.`,
    dates: { start: '2025-01-01' },
    match: { all: [], context: [['alpha'], ['beta']] },
    sources: [{ url: `https://news.example.org/${id}`, outlet: 'Example News', language: 'en', kind: 'original' }],
    ...extra,
  };
}

export function sampleIndex(version = 1): IndexDocument {
  return {
    format: 'backstory-index',
    formatVersion: 1,
    version,
    title: 'Test index',
    publisher: { name: 'Test publisher' },
    generated: '2025-12-01T00:00:00Z',
    expires: '2026-12-01T00:00:00Z',
    entities: [
      { id: 'ushakov', kind: 'person', label: 'Yuri Ushakov', names: { en: ['Yuri Ushakov', 'Ushakov'], ru: ['Юрий Ушаков', 'Ушаков'] } },
      { id: 'witkoff', kind: 'person', label: 'Steve Witkoff', names: { en: ['Steve Witkoff', 'Witkoff'] } },
      { id: 'zelensky', kind: 'person', label: 'Volodymyr Zelenskyy', names: { en: ['Zelenskyy', 'Zelensky'], uk: ['Зеленський'] } },
    ],
    events: [
      event('call-leak', 'Leaked call between two envoys', {
        dates: { start: '2025-10-14', reported: '2025-11-25' },
        match: { all: ['witkoff', 'ushakov'], context: [['call'], ['leak']] },
        related: ['peace-plan', 'not-in-this-index'],
      }),
      event('peace-plan', 'Twenty-eight point peace plan', {
        dates: { start: '2025-11-19' },
        match: { all: ['witkoff'], any: ['zelensky'], context: [['plan'], ['points']] },
        related: ['call-leak'],
      }),
      event('summit', 'A summit in a northern city', {
        summary: 'Leaders met; the peace plan was discussed in passing.',
        dates: { start: '2025-08-15' },
      }),
    ],
  };
}
