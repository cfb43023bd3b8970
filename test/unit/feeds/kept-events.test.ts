import { describe, expect, it } from 'vitest';
import { keptEvent } from '../../../lib/feeds/kept-events';
import type { NewsEvent } from '../../../lib/index-format/types';

const event: NewsEvent = {
  id: 'varnholt-bridge', title: 'The Varnholt bridge opens', summary: 'A new bridge crosses the river.',
  dates: { start: '2025-06-01' }, related: ['varnholt-ferry'],
  match: { all: ['varnholt'], any: ['river-authority'], anyMin: 1, context: [['bridge', 'Brücke'], ['opening']], phrases: ['Varnholt bridge opening'] },
  sources: [{ url: 'https://news.example.org/bridge', outlet: 'Example News', language: 'en', kind: 'coverage' }],
};

describe('keptEvent', () => {
  it('keeps what cards and search read, and drops the terms only the compiler reads', () => {
    const kept = keptEvent(event);
    expect(kept).toMatchObject({ id: event.id, title: event.title, summary: event.summary, dates: event.dates, related: event.related, sources: event.sources });
    expect(kept.match).toEqual({ all: ['varnholt'], any: ['river-authority'], context: [] });
    expect(event.match.context).toHaveLength(2); // the original is not changed
  });
});
