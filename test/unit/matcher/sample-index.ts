/**
 * A small hand-made index for engine tests: two people shared by three related events, so the
 * tests can check that events with the same cast are told apart.
 */
import type { IndexDocument } from '../../../lib/index-format/types';

export function sampleIndex(): IndexDocument {
  return {
    format: 'backstory-index',
    formatVersion: 1,
    version: 1,
    title: 'Engine test index',
    publisher: { name: 'Backstory tests' },
    generated: '2025-12-01T00:00:00Z',
    expires: '2027-01-01T00:00:00Z',
    entities: [
      { id: 'witkoff', kind: 'person', label: 'Steve Witkoff', names: { en: ['Steve Witkoff', 'Witkoff'], ru: ['Стив Уиткофф', 'Уиткофф', 'Виткофф'], uk: ['Віткофф'] } },
      { id: 'ushakov', kind: 'person', label: 'Yuri Ushakov', names: { en: ['Yuri Ushakov', 'Ushakov'], ru: ['Юрий Ушаков', 'Ушаков'] } },
      { id: 'putin', kind: 'person', label: 'Vladimir Putin', names: { en: ['Putin'], ru: ['Путин'] } },
      { id: 'kim', kind: 'person', label: 'Kim', names: { en: ['Kim'] } },
      { id: 'bloomberg', kind: 'organization', label: 'Bloomberg', names: { en: ['Bloomberg'] } },
      { id: 'seoul', kind: 'place', label: 'Seoul', names: { en: ['Seoul'], ko: ['서울'] } },
    ],
    events: [
      {
        id: 'leaked-call',
        title: 'Leaked call',
        summary: 'A leaked recording of a call.',
        dates: { start: '2025-10-14', reported: '2025-11-25' },
        match: {
          all: ['witkoff', 'ushakov'],
          context: [
            ['leak', 'leaked', 'утечка', 'слив', 'витік', 'wyciek', 'fuite'],
            ['recording', 'transcript', 'audio', 'запись', 'запис', 'стенограмма', 'nagranie', 'enregistrement'],
            ['phone call', 'разговор', 'розмова', 'rozmowa'],
          ],
          minContext: 2,
          phrases: ['Witkoff-Ushakov call'],
        },
        sources: [
          { url: 'https://meduza.io/feature/2025/11/26/zapisi', outlet: 'Meduza', language: 'ru', kind: 'coverage' },
          { url: 'https://www.polsatnews.pl/wiadomosc/2025-11-26/witkoff/', outlet: 'Polsat News', language: 'pl', kind: 'coverage' },
        ],
        related: ['moscow-visit'],
      },
      {
        id: 'moscow-visit',
        title: 'Moscow visit',
        summary: 'The envoy met the president in Moscow.',
        dates: { start: '2025-12-02', announced: '2025-11-26' },
        match: { all: ['witkoff', 'putin'], context: [['Kremlin', 'Кремль'], ['meeting', 'met', 'talks', 'встреча', 'переговоры'], ['Moscow', 'Москва']], minContext: 2 },
        sources: [{ url: 'https://example.org/moscow', outlet: 'Example', language: 'en', kind: 'coverage' }],
      },
      {
        id: 'seoul-summit',
        title: 'Seoul summit',
        summary: 'A summit in Seoul.',
        dates: { start: '2025-06-04' },
        match: { all: ['kim'], any: ['seoul'], context: [['summit', '정상회담'], ['election', '선거']], minContext: 1 },
        sources: [{ url: 'https://example.org/seoul', outlet: 'Example', language: 'en', kind: 'coverage' }],
      },
    ],
  };
}
