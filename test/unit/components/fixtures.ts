/**
 * Events as the background would send them. Facts and URLs are real (see the default index);
 * the kinds assigned here and the two unsafe URLs are test inputs.
 */
import type { EventFeed, EventView, FoundEvent } from '@/lib/domain/event';
import type { FeedStatus } from '@/lib/domain/feed-status';
import type { IndexStatus } from '@/lib/domain/index-status';
import type { TabResult } from '@/lib/domain/tab-result';

/** The bundled feed as events name it. */
export const bundled: EventFeed = { id: 'bundled', publisher: 'Backstory', stale: false };

export const MEDUZA =
  'https://meduza.io/feature/2025/11/26/zapisi-razgovorov-pomoschnika-putina-so-stivom-uitkoffom-i-kirillom-dmitrievym-eto-ocherednoy-povorot-v-istorii-mirnogo-plana-vot-kak-ego-obsuzhdayut';
export const MEDIAITE = 'https://www.mediaite.com/politics/just-staggering-trump-aides-leaked-phone-call-with-putin-advisor-stuns-pundits/';
export const KION = 'https://kioncentralcoast.com/?p=1235199';
export const ELPAIS =
  'https://elpais.com/internacional/2025-11-26/el-enviado-de-trump-steve-witkoff-asesoro-a-rusia-sobre-como-halagar-al-presidente-estadounidense.html';

export const witkoffCall: FoundEvent = {
  id: 'witkoff-ushakov-call',
  title: 'Leaked call: Witkoff coached Ushakov on pitching Putin’s plan to Trump',
  summary: 'Bloomberg published a recording of an October call between US envoy Steve Witkoff and Kremlin aide Yuri Ushakov.',
  dates: { start: '2025-10-14', reported: '2025-11-25' },
  // Deliberately out of reading order, with two links that must never become clickable.
  sources: [
    { url: KION, outlet: 'kioncentralcoast.com', language: 'en', kind: 'coverage', title: 'Trump brushes off concerns about Witkoff’s interactions with Russians as leaked transcript roils Washington' },
    { url: MEDUZA, outlet: 'meduza.io', language: 'ru', published: '2025-11-26', kind: 'analysis' },
    { url: 'javascript:alert(document.domain)', outlet: 'evil', language: 'en', kind: 'factcheck', title: 'Unsafe link' },
    { url: MEDIAITE, outlet: 'mediaite.com', language: 'en', published: '2025-11-25', kind: 'reaction' },
    { url: 'http://elpais.com/internacional/plain-http', outlet: 'elpais.com', language: 'es', kind: 'primary', title: 'Plain http' },
    { url: ELPAIS, outlet: 'elpais.com', language: 'es', published: '2025-11', kind: 'original' },
  ],
  related: [{ id: 'peace-plan-28', title: 'The 28-point peace plan' }],
  feed: bundled,
  score: 0.9, prominence: 'main',
  pageIsSource: true,
  evidence: [
    { kind: 'entity', entity: 'witkoff', text: 'Witkoff', start: 10, end: 17 },
    { kind: 'entity', entity: 'ushakov', text: 'Ushakov', start: 30, end: 37 },
    { kind: 'entity', entity: 'witkoff', text: 'witkoff', start: 80, end: 87 },
    { kind: 'context', group: 0, text: 'leaked', start: 40, end: 46 },
    { kind: 'phrase', text: 'leaked phone call', start: 50, end: 67 },
    { kind: 'page-url', url: MEDIAITE },
  ],
};

export const peacePlan: EventView = {
  id: 'peace-plan-28',
  title: 'The 28-point peace plan',
  summary: 'A US draft plan to end the war in Ukraine, published in full by Axios.',
  dates: { start: '2025-11-19', end: '2025-11-21' },
  sources: [
    {
      url: 'https://newsukraine.rbc.ua/news/axios-unveils-full-28-point-peace-plan-for-1763709875.html',
      outlet: 'newsukraine.rbc.ua',
      language: 'en',
      kind: 'coverage',
      title: 'Axios unveils full 28-point peace plan for Ukraine and Russia',
    },
  ],
  related: [],
  feed: bundled,
};

/** Events a page names without being about them (prominence 'mention'). */
export const gazaDeal: FoundEvent = {
  id: 'gaza-peace-deal',
  title: 'Gaza ceasefire deal: hostages freed, Trump at the Knesset and a signing in Sharm el-Sheikh',
  summary: 'The living hostages held in Gaza were freed and a ceasefire document was signed in Sharm el-Sheikh.',
  dates: { start: '2025-10-13' },
  sources: [{ url: 'https://www.ynetnews.com/article/bkjz7q96ex', outlet: 'Ynetnews', language: 'en', published: '2025-10-13', kind: 'coverage' }],
  related: [],
  feed: bundled,
  score: 0.7, prominence: 'mention',
  pageIsSource: false,
  evidence: [{ kind: 'phrase', text: 'Gaza ceasefire', start: 1400, end: 1414 }],
};

export const putinCall: FoundEvent = {
  id: 'example-news:trump-putin-call-oct16',
  title: 'Trump and Putin talk by phone for over two hours and agree to meet in Budapest',
  summary: 'Putin called Trump; the two agreed to meet in Budapest.',
  dates: { start: '2025-10-16' },
  sources: [],
  related: [],
  feed: { id: 'example-news', publisher: 'Example News', stale: false },
  score: 0.6, prominence: 'mention',
  pageIsSource: false,
  evidence: [{ kind: 'entity', entity: 'vladimir-putin', text: 'Putin', start: 1700, end: 1705 }],
};

export const pageResult: TabResult = {
  tabId: 7,
  url: MEDIAITE,
  scannedAt: Date.parse('2025-12-01T11:59:00Z'),
  status: 'ok',
  events: [witkoffCall],
};

export const indexStatus: IndexStatus = {
  publisher: 'Backstory',
  title: 'Backstory default index',
  version: 3,
  events: 10,
  generated: '2025-11-28T09:00:00Z',
  expires: '2026-02-28T09:00:00Z',
  loadedAt: Date.parse('2025-11-30T08:00:00Z'),
};

/** The feeds as 'feeds/list' answers: the bundled index first, then a subscription. */
export const bundledFeed: FeedStatus = {
  id: 'bundled',
  title: 'Backstory default index',
  publisher: 'Backstory',
  version: 2,
  events: 39,
  builtin: true,
  paused: false,
  stale: false,
};

export const exampleFeed: FeedStatus = {
  id: 'example-news',
  url: 'https://feeds.example.org/news/feed.json',
  title: 'Example News events',
  publisher: 'Example News',
  homepage: 'https://example.org/',
  version: 12,
  events: 1234,
  builtin: false,
  paused: false,
  stale: false,
  lastSuccess: Date.parse('2025-12-01T10:00:00Z'),
  nextCheck: Date.parse('2025-12-01T16:00:00Z'),
};

/** A well-formed public key text (32 zero bytes; never used to verify anything here). */
export const EXAMPLE_KEY = `ed25519:${'A'.repeat(43)}=`;
