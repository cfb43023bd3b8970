/** Test events for the highlight tests. Source URLs are real (project facts); wording is ours. */
import type { Evidence } from '../../../lib/matcher/types';
import type { FoundEvent } from '../../../lib/domain/event';

export function callEvent(evidence: Evidence[], over: Partial<FoundEvent> = {}): FoundEvent {
  return {
    id: 'witkoff-ushakov-call',
    title: 'Witkoff coached Ushakov on how Putin should approach Trump',
    summary: 'Bloomberg published a recording of an October 14 call in which the US envoy advised the Kremlin aide.',
    dates: { start: '2025-10-14', reported: '2025-11-25' },
    sources: [
      {
        url: 'https://www.mediaite.com/politics/just-staggering-trump-aides-leaked-phone-call-with-putin-advisor-stuns-pundits/',
        outlet: 'mediaite.com', language: 'en', kind: 'coverage', published: '2025-11-25',
      },
      {
        url: 'https://kioncentralcoast.com/?p=1235199', outlet: 'kioncentralcoast.com', language: 'en', kind: 'reaction',
        title: 'Trump brushes off concerns about Witkoff’s interactions with Russians as leaked transcript roils Washington',
      },
      {
        url: 'https://meduza.io/feature/2025/11/26/zapisi-razgovorov-pomoschnika-putina-so-stivom-uitkoffom-i-kirillom-dmitrievym-eto-ocherednoy-povorot-v-istorii-mirnogo-plana-vot-kak-ego-obsuzhdayut',
        outlet: 'meduza.io', language: 'ru', kind: 'analysis', published: '2025-11-26',
      },
      {
        url: 'https://elpais.com/internacional/2025-11-26/el-enviado-de-trump-steve-witkoff-asesoro-a-rusia-sobre-como-halagar-al-presidente-estadounidense.html',
        outlet: 'elpais.com', language: 'es', kind: 'coverage', published: '2025-11-26',
      },
    ],
    related: [],
    score: 0.9, prominence: 'main',
    evidence,
    pageIsSource: false,
    feed: { id: 'bundled', publisher: 'Test publisher', stale: false },
    ...over,
  };
}

export function planEvent(evidence: Evidence[]): FoundEvent {
  return {
    id: 'us-28-point-plan',
    title: 'The US 28-point plan for Ukraine',
    summary: 'A draft peace plan of 28 points became public in November 2025.',
    dates: { start: '2025-11-20' },
    sources: [
      {
        url: 'https://newsukraine.rbc.ua/news/axios-unveils-full-28-point-peace-plan-for-1763709875.html',
        outlet: 'rbc.ua', language: 'en', kind: 'coverage',
      },
    ],
    related: [],
    score: 0.7, prominence: 'main',
    evidence,
    pageIsSource: false,
    feed: { id: 'bundled', publisher: 'Test publisher', stale: false },
  };
}

export const entity = (text: string, entityId = 'x'): Evidence => ({ kind: 'entity', entity: entityId, text, start: 0, end: 0 });
export const phrase = (text: string): Evidence => ({ kind: 'phrase', text, start: 0, end: 0 });
export const context = (text: string): Evidence => ({ kind: 'context', group: 0, text, start: 0, end: 0 });

/** A page body built from a string we wrote (test input, not page or index text in production). */
export function setBody(doc: Document, html: string): void {
  doc.body.innerHTML = html;
}

export function marks(doc: Document): HTMLElement[] {
  return Array.from(doc.querySelectorAll<HTMLElement>('backstory-mark'));
}
