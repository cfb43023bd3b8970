import { describe, expect, it } from 'vitest';
import { buildFoundEvents, toEventView, visibleEvents } from '@/lib/results/event-view';
import { comparableUrl, pageIsSource } from '@/lib/results/page-is-source';
import { isReadableText } from '@/lib/results/readable';
import { sampleIndex } from '../store/sample-index';

const doc = sampleIndex();
const byId = new Map(doc.events.map((e) => [e.id, e]));
const lookup = (id: string) => byId.get(id);
const feed = { id: 'bundled', publisher: 'Test publisher', stale: false };

describe('toEventView', () => {
  it('carries the language of the event text, so the popup can mark it for screen readers', () => {
    const event = { ...doc.events[0]!, language: 'uk' };
    expect(toEventView(event, lookup, feed).language).toBe('uk');
    const { language: _, ...without } = event;
    expect('language' in toEventView(without, lookup, feed)).toBe(false);
  });

  it('lists related events with their titles and leaves out unknown ones', () => {
    const view = toEventView(byId.get('call-leak')!, lookup, feed);
    expect(view.related).toEqual([{ id: 'peace-plan', title: 'Twenty-eight point peace plan' }]);
    expect(view).not.toHaveProperty('match');
  });
});

describe('buildFoundEvents', () => {
  it('orders by score, drops unknown and duplicate ids, marks the page as a source', () => {
    const found = buildFoundEvents(
      [
        { id: 'summit', score: 0.6, evidence: [] },
        { id: 'call-leak', score: 0.9, evidence: [{ kind: 'page-url', url: 'https://news.example.org/call-leak' }] },
        { id: 'gone', score: 1, evidence: [] },
        { id: 'summit', score: 0.5, evidence: [] },
      ],
      lookup,
      { url: 'https://news.example.org/call-leak/#top' },
      feed,
    );
    expect(found.map((f) => [f.id, f.pageIsSource])).toEqual([
      ['call-leak', true],
      ['summit', false],
    ]);
    expect(found[0]!.evidence).toHaveLength(1);
  });
});

describe('pageIsSource', () => {
  const sources = byId.get('call-leak')!.sources;
  it('compares ignoring trailing slash, fragment and http/https', () => {
    expect(pageIsSource({ url: 'http://news.example.org/call-leak/' }, sources)).toBe(true);
    expect(pageIsSource({ url: 'https://other.example/x', canonicalUrl: 'https://news.example.org/call-leak#x' }, sources)).toBe(true);
  });
  it('does not confuse different pages', () => {
    expect(pageIsSource({ url: 'https://news.example.org/call-leak?page=2' }, sources)).toBe(false);
    expect(pageIsSource({ url: 'javascript:alert(1)' }, sources)).toBe(false);
    expect(comparableUrl('not a url')).toBeNull();
  });
});

describe('visibleEvents and isReadableText', () => {
  it('hides dismissed events', () => {
    expect(visibleEvents([{ id: 'a' }, { id: 'b' }], ['a'])).toEqual([{ id: 'b' }]);
  });
  it('needs some letters to call a page readable', () => {
    expect(isReadableText('   \n\n 12 · ')).toBe(false);
    expect(isReadableText('A short article about a leaked call.')).toBe(true);
  });
});
