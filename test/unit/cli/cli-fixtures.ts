/** A small index and pages for the scan CLI tests, written to a temp directory. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SOURCE_URL = 'https://meduza.io/feature/2025/11/26/zapisi-razgovorov';

export const TEST_INDEX = {
  format: 'backstory-index',
  formatVersion: 1,
  version: 3,
  title: 'CLI test index',
  publisher: { name: 'Tests' },
  generated: '2025-12-01T00:00:00Z',
  expires: '2030-01-01T00:00:00Z',
  entities: [
    { id: 'witkoff', kind: 'person', label: 'Steve Witkoff', names: { en: ['Witkoff'], ru: ['Уиткофф', 'Виткофф'] } },
    { id: 'ushakov', kind: 'person', label: 'Yuri Ushakov', names: { en: ['Ushakov'], ru: ['Ушаков'] } },
  ],
  events: [
    {
      id: 'witkoff-ushakov-call',
      title: 'Leaked Witkoff-Ushakov call',
      summary: 'A leaked recording of a call between the two envoys.',
      dates: { start: '2025-10-14', reported: '2025-11-25' },
      match: {
        all: ['witkoff', 'ushakov'],
        context: [
          ['leak', 'leaked', 'утечка'],
          ['recording', 'transcript', 'запись'],
          ['phone call', 'разговор'],
        ],
      },
      sources: [{ url: SOURCE_URL, outlet: 'meduza.io', language: 'ru', kind: 'coverage' }],
    },
    // Invalid on purpose (empty title, no sources): dropped with a warning, the rest loads.
    { id: 'broken-event', title: '', summary: 's', dates: { start: '2025-10-14' }, match: { all: ['witkoff'], context: [] }, sources: [] },
  ],
};

export interface CliFixtures {
  dir: string;
  index: string;
  invalidIndex: string;
  notJson: string;
  text: string;
  html: string;
  weak: string;
}

export function writeCliFixtures(): CliFixtures {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-scan-'));
  const file = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return {
    dir,
    index: file('index.json', JSON.stringify(TEST_INDEX)),
    invalidIndex: file('invalid-index.json', JSON.stringify({ ...TEST_INDEX, format: 'something-else' })),
    notJson: file('not-json.json', '{"format": "backstory-index",'),
    // Plain text: no date or URL of its own.
    text: file('call.txt', 'Steve Witkoff coached Yuri Ushakov in a phone call, a leaked recording shows.\r\n\r\nMore text.\r\n'),
    // HTML (detected by content, not by extension) with its own date, canonical URL and a link.
    html: file(
      'page.data',
      `  <!DOCTYPE html><html lang="ru"><head><title>Утечка</title>
      <meta property="article:published_time" content="2025-11-26T09:00:00+03:00">
      <link rel="canonical" href="https://example.ru/news/1"></head>
      <body><nav>Уиткофф Ушаков утечка запись разговор</nav><article><h1>Утечка</h1>
      <p>Уиткофф и Ушаков: утечка записи телефонного разговора. <a href="${SOURCE_URL}">Подробнее</a></p></article></body></html>`,
    ),
    // Names without the event's context: found only through the page URL.
    weak: file('weak.txt', 'Witkoff and Ushakov.'),
  };
}
