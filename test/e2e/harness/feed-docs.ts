/**
 * Index documents for the feed tests: invented events (our own words) that a page mentions by a
 * phrase, with sources on example.org, and the article pages that mention them.
 */
import type { IndexDocument, NewsEvent } from '../../../lib/index-format/types';

export interface TestEvent {
  id: string;
  /** The words a page must contain for the event to be flagged. */
  phrase: string;
  title: string;
}

export interface TestFeedContent {
  /** Feed title and publisher (what the options page and the cards show). */
  title: string;
  publisher: string;
  events: readonly TestEvent[];
}

function event(e: TestEvent, version: number, feedName: string): NewsEvent {
  return {
    id: e.id,
    title: `${e.title} (release ${version})`,
    summary: `An invented event of the ${feedName} test feed, release ${version}.`,
    dates: { start: '2025-06-01' },
    match: { all: [], context: [[e.phrase]], phrases: [e.phrase] },
    sources: [{ url: `https://example.org/${feedName}/${e.id}`, outlet: 'example.org', language: 'en', kind: 'original' }],
    related: [],
  };
}

/** Version `version` of a feed listing `content.events` (titles say the release). */
export function feedDoc(feedName: string, version: number, content: TestFeedContent): IndexDocument {
  return {
    format: 'backstory-index',
    formatVersion: 1,
    version,
    title: content.title,
    language: 'en',
    publisher: { name: content.publisher, url: 'https://example.org/' },
    homepage: 'https://example.org/',
    generated: new Date(Date.now() - 60_000).toISOString(),
    expires: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
    entities: [],
    events: content.events.map((e) => event(e, version, feedName)),
  };
}

const LETTERS = 'bcdfghjklmnprstvz';

/**
 * An invented word for a number, distinct for every n below 17^4: the prefix, four consonants
 * for the number, and a constant ending. Fixed width and an ending no stemmer strips, so that
 * the matcher's stemming cannot make two of them one word.
 */
export function inventedWord(n: number, prefix = 'kel'): string {
  let out = '';
  let rest = n;
  for (let i = 0; i < 4; i++) {
    out += LETTERS[rest % LETTERS.length];
    rest = Math.floor(rest / LETTERS.length);
  }
  return `${prefix}${out}velq`;
}

/** An article page whose paragraphs mention each phrase once, with our own filler text. */
export function articleHtml(title: string, phrases: readonly string[]): string {
  // A page about its events (the engine makes them main, listed as cards): the headline names
  // them, and the text comes back to each in two paragraphs.
  const paragraphs = phrases.flatMap((p, i) => [
    `<p>Paragraph ${i + 1}: the town council spoke about the ${p} at some length on Saturday, and residents listened.</p>`,
    `<p>Later that day, people in the market square were still talking about the ${p} and what it means for the town.</p>`,
  ]);
  const headline = phrases.length > 0 ? `${title}: ${phrases.join(', ')}` : title;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline}</title></head>
<body><article><h1>${headline}</h1>
<p>Our local reporter spent the weekend in town and wrote down what people said about the week.</p>
${paragraphs.join('\n')}
<p>The weather stayed mild, and the ferry kept to its timetable all weekend.</p></article></body></html>`;
}

/** A small feed of one invented event (the options-page tests). */
export const SAMPLE_PUBLISHER = 'Example Local News';
export const SAMPLE_TITLE = 'Example Local News events';
export const SAMPLE_EVENT = 'varnholt-bridge';
export const SAMPLE_FEED: TestFeedContent = {
  title: SAMPLE_TITLE,
  publisher: SAMPLE_PUBLISHER,
  events: [{ id: SAMPLE_EVENT, phrase: 'Varnholt bridge opening', title: 'The Varnholt bridge opens' }],
};
