import { describe, expect, it } from 'vitest';
import { buildFoundEvents, toEventView, visibleEvents } from '@/lib/results/event-view';
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
  it('orders by score, drops unknown and duplicate ids, marks the page as a source from the engine evidence', () => {
    const found = buildFoundEvents(
      [
        { id: 'summit', score: 0.6, prominence: 'main', evidence: [] },
        { id: 'call-leak', score: 0.9, prominence: 'main', evidence: [{ kind: 'page-url', url: 'https://news.example.org/call-leak' }] },
        { id: 'gone', score: 1, prominence: 'main', evidence: [] },
        { id: 'summit', score: 0.5, prominence: 'main', evidence: [] },
      ],
      lookup,
      feed,
    );
    expect(found.map((f) => [f.id, f.pageIsSource])).toEqual([
      ['call-leak', true],
      ['summit', false],
    ]);
    expect(found[0]!.evidence).toHaveLength(1);
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
