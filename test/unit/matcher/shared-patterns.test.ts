/**
 * Words and phrases shared by thousands of events (election, summit, ceasefire) are one pattern
 * each: a page costs the same whether 5 or 5,000 events use such a word, and finds the same events.
 * Work is counted in the engine's own units (lastPageWork), never timed.
 */
import { describe, expect, it } from 'vitest';
import type { Entity, IndexDocument, NewsEvent } from '../../../lib/index-format/types';
import { lastPageWork } from '../../../lib/matcher/collect-occurrences';
import { compileIndex, matchPage } from '../../../lib/matcher/index';

const EVENTS = 5_000;
/** A letters-only name for number i ("Bacadef"), so every entity and term is a distinct word. */
const nameFor = (i: number, syllables = 4) => {
  let s = '';
  for (let k = 0; k < syllables; k++, i = Math.floor(i / 15)) s += 'bcdfghklmnprstv'[i % 15]! + 'aeiou'[k % 5]!;
  return s;
};
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** EVENTS events; those for which `shares(i)` use "election" as a context term (the others a word of their own). */
function index(shares: (i: number) => boolean, phrase?: string): IndexDocument {
  const entities: Entity[] = [];
  const events: NewsEvent[] = [];
  for (let i = 0; i < EVENTS; i++) {
    for (const side of ['a', 'b']) {
      entities.push({ id: `p-${side}-${i}`, kind: 'person', label: `${side}${i}`, names: { en: [cap(nameFor(i * 2 + (side === 'a' ? 0 : 1)))] } });
    }
    events.push({
      id: `ev-${i}`,
      title: `Event ${i}`,
      summary: 'A test event.',
      dates: { start: '2025-01-01' },
      match: {
        all: [`p-a-${i}`, `p-b-${i}`],
        context: [[shares(i) ? 'election' : `vote${nameFor(i, 3)}`], [`ballot${nameFor(i, 3)}`]],
        minContext: 2,
        ...(phrase ? { phrases: [phrase] } : {}),
      },
      sources: [{ url: `https://example.org/ev/${i}`, outlet: 'example.org', language: 'en', kind: 'coverage' }],
    });
  }
  return {
    format: 'backstory-index', formatVersion: 1, version: 1, title: 'shared words', publisher: { name: 'test' },
    generated: '2025-01-01T00:00:00Z', expires: '2030-01-01T00:00:00Z', entities, events,
  };
}

/** A page about events 3 and 7 that says "election" 300 times. */
function page(): string {
  const parts: string[] = [];
  for (let k = 0; k < 300; k++) parts.push(`The election was close, officials said, and turnout was high in district ${k}.`);
  for (const i of [3, 7]) {
    parts.splice(100 + i * 10, 0, `${cap(nameFor(i * 2))} met ${cap(nameFor(i * 2 + 1))} before the election; the ballot${nameFor(i, 3)} count went on.`);
  }
  return parts.join(' ');
}

describe('a word shared by many events', () => {
  it('finds the same events whether 5 or 5,000 events use it, with the same work', () => {
    const few = compileIndex(index((i) => i < 10 && i % 2 === 1)); // events 1, 3, 5, 7, 9
    const all = compileIndex(index(() => true));
    const text = page();
    const foundFew = matchPage(few, { text }).map((e) => e.id);
    const workFew = lastPageWork(few);
    const foundAll = matchPage(all, { text }).map((e) => e.id);
    const workAll = lastPageWork(all);
    expect(foundFew.sort()).toEqual(['ev-3', 'ev-7']);
    expect(foundAll.sort()).toEqual(['ev-3', 'ev-7']);
    expect(workFew).toBeGreaterThan(300); // it does count: every "election" is an occurrence
    expect(workAll).toBe(workFew);
  });

  it('as a phrase of 5,000 events, costs work in proportion to the page and the events found', () => {
    const m = compileIndex(index(() => true, 'snap election'));
    const text = `${page()} A snap election was called.`;
    const found = matchPage(m, { text });
    expect(found).toHaveLength(EVENTS); // every event names the phrase: all are found, by it
    expect(found.find((e) => e.id === 'ev-3')!.score).toBeGreaterThan(found.find((e) => e.id === 'ev-4')!.score);
    const tokens = text.split(/\s+/).length;
    // Each found event costs a few units (trigger, candidate, phrase), the page a few per word:
    // nothing multiplies the 300 "election"s by the 5,000 events that use the word.
    expect(lastPageWork(m)).toBeLessThan(4 * EVENTS + 10 * tokens);
    expect(lastPageWork(m)).toBeGreaterThan(2 * EVENTS);
  });
});
